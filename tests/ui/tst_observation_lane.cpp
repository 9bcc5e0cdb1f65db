// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The passive-DNS lane under the timeline, offscreen: one merged bar per rrname/rrtype/rdata,
// its tooltip, the row limit, the lane going away without observations, colours that follow
// the rrname, the qname filter, and a failed read that is reported, not shown as no data.
#include "lookup_store.h"
#include "observation_lane.h"
#include "sqlite_db.h"
#include "timeline_plot.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

namespace {
constexpr qint64 kDay = qint64(86400) * 1000000;
constexpr qint64 kStart = qint64(1500000000) * 1000000;

// The fill colour of each drawn bar by its row's rrname.
QHash<QString, QColor> barColours(TimelinePlot &plot, const ObservationLane &lane)
{
    QHash<QString, QColor> out;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto *bar = qobject_cast<QCPItemRect *>(plot.item(i));
        if (!bar || bar->layer() != plot.layer(QStringLiteral("observations")))
            continue;
        const int row = int(bar->topLeft->coords().y());
        QColor c = bar->brush().color();
        c.setAlpha(255);
        out.insert(lane.spans().at(row).merged.rrname, c);
    }
    return out;
}

// The texts drawn on the lane's layer.
QStringList laneTexts(TimelinePlot &plot)
{
    QStringList out;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(plot.item(i));
        if (text && text->layer() == plot.layer(QStringLiteral("observations")))
            out.append(text->text());
    }
    return out;
}

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
        QVERIFY2(tip.contains(QLatin1String("mail.example.com")) && tip.contains(QLatin1String("192.0.2.1")) &&
                     tip.contains(QLatin1String("12")),
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

    void coloursStayWithTheRrnameWhenRowsMove()
    {
        TimelinePlot plot;
        auto *lane = new ObservationLane(&plot);
        lane->setObservations(
            {sighting("b.example", "192.0.2.2", 5, 9, 3), sighting("c.example", "192.0.2.3", 6, 9, 3)});
        const QHash<QString, QColor> before = barColours(plot, *lane);
        QCOMPARE(before.size(), 2);
        // A record seen earlier comes in on top: the rows below move down, their colours stay.
        lane->setObservations({sighting("a.example", "192.0.2.1", 1, 9, 3), sighting("b.example", "192.0.2.2", 5, 9, 3),
                               sighting("c.example", "192.0.2.3", 6, 9, 3)});
        QCOMPARE(lane->spans()[0].merged.rrname, QStringLiteral("a.example"));
        const QHash<QString, QColor> after = barColours(plot, *lane);
        QCOMPARE(after.value(QStringLiteral("b.example")), before.value(QStringLiteral("b.example")));
        QCOMPARE(after.value(QStringLiteral("c.example")), before.value(QStringLiteral("c.example")));
        QCOMPARE(after.value(QStringLiteral("a.example")), ObservationLane::colourOf(QStringLiteral("a.example")));
        QCOMPARE(ObservationLane::colourOf(QStringLiteral("WWW.Example.COM")),
                 ObservationLane::colourOf(QStringLiteral("www.example.com")));
        QCOMPARE(ObservationLane::colourOf(QStringLiteral("www.example.com.")),
                 ObservationLane::colourOf(QStringLiteral("www.example.com")));
        QVERIFY(TimelinePlot::palette().contains(ObservationLane::colourOf(QStringLiteral("a.example"))));
        QSet<QRgb> spread; // a hash, not one colour for all
        for (int i = 0; i < 40; ++i)
            spread.insert(ObservationLane::colourOf(QStringLiteral("host%1.example").arg(i)).rgb());
        QVERIFY(spread.size() >= 4);
    }

    // A qname filter selects the records of its names (spans, filterNote); they are then drawn
    // in the Resolutions lane, so this lane steps aside, and comes back without the filter.
    void qnameFilterSelectsRecordsAndHandsThemToTheResolutionsLane()
    {
        TimelinePlot plot;
        auto *lane = new ObservationLane(&plot);
        lane->setObservations({sighting("mail.example.com.", "192.0.2.1", 2, 20, 5),
                               sighting("www.example.com", "192.0.2.2", 0, 30, 100),
                               sighting("www.example.org", "192.0.2.3", 3, 30, 9)});
        const QColor mail = barColours(plot, *lane).value(QStringLiteral("mail.example.com."));
        QVERIFY(lane->filterNote().isEmpty());
        lane->setFilters(
            {{LookupField::Qname, QStringLiteral("MAIL.example.com")}, {LookupField::Client, QStringLiteral("10.*")}});
        QCOMPARE(lane->spans().size(), 1); // the root dot of rrname does not count
        QCOMPARE(lane->spans()[0].merged.rrname, QStringLiteral("mail.example.com."));
        QCOMPARE(lane->filterNote(), QStringLiteral("rrname filtered by qname=MAIL.example.com: 1 of 3 records"));
        QVERIFY(!lane->rect());
        QVERIFY(barColours(plot, *lane).isEmpty());
        QVERIFY(laneTexts(plot).isEmpty());
        // Two qname filters: both must match.
        lane->setFilters(
            {{LookupField::Qname, QStringLiteral("*.example.*")}, {LookupField::Qname, QStringLiteral("www.*")}});
        QCOMPARE(lane->spans().size(), 2);
        QVERIFY(lane->filterNote().contains(QStringLiteral("2 of 3")));
        QCOMPARE(
            ObservationLane::matching(ObservationLane::merge({sighting("mail.example.com.", "192.0.2.1", 2, 20, 5)}),
                                      {QStringLiteral("mail.example.com")})
                .size(),
            1);
        // Filters on other fields leave the lane whole, and drawn.
        lane->setFilters({{LookupField::Client, QStringLiteral("10.*")}});
        QCOMPARE(lane->spans().size(), 3);
        QVERIFY(lane->filterNote().isEmpty());
        QVERIFY(lane->rect());
        QCOMPARE(barColours(plot, *lane).value(QStringLiteral("mail.example.com.")), mail);
    }

    // The store cannot give the observations (here its table is gone): the lane empties and
    // says why through failed(), which the window shows; it used to stay empty in silence.
    void aFailedReadIsReportedNotShownAsNoData()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lane.dnstl"));
        std::shared_ptr<LookupStore> store = openStore(path, StoreOpenMode::Create);
        {
            SqliteDb other(path, SqliteDb::Mode::ReadWrite);
            other.exec("DROP TABLE observations");
        }
        TimelinePlot plot;
        auto *lane = new ObservationLane(&plot);
        lane->setObservations({sighting("www.example.com", "192.0.2.2", 0, 30, 100)});
        std::optional<Failure> failure;
        connect(lane, &ObservationLane::failed, this, [&](const Failure &f) { failure = f; });
        DatasetInfo passive;
        passive.id = 7;
        passive.kind = DatasetKind::Observations;
        passive.records = 1;
        lane->refresh(store, {passive}, {});
        QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 10'000);
        QVERIFY2(failure->message().contains(QLatin1String("observations")), qPrintable(failure->message()));
        QVERIFY(lane->spans().isEmpty());
    }
};

QTEST_MAIN(TstObservationLane)
#include "tst_observation_lane.moc"
