// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_test_support.h"

using namespace timeline_test;

class TestBinWidth : public QObject, private RandomLookupsFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarEdgesAreLocalMidnights();
    void dayBinsFollowNewYorkDst();
    void dayBinsFollowMoscowRuleChanges();
    void hourBinsStartOnLocalHoursInKolkata();
    void fixedBinsStartAtLocalBoundaryBeforeRangeStart();
    void autoWidthKeepsAtMost200Bins();
    void extentIsWidenedToWholeBins();
};

void TestBinWidth::initTestCase()
{
    for (const QTimeZone &zone : testZones())
        QVERIFY2(zone.isValid(), "time zone data missing");
    QVERIFY(zoneNamed("America/Sao_Paulo").isValid());
    buildRandomLookups();
    QCOMPARE(m_input.datasets.size(), 3);
}

void TestBinWidth::calendarEdgesAreLocalMidnights()
{
    TimelineEngine engine;
    QStringList failures;
    qsizetype checked = 0;
    QList<QTimeZone> zones = testZones();
    zones.append(zoneNamed("America/Sao_Paulo")); // its DST began at midnight until 2018
    const TimeRange range{usAt(QDate(2015, 12, 1), QTime(3, 17, 5), QTimeZone::utc()) + 42,
                          usAt(QDate(2017, 3, 5), QTime(20, 1), QTimeZone::utc())};
    for (const QTimeZone &zone : zones) {
        for (const BinWidth::Unit unit : {BinWidth::Unit::Day, BinWidth::Unit::Week, BinWidth::Unit::Month}) {
            const BinWidth width = BinWidth::calendar(unit);
            const BinTable table = engine.bin(makeQuery(range, width, zone), m_input);
            const QString where = QStringLiteral("%1 %2: ").arg(zoneName(zone), width.name());
            const auto &e = table.edges;
            if (e.size() < 3) {
                failures.append(where + QStringLiteral("%1 edges").arg(e.size()));
                continue;
            }
            if (!(e.front() <= range.fromUs && range.fromUs < e[1]))
                failures.append(where + QStringLiteral("first bin does not hold the range start"));
            if (!(e[e.size() - 2] < range.toUs && range.toUs <= e.back()))
                failures.append(where +
                                QStringLiteral("last edge is not the first boundary at or after the range end"));
            for (qsizetype i = 0; i < e.size(); ++i) {
                ++checked;
                const QDateTime local = localAt(e[i], zone);
                const QDateTime before = localAt(e[i] - 1000, zone);
                if (!(before.date() < local.date())) {
                    failures.append(
                        where +
                        QStringLiteral("edge %1 %2 is not the start of a local day").arg(i).arg(describe(e[i], zone)));
                    continue;
                }
                if (local.time() != QTime(0, 0) && before.offsetFromUtc() == local.offsetFromUtc()) {
                    failures.append(
                        where + QStringLiteral("edge %1 %2 is not local midnight").arg(i).arg(describe(e[i], zone)));
                    continue;
                }
                const QDate date = local.date();
                if (unit == BinWidth::Unit::Week && date.dayOfWeek() != Qt::Monday)
                    failures.append(where +
                                    QStringLiteral("edge %1 %2 is not a Monday").arg(i).arg(describe(e[i], zone)));
                if (unit == BinWidth::Unit::Month && date.day() != 1)
                    failures.append(where +
                                    QStringLiteral("edge %1 %2 is not the 1st").arg(i).arg(describe(e[i], zone)));
                if (i == 0)
                    continue;
                const QDate previous = localAt(e[i - 1], zone).date();
                const QDate wanted = unit == BinWidth::Unit::Day ? previous.addDays(1)
                    : unit == BinWidth::Unit::Week               ? previous.addDays(7)
                                                                 : previous.addMonths(1);
                if (date != wanted)
                    failures.append(
                        where +
                        QStringLiteral("edge %1 %2 follows %3, expected date %4")
                            .arg(i)
                            .arg(describe(e[i], zone), previous.toString(Qt::ISODate), wanted.toString(Qt::ISODate)));
            }
        }
    }
    QVERIFY2(checked > 2000, "too few edges checked");
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
}

