// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityHeatmap: office hours in New York seen from New York and from Moscow.
#include "activity_heatmap.h"
#include "timeline_engine.h"

#include <QDateTime>
#include <QTest>

class TestActivityHeatmap : public QObject {
    Q_OBJECT

    // One lookup every 10 minutes, 09:00-17:00 New York time, weekdays, over the given dates.
    static FineCounts officeHours(QDate from, QDate to)
    {
        const QTimeZone ny("America/New_York");
        auto d = std::make_shared<DatasetColumns>();
        for (QDate day = from; day < to; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const qint64 start = QDateTime(day, QTime(9, 0), ny).toMSecsSinceEpoch() * 1000;
            for (int i = 0; i < 48; ++i)
                d->ts.push_back(start + qint64(i) * 600'000'000);
        }
        TimelineEngine engine;
        const TimelineEngine::Input input{{d}, {}, {}, {}, {}};
        return FineCounts::fromTable(
            engine.bin(FineCounts::query(BinQuery{}, TimelineEngine::extent(input.datasets)), input));
    }

private slots:
    void summerOfficeHoursInNewYorkAreEveningInMoscow()
    {
        const auto panels = ActivityHeatmap::compute(officeHours(QDate(2016, 6, 1), QDate(2016, 9, 1)),
                                                     {QTimeZone("America/New_York"), QTimeZone("Europe/Moscow")});
        QVERIFY(panels);
        const auto &ny = panels->at(0), &msk = panels->at(1);
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                const bool weekday = day < 5;
                QCOMPARE(ny.at(day, hour) > 0, weekday && hour >= 9 && hour < 17);
                QCOMPARE(msk.at(day, hour) > 0, weekday && hour >= 16); // UTC-4 -> UTC+3: +7 h
            }
        }
        QCOMPARE(ny.at(0, 9), msk.at(0, 16));
    }

    void followsNewYorkDstAcrossTheChange()
    {
        // Across 2016-11-06 New York goes UTC-4 -> UTC-5: Moscow's evening shifts an hour later.
        const auto panels = ActivityHeatmap::compute(officeHours(QDate(2016, 10, 17), QDate(2016, 11, 19)),
                                                     {QTimeZone("America/New_York"), QTimeZone("Europe/Moscow")});
        const auto &ny = panels->at(0), &msk = panels->at(1);
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(ny.at(2, hour) > 0, hour >= 9 && hour < 17);
        QCOMPARE(msk.at(2, 16), 3 * 6); // three summer-time Wednesdays
        QCOMPARE(msk.at(2, 17), 5 * 6);
        QCOMPARE(msk.at(3, 0), 2 * 6); // two in winter: 16:00 NY is 00:00 Moscow the next day
    }
};

QTEST_GUILESS_MAIN(TestActivityHeatmap)
#include "tst_activity_heatmap.moc"
