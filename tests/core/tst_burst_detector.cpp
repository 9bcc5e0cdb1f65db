// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BurstDetector on planted bursts over a Poisson-like background.
#include "burst_detector.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
constexpr qint64 kHour = 3'600'000'000LL;
constexpr qint64 kT0 = 1'464'739'200'000'000LL;

// Hourly bins over 30 days: ~10 lookups an hour, 80 an hour in the planted hours.
void planted(QList<qint64> &edges, QList<qint64> &counts, const QList<std::pair<int, int>> &bursts, quint32 seed)
{
    QRandomGenerator rng(seed);
    for (int h = 0; h <= 30 * 24; ++h)
        edges.append(kT0 + h * kHour);
    for (int h = 0; h < 30 * 24; ++h) {
        qint64 c = 6 + qint64(rng.bounded(9));
        for (const auto &[from, to] : bursts)
            c += (h >= from && h < to) ? 70 : 0;
        counts.append(c);
    }
}
} // namespace

class TestBurstDetector : public QObject {
    Q_OBJECT

private slots:
    void findsPlantedBurstsAtThePlantedTimes()
    {
        QList<qint64> edges, counts;
        planted(edges, counts, {{100, 106}, {400, 412}}, 1);
        const auto bursts = BurstDetector::detect(edges, counts, {});
        QVERIFY(bursts);
        QCOMPARE(bursts->size(), 2);
        QCOMPARE(bursts->at(0).startUs, edges[100]);
        QCOMPARE(bursts->at(0).endUs, edges[106]);
        QCOMPARE(bursts->at(1).startUs, edges[400]);
        QCOMPARE(bursts->at(1).endUs, edges[412]);
        QVERIFY(bursts->at(1).weight > bursts->at(0).weight); // longer, so more weight
        QCOMPARE(bursts->at(0).level, 1);
    }

    void flatSeriesHasNoBurst()
    {
        QList<qint64> edges, counts;
        planted(edges, counts, {}, 2);
        QVERIFY(BurstDetector::detect(edges, counts, {})->isEmpty());
    }

    void higherGammaNeedsStrongerEvidence()
    {
        QList<qint64> edges, counts;
        planted(edges, counts, {{100, 101}}, 3);
        counts[100] = 40; // a single, modest spike
        QCOMPARE(BurstDetector::detect(edges, counts, {2.0, 0.5, 2})->size(), 1);
        QVERIFY(BurstDetector::detect(edges, counts, {2.0, 8.0, 2})->isEmpty());
    }

    void multiStateNestsAStrongerBurst()
    {
        QList<qint64> edges, counts;
        planted(edges, counts, {{200, 230}}, 4);
        for (int h = 210; h < 214; ++h)
            counts[h] += 600;
        const auto bursts = BurstDetector::detect(edges, counts, {2.0, 1.0, 5});
        QVERIFY(bursts);
        qint64 top = 0;
        for (const auto &b : *bursts) {
            QVERIFY(b.startUs >= edges[200] && b.endUs <= edges[230]);
            top = std::max<qint64>(top, b.level);
        }
        QVERIFY(top >= 2);
    }
};

QTEST_GUILESS_MAIN(TestBurstDetector)
#include "tst_burst_detector.moc"
