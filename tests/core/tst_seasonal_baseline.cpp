// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SeasonalBaseline flags a planted anomaly against a weekly rhythm, in hourly bins and in
// other widths that divide a day.
#include "seasonal_baseline.h"

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
        QVERIFY(bins->at(2 * 168 + 10).median >= 100);        // Monday 10:00
        QVERIFY(bins->at(2 * 168 + 6 * 24 + 10).median < 15); // Sunday 10:00
    }

    // The same rhythm in bins of another width that divides a day: a bin's slot of the week is
    // its local start since Monday 00:00 divided by the width.
    static BinTable weeksIn(const BinWidth &width, qint64 binUs)
    {
        QRandomGenerator rng(5);
        BinTable t;
        t.width = width;
        t.zone = QTimeZone::utc();
        BinSeries s;
        const qint64 perWeek = 7 * 24 * kHour / binUs;
        for (qint64 b = 0; b <= 6 * perWeek; ++b)
            t.edges.append(kMonday + b * binUs);
        for (qint64 b = 0; b < 6 * perWeek; ++b) {
            qint64 count = 0;
            for (qint64 at = b * binUs; at < (b + 1) * binUs; at += std::min(binUs, kHour)) {
                const int day = int(at / (24 * kHour)) % 7, hour = int(at / kHour) % 24;
                count += (day < 5 && hour >= 9 && hour < 17 ? 100 : 10) * std::min(binUs, kHour) / kHour;
            }
            s.counts.append(count + rng.bounded(5));
        }
        t.series.append(s);
        return t;
    }

    void flagsAPlantedAnomalyInOtherWidths_data()
    {
        QTest::addColumn<QString>("width");
        QTest::addColumn<qint64>("binUs");
        QTest::newRow("15m") << QStringLiteral("15m") << 15 * 60'000'000LL;
        QTest::newRow("3h") << QStringLiteral("3h") << 3 * kHour;
        QTest::newRow("12h") << QStringLiteral("12h") << 12 * kHour;
        QTest::newRow("1d (calendar days)") << QStringLiteral("1d") << 24 * kHour;
    }

    void flagsAPlantedAnomalyInOtherWidths()
    {
        QFETCH(QString, width);
        QFETCH(qint64, binUs);
        const auto w = BinWidth::parse(width);
        QVERIFY(w && SeasonalBaseline::supports(*w));
        BinTable t = weeksIn(*w, binUs);
        const qint64 perWeek = 7 * 24 * kHour / binUs;
        const int slot = int((5 * 24 + 3) * kHour / binUs); // the bin holding Saturday 03:00
        const int planted = int(3 * perWeek) + slot;        // of week 4
        t.series[0].counts[planted] += 500;
        const auto bins = SeasonalBaseline::compute(t);
        QVERIFY(bins);
        QCOMPARE(bins->size(), 6 * perWeek);
        for (int b = 0; b < bins->size(); ++b)
            QCOMPARE(bins->at(b).anomalous, b == planted);
        const auto &flagged = bins->at(planted);
        QCOMPARE(flagged.slotOfWeek, slot);
        QCOMPARE(flagged.otherWeeks, 5);
        QCOMPARE(flagged.endUs - flagged.startUs, binUs);
        QCOMPARE(bins->at(planted + 1).slotOfWeek, (slot + 1) % int(perWeek));
    }

    void needsBinsThatDivideADay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("10s: too fine") << QStringLiteral("10s");
        QTest::newRow("7m: does not divide a day") << QStringLiteral("7m");
        QTest::newRow("1w") << QStringLiteral("1w");
        QTest::newRow("1mo") << QStringLiteral("1mo");
    }

    void needsBinsThatDivideADay()
    {
        QFETCH(QString, name);
        const BinWidth width = BinWidth::parse(name).value_or(BinWidth::fixed(7 * 60'000'000LL)); // 7m is no nice width
        QVERIFY(!SeasonalBaseline::supports(width));
        BinTable t = weeks();
        t.width = width;
        QVERIFY(SeasonalBaseline::compute(t)->isEmpty());
        QVERIFY(SeasonalBaseline::supports(BinWidth::fixed(kHour)));
        QVERIFY(SeasonalBaseline::supports(BinWidth::fixed(60'000'000LL)));
    }
};

QTEST_GUILESS_MAIN(TestSeasonalBaseline)
#include "tst_seasonal_baseline.moc"
