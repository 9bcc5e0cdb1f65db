// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CoverageAnalysis finds planted outages.
#include "coverage_analysis.h"

#include <QTest>

class TestCoverageAnalysis : public QObject {
    Q_OBJECT

    static constexpr qint64 kMin = 60'000'000LL, kHour = 60 * kMin;

private slots:
    void findsPlantedGaps()
    {
        DatasetColumns d;
        // A lookup a minute for 3 days, with the sensor down for 5 h and for 90 min.
        for (qint64 t = 0; t < 72 * kHour; t += kMin) {
            if ((t >= 10 * kHour && t < 15 * kHour) || (t >= 40 * kHour && t < 41 * kHour + 30 * kMin))
                continue;
            d.ts.push_back(t);
        }
        const auto r = CoverageAnalysis::compute(d, kHour);
        QVERIFY(r);
        QCOMPARE(r->gaps.size(), 2);
        QCOMPARE(r->gaps[0], (TimeRange{10 * kHour - kMin + 1, 15 * kHour}));
        QCOMPARE(r->gaps[1], (TimeRange{40 * kHour - kMin + 1, 41 * kHour + 30 * kMin}));
        QCOMPARE(r->covered.size(), 3);
        QCOMPARE(r->covered.front().fromUs, qint64(0));
        QCOMPARE(r->covered.back().toUs, 72 * kHour - kMin + 1);
        QCOMPARE(r->lookups, qint64(d.ts.size()));
    }

    void shortSilencesDoNotSplit()
    {
        DatasetColumns d;
        for (qint64 t = 0; t < 10 * kHour; t += 50 * kMin)
            d.ts.push_back(t);
        const auto r = CoverageAnalysis::compute(d, kHour);
        QCOMPARE(r->covered.size(), 1);
        QVERIFY(r->gaps.isEmpty());
    }

    void rangeEdgesWithoutDataAreGaps()
    {
        DatasetColumns d;
        for (qint64 t = 5 * kHour; t < 6 * kHour; t += kMin)
            d.ts.push_back(t);
        const auto r = CoverageAnalysis::compute(d, kHour, TimeRange{0, 24 * kHour});
        QCOMPARE(r->gaps.size(), 2);
        QCOMPARE(r->gaps[0], (TimeRange{0, 5 * kHour}));
        QCOMPARE(r->gaps[1].toUs, 24 * kHour);
        const auto empty = CoverageAnalysis::compute(d, kHour, TimeRange{10 * kHour, 20 * kHour});
        QVERIFY(empty->covered.isEmpty());
        QCOMPARE(empty->gaps, (QList<TimeRange>{{10 * kHour, 20 * kHour}}));
    }
};

QTEST_GUILESS_MAIN(TestCoverageAnalysis)
#include "tst_coverage_analysis.moc"
