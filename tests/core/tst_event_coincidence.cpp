// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventCoincidence on planted series, binned through TimelineEngine as the store does.
#include "event_coincidence.h"
#include "timeline_engine.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

#include <algorithm>

namespace {
constexpr qint64 kHour = 3'600'000'000LL, kDay = 24 * kHour;
constexpr qint64 kT0 = 1'464'739'200'000'000LL; // 2016-06-01T00:00Z

FineCounts grid(std::vector<qint64> ts)
{
    std::sort(ts.begin(), ts.end());
    auto d = std::make_shared<DatasetColumns>();
    d->datasetId = 1;
    d->ts = std::move(ts);
    TimelineEngine engine;
    const TimelineEngine::Input input{{d}, {}, {}, {}, {}};
    return FineCounts::fromTable(
        engine.bin(FineCounts::query(BinQuery{}, TimelineEngine::extent(input.datasets)), input));
}

QList<TimelineEvent> fourEvents()
{
    QList<TimelineEvent> events;
    for (qint64 day : {20, 47, 54, 80}) {
        TimelineEvent e;
        e.startUs = kT0 + day * kDay;
        if (day == 47)
            e.endUs = e.startUs + 4 * kDay; // a convention: a range event
        events.append(e);
    }
    return events;
}

std::vector<qint64> background(QRandomGenerator &rng, int n)
{
    std::vector<qint64> ts;
    for (int i = 0; i < n; ++i)
        ts.push_back(kT0 + qint64(rng.generate64() % quint64(100 * kDay)));
    return ts;
}
} // namespace

class TestEventCoincidence : public QObject {
    Q_OBJECT

private slots:
    void unrelatedSeriesIsNotSignificant()
    {
        QRandomGenerator rng(7);
        const auto r = EventCoincidence::run(grid(background(rng, 20000)), fourEvents(), {});
        QVERIFY(r && r->pValue);
        QVERIFY2(*r->pValue > 0.05, qPrintable(r->sentence));
        QCOMPARE(r->shifts, 10000);
        QVERIFY(std::abs(r->observedShare - r->nullMean) < 3 * r->nullSd + 0.01);
        // The null's histogram holds every shift, and the observed count lies within its span.
        QVERIFY(r->nullCounts.size() <= EventCoincidence::Result::kNullBins && r->nullStep >= 1);
        QCOMPARE(std::accumulate(r->nullCounts.begin(), r->nullCounts.end(), qint64(0)), qint64(10000));
        QVERIFY(r->inWindows >= r->nullFirst && r->inWindows < r->nullFirst + r->nullStep * r->nullCounts.size());
    }

    void spikesAtTheEventsAreSignificant()
    {
        QRandomGenerator rng(8);
        auto ts = background(rng, 20000);
        for (const TimelineEvent &e : fourEvents()) {
            for (int i = 0; i < 1500; ++i)
                ts.push_back(e.startUs + qint64(rng.generate64() % quint64(12 * kHour)));
        }
        const auto r = EventCoincidence::run(grid(ts), fourEvents(), {});
        QVERIFY(r && r->pValue);
        QVERIFY2(*r->pValue < 0.01, qPrintable(r->sentence));
        QVERIFY(r->observedShare > r->nullMean + 3 * r->nullSd);
        QCOMPARE(r->lookups, qint64(26000));
        QVERIFY(r->sentence.contains(QLatin1String("of the 4 events")));
        QVERIFY(r->sentence.contains(QStringLiteral("±2 days")));
        // The peri-event histogram peaks in the bins just after the event starts: [0, 6h), [6h, 12h).
        const qsizetype zero = r->periOffsetsUs.indexOf(0);
        QVERIFY(zero > 0);
        const qint64 peak = *std::max_element(r->periCounts.begin(), r->periCounts.end());
        QVERIFY(r->periCounts[zero] == peak || r->periCounts[zero + 1] == peak);
        QVERIFY(r->periCounts[zero] + r->periCounts[zero + 1] >= 6000);
    }

    void observedShareMatchesBruteForce()
    {
        QRandomGenerator rng(9);
        const auto ts = background(rng, 5000);
        const auto r = EventCoincidence::run(grid(ts), fourEvents(), {});
        QVERIFY(r);
        qint64 inside = 0;
        for (qint64 t : ts) {
            bool hit = false;
            for (const TimelineEvent &e : fourEvents()) {
                const qint64 end = e.endUs.value_or(e.startUs);
                const qint64 minute = t - (t % 60'000'000); // the grid's resolution
                hit = hit || (minute >= e.startUs - 2 * kDay && minute < end + 2 * kDay);
            }
            inside += hit;
        }
        QCOMPARE(r->inWindows, inside);
    }

    void sameSeedGivesIdenticalResults()
    {
        QRandomGenerator rng(10);
        const FineCounts g = grid(background(rng, 3000));
        EventCoincidence::Params p;
        p.seed = 42;
        const auto a = EventCoincidence::run(g, fourEvents(), p), b = EventCoincidence::run(g, fourEvents(), p);
        QCOMPARE(*a->pValue, *b->pValue);
        QCOMPARE(a->nullMean, b->nullMean);
        QCOMPARE(a->nullSd, b->nullSd);
        p.seed = 43;
        QVERIFY(EventCoincidence::run(g, fourEvents(), p)->nullSd != a->nullSd);
    }

    void shortShiftsAreExcluded()
    {
        QRandomGenerator rng(11);
        const auto r = EventCoincidence::run(grid(background(rng, 1000)), fourEvents(), {});
        QCOMPARE(r->minShiftUs, 4 * kDay + 4 * kDay); // 2W + the longest event
    }

    void cancelReturnsNothing()
    {
        QRandomGenerator rng(12);
        QVERIFY(!EventCoincidence::run(grid(background(rng, 1000)), fourEvents(), {}, std::nullopt,
                                       [](double) { return false; }));
    }
};

QTEST_GUILESS_MAIN(TestEventCoincidence)
#include "tst_event_coincidence.moc"