void TestBinWidth::dayBinsFollowNewYorkDst()
{
    const QTimeZone ny = zoneNamed("America/New_York");
    TimelineEngine engine;
    const TimeRange range{usAt(QDate(2016, 3, 1), QTime(0, 0), ny), usAt(QDate(2016, 12, 1), QTime(0, 0), ny)};
    const BinTable table = engine.bin(makeQuery(range, BinWidth::calendar(BinWidth::Unit::Day), ny), m_input);
    QCOMPARE(table.binCount(), qsizetype(275));
    QCOMPARE(binLengthAt(table, usAt(QDate(2016, 3, 13), QTime(12, 0), ny)), 23 * kHour);
    QCOMPARE(table.edges[binIndexAt(table, usAt(QDate(2016, 3, 13), QTime(12, 0), ny))],
             usAt(QDate(2016, 3, 13), QTime(0, 0), ny));
    QCOMPARE(binLengthAt(table, usAt(QDate(2016, 11, 6), QTime(12, 0), ny)), 25 * kHour);
    QCOMPARE(binLengthAt(table, usAt(QDate(2016, 11, 6), QTime(0, 30), ny)), 25 * kHour);
    QCOMPARE(binLengthAt(table, usAt(QDate(2016, 11, 5), QTime(12, 0), ny)), 24 * kHour);
    QCOMPARE(binLengthAt(table, usAt(QDate(2016, 3, 14), QTime(12, 0), ny)), 24 * kHour);
    // The other days are 24 hours long.
    int short23 = 0, long25 = 0;
    for (qsizetype i = 0; i < table.binCount(); ++i) {
        const qint64 length = table.edges[i + 1] - table.edges[i];
        QVERIFY(length == 23 * kHour || length == 24 * kHour || length == 25 * kHour);
        short23 += length == 23 * kHour ? 1 : 0;
        long25 += length == 25 * kHour ? 1 : 0;
    }
    QCOMPARE(short23, 1);
    QCOMPARE(long25, 1);
}

void TestBinWidth::dayBinsFollowMoscowRuleChanges()
{
    const QTimeZone moscow = zoneNamed("Europe/Moscow");
    TimelineEngine engine;
    const BinWidth day = BinWidth::calendar(BinWidth::Unit::Day);
    const auto dayLength = [&](QDate date) {
        const TimeRange range{usAt(date.addDays(-3), QTime(5, 0), moscow), usAt(date.addDays(3), QTime(5, 0), moscow)};
        const BinTable table = engine.bin(makeQuery(range, day, moscow), m_input);
        const qint64 noon = usAt(date, QTime(12, 0), moscow);
        const qsizetype i = binIndexAt(table, noon);
        if (i < 0 || table.edges[i] != usAt(date, QTime(0, 0), moscow))
            return qint64(-1);
        return table.edges[i + 1] - table.edges[i];
    };
    QCOMPARE(dayLength(QDate(2014, 10, 26)), 25 * kHour); // UTC+4 → UTC+3
    QCOMPARE(dayLength(QDate(2014, 10, 25)), 24 * kHour);
    QCOMPARE(dayLength(QDate(2011, 3, 27)), 23 * kHour);  // the last DST start
    QCOMPARE(dayLength(QDate(2011, 10, 30)), 24 * kHour); // no fall back that year
    QCOMPARE(dayLength(QDate(2010, 10, 31)), 25 * kHour); // the last fall back
}

void TestBinWidth::hourBinsStartOnLocalHoursInKolkata()
{
    const QTimeZone kolkata = zoneNamed("Asia/Kolkata");
    TimelineEngine engine;
    QRandomGenerator rng(55);
    for (const char *name : {"1h", "3h", "6h", "12h"}) {
        const BinWidth width = widthNamed(name);
        const int hours = int(width.fixedUs() / kHour);
        for (int k = 0; k < 20; ++k) {
            const qint64 from = m_spanFrom + randomBelow(rng, 360 * kDay);
            const TimeRange range{from, from + 40 * width.fixedUs() + randomBelow(rng, kHour)};
            const BinTable table = engine.bin(makeQuery(range, width, kolkata), m_input);
            QVERIFY(table.binCount() >= 40);
            QVERIFY(table.edges.front() <= from && from < table.edges[1]);
            for (qint64 edge : table.edges) {
                const QTime local = localAt(edge, kolkata).time();
                const QTime utc = localAt(edge, QTimeZone::utc()).time();
                QVERIFY2(local.minute() == 0 && local.second() == 0 && local.msec() == 0 && edge % 1000 == 0 &&
                             local.hour() % hours == 0,
                         qPrintable(QStringLiteral("%1 edge %2").arg(width.name(), describe(edge, kolkata))));
                QCOMPARE(utc.minute(), 30);
            }
        }
    }
}

