// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Resolutions lane in the real MainWindow, offscreen: a store of planted lookups with answers
// (a mail host whose address moves, then SERVFAIL and NXDOMAIN, then silence) and an address book
// entry for the new address. With a qname filter the lane shows one row per (name, answer) and
// one per error rcode, with counts and times equal to the planted ones, the owner's colour, red
// ticks at the error lookups and a tooltip; without the filter it goes away. With DNSTL_SHOT set,
// saves the window there.
#include "lookup_store.h"
#include "main_window.h"
#include "observation_lane.h"
#include "resolution_lane.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "ui_test_store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <vector>

namespace {
constexpr qint64 kHour = 3'600'000'000;
constexpr qint64 kStart = 1'468'800'000'000'000; // 2016-07-18T00:00:00Z

// Lookup h (one per hour for 200 hours) of mail.example.com: 192.0.2.10 until hour 80,
// 192.0.2.20 until 150, SERVFAIL until 170, NXDOMAIN until 180, then none; www.example.com
// every hour with one address.
struct Planted {
    QByteArray qname, rcode, rdata;
    qint64 ts;
};
std::vector<Planted> planted()
{
    std::vector<Planted> out;
    for (int h = 0; h < 200; ++h) {
        if (h < 180)
            out.push_back({"mail.example.com",
                           h < 150       ? "NOERROR"
                               : h < 170 ? "SERVFAIL"
                                         : "NXDOMAIN",
                           h < 80        ? "192.0.2.10"
                               : h < 150 ? "192.0.2.20"
                                         : "",
                           kStart + h * kHour});
        out.push_back({"www.example.com", "NOERROR", "198.51.100.1", kStart + h * kHour + 1'000'000});
    }
    return out;
}
} // namespace

