// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SeasonalBaseline flags a planted anomaly against a weekly rhythm.
#include "analysis/seasonal_baseline.h"

#include <QRandomGenerator>
#include <QTest>

class TestSeasonalBaseline : public QObject {
    Q_OBJECT

    static constexpr qint64 kHour = 3'600'000'000LL;
    static constexpr qint64 kMonday = 1'464'566'400'000'000LL; // 2016-05-30T00:00Z, a Monday

    // Six weeks of hourly bins in UTC: busy 9-17 on weekdays, quiet otherwise, some noise.
    static BinTable weeks()
    {
        QRandomGenerator rng(4);
        BinTable t;
        t.width = BinWidth::fixed(kHour);
        t.zone = QTimeZone::utc();
        BinSeries s;
        for (int h = 0; h <= 6 * 168; ++h)
            t.edges.append(kMonday + h * kHour);
        for (int h = 0; h < 6 * 168; ++h) {
            const int day = (h / 24) % 7, hour = h % 24;
            s.counts.append((day < 5 && hour >= 9 && hour < 17 ? 100 : 10) + rng.bounded(5));
        }
        t.series.append(s);
        return t;
    }

private slots:
    void flagsAPlantedAnomalyOnly()
    {
        BinTable t = weeks();
        const int planted = 3 * 168 + 5 * 24 + 3; // Saturday 03:00 of week 4
        t.series[0].counts[planted] = 90;
        const auto bins = SeasonalBaseline::compute(t);
        QVERIFY(bins);
        QCOMPARE(bins->size(), 6 * 168);
        for (int b = 0; b < bins->size(); ++b)
            QCOMPARE(bins->at(b).anomalous, b == planted);
        const auto &flagged = bins->at(planted);
        QCOMPARE(flagged.hourOfWeek, 5 * 24 + 3);
        QCOMPARE(flagged.otherWeeks, 5);
        QVERIFY(flagged.median >= 10 && flagged.median <= 14); // its own week left out
    }

    void busyHoursExpectBusyCounts()
    {
        const auto bins = SeasonalBaseline::compute(weeks());
        QVERIFY(bins->at(2 * 168 + 10).median >= 100);     // Monday 10:00
        QVERIFY(bins->at(2 * 168 + 6 * 24 + 10).median < 15); // Sunday 10:00
    }

    void needsHourlyBins()
    {
        BinTable t = weeks();
        t.width = BinWidth::calendar(BinWidth::Unit::Day);
        QVERIFY(SeasonalBaseline::compute(t)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeasonalBaseline)
#include "tst_seasonal_baseline.moc"
