// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The passive-DNS lane under the timeline, offscreen: one merged bar per rrname/rrtype/rdata,
// its tooltip, the row limit, and the lane going away without observations.
#include "observation_lane.h"
#include "timeline_plot.h"

#include <QTest>

#include <qcustomplot.h>

namespace {
constexpr qint64 kDay = qint64(86400) * 1000000;
constexpr qint64 kStart = qint64(1500000000) * 1000000;

Observation sighting(const char *rrname, const char *rdata, qint64 firstDay, qint64 lastDay, qint64 count)
{
    Observation o;
    o.rrname = QString::fromLatin1(rrname);
    o.rrtype = QStringLiteral("A");
    o.rdata = QString::fromLatin1(rdata);
    o.timeFirstUs = kStart + firstDay * kDay;
    o.timeLastUs = kStart + lastDay * kDay;
    o.count = count;
    return o;
}
} // namespace

class TstObservationLane : public QObject {
    Q_OBJECT

private slots:
    void drawsOneMergedBarPerRecordWithTooltip()
    {
        TimelinePlot plot;
        plot.resize(1000, 500);
        auto *lane = new ObservationLane(&plot);
        QVERIFY(!lane->rect());
        lane->setObservations({sighting("mail.example.com", "192.0.2.1", 2, 20, 5),
                               sighting("www.example.com", "192.0.2.2", 0, 30, 100),
                               sighting("mail.example.com", "192.0.2.1", 10, 40, 7)}); // same record, other dataset
        QCOMPARE(lane->spans().size(), 2);
        QCOMPARE(lane->spans()[0].merged.rrname, QStringLiteral("www.example.com")); // first seen first
        const Observation &mail = lane->spans()[1].merged;
        QCOMPARE(mail.count, 12);
        QCOMPARE(mail.timeFirstUs, kStart + 2 * kDay);
        QCOMPARE(mail.timeLastUs, kStart + 40 * kDay);
        QVERIFY(lane->rect());

        plot.setVisibleRange({kStart - kDay, kStart + 45 * kDay});
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QCPAxisRect *rect = lane->rect();
        const double x = rect->axis(QCPAxis::atBottom)->coordToPixel(double(kStart + 30 * kDay) / 1e6);
        const double y = rect->axis(QCPAxis::atLeft)->coordToPixel(1.5);
        const QString tip = lane->toolTipAt(QPointF(x, y));
        QVERIFY2(tip.contains(QLatin1String("mail.example.com")) && tip.contains(QLatin1String("192.0.2.1"))
                     && tip.contains(QLatin1String("12")),
                 qPrintable(tip));
        QVERIFY(lane->toolTipAt(QPointF(x, rect->top() - 30)).isEmpty());
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT"))
            plot.savePng(qEnvironmentVariable("DNSTL_SHOT"));

        lane->setObservations({});
        QVERIFY(!lane->rect());
    }

    void keepsTheMostSeenRowsAndSaysHowManyAreLeftOut()
    {
        TimelinePlot plot;
        auto *lane = new ObservationLane(&plot);
        QList<Observation> many;
        for (int i = 0; i < ObservationLane::kMaxRows + 3; ++i)
            many.append(sighting(qPrintable(QStringLiteral("n%1.example").arg(i)), "192.0.2.9", i, i + 1, i));
        lane->setObservations(many);
        QCOMPARE(lane->spans().size(), ObservationLane::kMaxRows);
        QCOMPARE(lane->hiddenRows(), 3);
        QVERIFY(lane->spans().back().label.contains(QLatin1String("+3 more")));
        for (const ObservationLane::Span &s : lane->spans())
            QVERIFY(s.merged.count >= 3); // the three least seen are left out
    }
};

QTEST_MAIN(TstObservationLane)
#include "tst_observation_lane.moc"