class TstResolutionLane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("answers.dnstl"));
        auto store = openStore(m_storePath, StoreOpenMode::Create);
        DatasetInfo meta;
        meta.name = QStringLiteral("resolver");
        auto sink = store->beginImport(meta);
        for (const Planted &p : planted()) {
            const RawAnswer answer{"A", p.rdata, 300};
            RawLookup lookup{p.ts, "10.0.0.1", p.qname, "A", p.rcode, "192.0.2.53", 0};
            if (!p.rdata.isEmpty())
                lookup.answers = std::span<const RawAnswer>(&answer, 1);
            sink->add(lookup);
        }
        sink->commit(QStringLiteral("sha"), 0);
        store->addAddressEntry({0, QStringLiteral("192.0.2.16/28"), QStringLiteral("New mail host"), {}, {}});
    }

    // Passive-DNS records of the filtered name share the lane, marked by source: the record
    // with the lookups' own answer right under its row, hatched, "[passive DNS]" in its label
    // and its tooltip; an answer the lookups never got has a row of its own; another name's
    // records stay out; the observations' own lane steps aside until the filter goes.
    void passiveDnsSharesTheLaneMarkedBySource()
    {
        const QString path = m_dir.filePath(QStringLiteral("both.dnstl"));
        QFile::copy(m_storePath, path);
        {
            auto store = openStore(path, StoreOpenMode::ReadWrite);
            DatasetInfo meta;
            meta.name = QStringLiteral("passive dns");
            meta.kind = DatasetKind::Observations;
            auto sink = store->beginImport(meta);
            sink->addObservation(
                {"mail.example.com", "A", "192.0.2.20", {}, kStart + 60 * kHour, kStart + 160 * kHour, 42});
            sink->addObservation(
                {"mail.example.com", "A", "203.0.113.9", {}, kStart + 175 * kHour, kStart + 190 * kHour, 3});
            sink->addObservation({"www.example.com", "A", "198.51.100.1", {}, kStart, kStart + 10 * kHour, 7});
            sink->commit(QStringLiteral("sha-passive"), 0);
        }
        MainWindow window;
        QVERIFY(ui_test::openAndWait(window, path));
        auto *lane = window.plot()->findChild<ResolutionLane *>();
        auto *observations = window.plot()->findChild<ObservationLane *>();
        QVERIFY(lane && observations);
        QTRY_COMPARE_WITH_TIMEOUT(observations->spans().size(), 3, 10'000);
        QVERIFY(observations->rect()); // no qname filter: passive DNS in its own lane
        QVERIFY(!lane->rect());

        window.controller()->setFilters({{LookupField::Qname, QStringLiteral("mail.example.com")}});
        QTRY_COMPARE_WITH_TIMEOUT(lane->rows().size(), 6, 10'000);
        QTRY_VERIFY(!observations->rect());
        using Source = ResolutionLane::Source;
        const QList<ResolutionHistory::Row> &rows = lane->rows();
        QCOMPARE(lane->sources(),
                 (QList<Source>{Source::Lookups, Source::Lookups, Source::PassiveDns, Source::Lookups, Source::Lookups,
                                Source::PassiveDns}));
        QCOMPARE(rows[1].answer, QStringLiteral("192.0.2.20"));
        QCOMPARE(rows[2].answer, QStringLiteral("192.0.2.20")); // right under the lookups' own
        QCOMPARE(rows[2].lookups, 42);                          // sightings
        QCOMPARE(rows[2].owner, QStringLiteral("New mail host"));
        QCOMPARE(rows[2].firstUs, kStart + 60 * kHour);
        QCOMPARE(rows[4].rcode, QStringLiteral("NXDOMAIN"));
        QCOMPARE(rows[5].answer, QStringLiteral("203.0.113.9")); // only passive DNS saw it
        QCOMPARE(rows[5].firstUs, kStart + 175 * kHour);

        // Hatched bars for passive DNS only, in the owner's colour; the legend names both.
        TimelinePlot *plot = window.plot();
        plot->replot();
        QHash<int, Qt::BrushStyle> styles;
        QStringList texts;
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (plot->item(i)->layer() != plot->layer(QStringLiteral("resolutions")))
                continue;
            if (auto *bar = qobject_cast<QCPItemRect *>(plot->item(i)))
                styles.insert(int(bar->topLeft->coords().y()), bar->brush().style());
            else if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                texts.append(text->text());
        }
        QCOMPARE(styles.value(2), Qt::BDiagPattern);
        QCOMPARE(styles.value(5), Qt::BDiagPattern);
        QCOMPARE(styles.value(1), Qt::SolidPattern);
        QVERIFY2(texts.contains(QStringLiteral("mail.example.com A 192.0.2.20  [passive DNS]  (New mail host)")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.filter(QStringLiteral("hatched: passive DNS")).size() == 1);
        QCPAxisRect *rect = lane->rect();
        const double x = rect->axis(QCPAxis::atBottom)->coordToPixel(double(kStart + 100 * kHour) / 1e6);
        const auto tipAt = [&](double row) {
            return lane->toolTipAt(QPointF(x, rect->axis(QCPAxis::atLeft)->coordToPixel(row)));
        };
        QVERIFY2(tipAt(2.5).contains(QLatin1String("passive DNS")) && tipAt(2.5).contains(QLatin1String("42")),
                 qPrintable(tipAt(2.5)));
        QVERIFY2(tipAt(1.5).contains(QLatin1String("lookups' answers")), qPrintable(tipAt(1.5)));
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT"))
            window.grab().save(
                qEnvironmentVariable("DNSTL_SHOT").replace(QStringLiteral(".png"), QStringLiteral("-both.png")));

        window.controller()->setFilters({});
        QTRY_VERIFY_WITH_TIMEOUT(!lane->rect() && observations->rect(), 10'000);
    }

    void showsThePlantedHistoryOfTheFilteredName()
    {
        MainWindow window;
        QVERIFY(ui_test::openAndWait(window, m_storePath));
        auto *lane = window.plot()->findChild<ResolutionLane *>();
        QVERIFY(lane);
        QVERIFY(!lane->rect()); // no qname filter: no lane

        window.controller()->setFilters({{LookupField::Qname, QStringLiteral("mail.example.com")}});
        QTRY_COMPARE_WITH_TIMEOUT(lane->rows().size(), 4, 10'000);
        const QList<ResolutionHistory::Row> &rows = lane->rows();
        QCOMPARE(rows[0].answer, QStringLiteral("192.0.2.10"));
        QCOMPARE(rows[0].lookups, 80);
        QCOMPARE(rows[0].firstUs, kStart);
        QCOMPARE(rows[0].lastUs, kStart + 79 * kHour);
        QCOMPARE(rows[1].answer, QStringLiteral("192.0.2.20"));
        QCOMPARE(rows[1].owner, QStringLiteral("New mail host"));
        QCOMPARE(rows[1].lookups, 70);
        QCOMPARE(rows[2].rcode, QStringLiteral("SERVFAIL"));
        QCOMPARE(rows[2].errorLookups, 20);
        QCOMPARE(rows[3].rcode, QStringLiteral("NXDOMAIN"));
        QCOMPARE(rows[3].errorLookups, 10);
        QCOMPARE(rows[3].lastUs, kStart + 179 * kHour); // then vanished
        QVERIFY(lane->rect());

        // Bars: the owner's colour for the labelled answer, red for the errors; ticks on error rows.
        TimelinePlot *plot = window.plot();
        QHash<int, QColor> colours;
        int tickItems = 0;
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (plot->item(i)->layer() != plot->layer(QStringLiteral("resolutions")))
                continue;
            if (auto *bar = qobject_cast<QCPItemRect *>(plot->item(i))) {
                QColor c = bar->brush().color();
                c.setAlpha(255);
                colours.insert(int(bar->topLeft->coords().y()), c);
            } else if (!qobject_cast<QCPItemText *>(plot->item(i))) {
                ++tickItems;
            }
        }
        QCOMPARE(colours.size(), 4);
        QCOMPARE(colours.value(1), ObservationLane::colourOf(QStringLiteral("New mail host")));
        QCOMPARE(colours.value(2), ResolutionLane::colourOf(rows[2]));
        QVERIFY(colours.value(2) != colours.value(0));
        QCOMPARE(tickItems, 2);

        window.controller()->showAll();
        QTRY_VERIFY(!window.controller()->isBusy());
        plot->replot();
        QCPAxisRect *rect = lane->rect();
        const double x = rect->axis(QCPAxis::atBottom)->coordToPixel(double(kStart + 160 * kHour) / 1e6);
        const double y = rect->axis(QCPAxis::atLeft)->coordToPixel(2.5);
        const QString tip = lane->toolTipAt(QPointF(x, y));
        QVERIFY2(tip.contains(QLatin1String("mail.example.com")) && tip.contains(QLatin1String("SERVFAIL")) &&
                     tip.contains(QLatin1String("20")),
                 qPrintable(tip));
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT"))
            window.grab().save(qEnvironmentVariable("DNSTL_SHOT"));

        window.controller()->setFilters({});
        QTRY_VERIFY_WITH_TIMEOUT(!lane->rect(), 10'000);
    }

private:
    QTemporaryDir m_dir;
    QString m_storePath;
};

QTEST_MAIN(TstResolutionLane)
#include "tst_resolution_lane.moc"