void TestBinWidth::fixedBinsStartAtLocalBoundaryBeforeRangeStart()
{
    TimelineEngine engine;
    QRandomGenerator rng(77);
    QStringList failures;
    qsizetype checked = 0;
    const QDateTime from2016 = localAt(usAt(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::utc()), QTimeZone::utc());
    const QDateTime to2017 = localAt(usAt(QDate(2017, 1, 1), QTime(0, 0), QTimeZone::utc()), QTimeZone::utc());
    for (const QTimeZone &zone : testZones()) {
        QList<qint64> starts;
        for (int k = 0; k < 30; ++k)
            starts.append(m_spanFrom + randomBelow(rng, 400 * kDay));
        if (zone != QTimeZone::utc()) {
            for (const QTimeZone::OffsetData &t : zone.transitions(from2016, to2017)) {
                for (int k = 0; k < 40; ++k)
                    starts.append(t.atUtc.toMSecsSinceEpoch() * 1000 - 13 * kHour + randomBelow(rng, 26 * kHour));
            }
        }
        for (const BinWidth &width : BinWidth::niceWidths()) {
            if (width.unit() != BinWidth::Unit::Fixed)
                continue;
            const qint64 w = width.fixedUs();
            for (qint64 start : starts) {
                const TimeRange range{start, start + 30 * w + 1};
                const BinTable table = engine.bin(makeQuery(range, width, zone), m_input);
                const QString where =
                    QStringLiteral("%1 %2 from %3: ").arg(zoneName(zone), width.name(), describe(start, zone));
                ++checked;
                const auto &e = table.edges;
                if (e.size() < 2 || !(e.front() <= start && start < e[1]) || e.back() < range.toUs) {
                    failures.append(where + QStringLiteral("edges do not cover the range"));
                    continue;
                }
                bool evenlySpaced = true;
                for (qsizetype i = 1; i < e.size(); ++i)
                    evenlySpaced = evenlySpaced && e[i] - e[i - 1] == w;
                if (!evenlySpaced)
                    failures.append(where + QStringLiteral("edges are not exactly %1 apart").arg(width.name()));
                const qint64 expected = expectedFixedFloor(start, w, zone);
                // Just after a fall-back no wall-clock boundary has a bin holding the start.
                if (expected + w > start && e.front() != expected)
                    failures.append(where +
                                    QStringLiteral("first edge %1, expected the local boundary %2")
                                        .arg(describe(e.front(), zone), describe(expected, zone)));
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
}

void TestBinWidth::autoWidthKeepsAtMost200Bins()
{
    TimelineEngine engine;
    QRandomGenerator rng(200);
    QStringList failures;
    const QList<QTimeZone> zones = {QTimeZone::utc(), zoneNamed("America/New_York"), zoneNamed("Asia/Kolkata")};
    const qint64 shortest = kMin, longest = 3 * 365 * kDay;
    const int steps = 400;
    for (int k = 0; k <= steps; ++k) {
        const qint64 length =
            qint64(double(shortest) * std::pow(double(longest) / double(shortest), double(k) / steps)) +
            randomBelow(rng, kSec);
        const qint64 from = m_spanFrom + randomBelow(rng, 200 * kDay);
        const TimeRange range{from, from + length};
        const QTimeZone &zone = zones[k % zones.size()];
        const BinTable table = engine.bin(makeQuery(range, std::nullopt, zone), m_input);
        const QString where =
            QStringLiteral("%1 %2 (%3 s): ").arg(zoneName(zone), describeRange(range, zone)).arg(length / kSec);
        if (table.binCount() < 1 || table.binCount() > BinWidth::kAutoMaxBins)
            failures.append(
                where + QStringLiteral("auto chose %1 giving %2 bins").arg(table.width.name()).arg(table.binCount()));
        std::optional<BinWidth> finest;
        qsizetype finestBins = 0;
        for (const BinWidth &w : BinWidth::niceWidths()) {
            if (length / w.nominalUs() > 1000)
                continue; // far more than 200 bins
            const qsizetype bins = engine.bin(makeQuery(range, w, zone), m_input).binCount();
            if (bins >= 1 && bins <= BinWidth::kAutoMaxBins) {
                finest = w;
                finestBins = bins;
                break;
            }
        }
        if (!finest)
            failures.append(where + QStringLiteral("no nice width gives at most 200 bins"));
        else if (!(table.width == *finest))
            failures.append(where +
                            QStringLiteral("auto chose %1 (%2 bins), the finest with at most 200 is %3 (%4 bins)")
                                .arg(table.width.name())
                                .arg(table.binCount())
                                .arg(finest->name())
                                .arg(finestBins));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, steps + 1)));
}

void TestBinWidth::extentIsWidenedToWholeBins()
{
    TimelineEngine engine;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const Lookup &r : m_rows) {
        first = std::min(first, r.ts);
        last = std::max(last, r.ts);
    }
    for (const QTimeZone &zone : testZones()) {
        for (const char *name : {"", "1m", "1h", "12h", "1d", "1w", "1mo"}) {
            const std::optional<BinWidth> width = *name ? BinWidth::parse(QString::fromLatin1(name)) : std::nullopt;
            const BinQuery q = makeQuery(std::nullopt, width, zone);
            const BinTable table = engine.bin(q, m_input);
            const QString where =
                QStringLiteral("%1 %2: ").arg(zoneName(zone), QString::fromLatin1(*name ? name : "auto"));
            const auto &e = table.edges;
            QVERIFY2(e.size() >= 2, qPrintable(where));
            QVERIFY2(e.front() <= first && first < e[1], qPrintable(where + describe(e.front(), zone)));
            QVERIFY2(e[e.size() - 2] <= last && last < e.back(), qPrintable(where + describe(e.back(), zone)));
            if (!width)
                QVERIFY2(table.binCount() <= BinWidth::kAutoMaxBins,
                         qPrintable(where + QString::number(table.binCount())));
            qint64 sum = 0;
            for (qint64 c : table.series.value(0).counts)
                sum += c;
            QCOMPARE(sum, qint64(m_rows.size()));
            const QString diff = bruteForceDifference(table, q, m_rows, m_input);
            QVERIFY2(diff.isEmpty(), qPrintable(where + diff));
        }
    }

    // Exact edges for two lookups, the last one on a day boundary.
    const QTimeZone ny = zoneNamed("America/New_York");
    const TimelineEngine::Input two = makeInput({{1, usAt(QDate(2016, 5, 10), QTime(13, 37, 12, 345), ny) + 678, {}},
                                                 {1, usAt(QDate(2016, 5, 12), QTime(0, 0), ny), {}}},
                                                {QString()});
    const BinTable days = engine.bin(makeQuery(std::nullopt, BinWidth::calendar(BinWidth::Unit::Day), ny), two);
    QCOMPARE(days.edges,
             (QList<qint64>{usAt(QDate(2016, 5, 10), QTime(0, 0), ny), usAt(QDate(2016, 5, 11), QTime(0, 0), ny),
                            usAt(QDate(2016, 5, 12), QTime(0, 0), ny), usAt(QDate(2016, 5, 13), QTime(0, 0), ny)}));
    QCOMPARE(days.series.value(0).counts, (QList<qint64>{1, 0, 1}));
    const BinTable hours = engine.bin(makeQuery(std::nullopt, widthNamed("1h"), ny), two);
    QCOMPARE(hours.edges.front(), usAt(QDate(2016, 5, 10), QTime(13, 0), ny));
    QCOMPARE(hours.edges.back(), usAt(QDate(2016, 5, 12), QTime(1, 0), ny));
}

QTEST_GUILESS_MAIN(TestBinWidth)
#include "tst_bin_width.moc"
