// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp_parser.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

namespace {

// Reference values through QDateTime (fine in tests, not on the hot path).
qint64 utcUs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int us = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch() * 1000 + us;
}

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

namespace QTest {
template<>
inline char *toString(const std::optional<qint64> &value)
{
    return value ? qstrdup(QByteArray::number(*value).constData()) : qstrdup("nullopt");
}
} // namespace QTest

class TestTimestampParser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsIsoForms_data();
    void readsIsoForms();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void acceptsLeapDayOnlyInLeapYears();
    void readsHour24AsEndOfDay();
    void readsLeapSecondAsLastMicrosecondOfMinute();
    void truncatesFractionToMicroseconds();
    void readsLocalTimeInNewYorkAcrossDst();
    void shiftsNonexistentLocalTimeForwardByGap();
    void takesEarlierOccurrenceOfAmbiguousLocalTime();
    void readsLocalTimeInMoscowAcrossRuleChanges();
    void matchesQDateTimeHourlyOutsideTransitions_data();
    void matchesQDateTimeHourlyOutsideTransitions();
    void explicitOffsetOverridesZone();
    void readsLocalTimeInFixedOffsetZone();
    void detectsEpochUnitFromMagnitude_data();
    void detectsEpochUnitFromMagnitude();
    void usesExplicitEpochUnit_data();
    void usesExplicitEpochUnit();
    void formatsIsoWithOffsets();
    void formatRoundTripsThroughParse();
    void survivesRandomText();
};

void TestTimestampParser::initTestCase()
{
    if (!zone("America/New_York").isValid() || !zone("Europe/Moscow").isValid())
        QSKIP("the IANA time zone database (tzdata) is not installed");
}

void TestTimestampParser::readsIsoForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    const qint64 base = utcUs(2016, 7, 1, 0, 0, 1);
    QTest::newRow("T Z micro") << QByteArray("2016-07-01T00:00:01.123456Z") << base + 123456;
    QTest::newRow("space, no zone") << QByteArray("2016-07-01 00:00:01") << base;
    QTest::newRow("lower t z") << QByteArray("2016-07-01t00:00:01z") << base;
    QTest::newRow("+HH:MM") << QByteArray("2016-07-01T02:00:01+02:00") << base;
    QTest::newRow("+HHMM") << QByteArray("2016-07-01T02:30:01+0230") << base;
    QTest::newRow("+HH") << QByteArray("2016-07-01T02:00:01+02") << base;
    QTest::newRow("-HH:MM") << QByteArray("2016-06-30T20:00:01-04:00") << base;
    QTest::newRow("-HHMM") << QByteArray("2016-06-30T20:00:01.5-0400") << base + 500000;
    QTest::newRow("space before zone") << QByteArray("2016-07-01 00:00:01 +00:00") << base;
    QTest::newRow("minutes only") << QByteArray("2016-07-01T12:34") << utcUs(2016, 7, 1, 12, 34);
    QTest::newRow("minutes only with zone") << QByteArray("2016-07-01T12:34+01:00") << utcUs(2016, 7, 1, 11, 34);
    QTest::newRow("date only") << QByteArray("2016-07-01") << utcUs(2016, 7, 1);
    QTest::newRow("one fraction digit") << QByteArray("2016-07-01T00:00:01.5Z") << base + 500000;
    QTest::newRow("comma fraction") << QByteArray("2016-07-01T00:00:01,25Z") << base + 250000;
    QTest::newRow("milliseconds") << QByteArray("2016-07-01T00:00:01.123Z") << base + 123000;
    QTest::newRow("surrounding whitespace") << QByteArray(" \t2016-07-01T00:00:01Z \r\n") << base;
    QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << Q_INT64_C(-62135596800000000);
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999999Z") << Q_INT64_C(253402300799999999);
    QTest::newRow("epoch zero") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.5Z") << qint64(-500000);
}

void TestTimestampParser::readsIsoForms()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    TimestampParser parser;
    QCOMPARE(parser.parse(text), std::optional<qint64>(expected));
}

void TestTimestampParser::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("text");
    const char *const bad[] = {
        "2016-13-01",
        "2016-00-10",
        "2016-07-00",
        "2016-02-30",
        "2016-04-31",
        "2015-02-29",
        "abc",
        "",
        "   ",
        "2016-7-1",
        "2016/07/01",
        "2016-07-01X",
        "2016-07-01T",
        "2016-07-01T12",
        "2016-07-01T1:00",
        "2016-07-01T25:00:00",
        "2016-07-01T23:60:00",
        "2016-07-01T23:59:61",
        "2016-07-01T24:00:01",
        "2016-07-01T24:30",
        "2016-07-01T24:00:00.5",
        "2016-07-01T12:00:00.",
        "2016-07-01T12:00:00.1234567890",
        "2016-07-01T12:00.5",
        "2016-07-01T12:00:00+24:00",
        "2016-07-01T12:00:00+05:",
        "2016-07-01T12:00:00+05:60",
        "2016-07-01T12:00:00+5",
        "2016-07-01T12:00:00 junk",
        "2016-07-01T12:00:00ZZ",
        "2016-07-01 T12:00:00",
        "2016-07-01  12:00:00",
        "99999999999999999999",
        "9223372036854775808",
        "18446744073709551616",
        "1.5e9",
        "-1",
        "+5",
        "12abc",
        "1.",
        ".5",
        "0x10",
        "1,5",
        "1 2",
    };
    for (const char *text : bad) {
        const QByteArray row = QByteArray("'") + text + "'";
        QTest::newRow(row.constData()) << QByteArray(text);
    }
    QTest::newRow("embedded NUL") << QByteArray("2016-07-01\0T00:00", 16);
}

void TestTimestampParser::rejectsGarbage()
{
    QFETCH(QByteArray, text);
    TimestampParser parser;
    QCOMPARE(parser.parse(text), std::optional<qint64>());
    TimestampParser local(zone("America/New_York"), EpochUnit::Seconds);
    QCOMPARE(local.parse(text), std::optional<qint64>());
}

void TestTimestampParser::acceptsLeapDayOnlyInLeapYears()
{
    TimestampParser parser;
    QCOMPARE(parser.parse("2016-02-29T12:00:00Z"), std::optional<qint64>(utcUs(2016, 2, 29, 12)));
    QCOMPARE(parser.parse("2000-02-29"), std::optional<qint64>(utcUs(2000, 2, 29)));
    QCOMPARE(parser.parse("1900-02-29"), std::optional<qint64>());
    QCOMPARE(parser.parse("2017-02-29"), std::optional<qint64>());
    QCOMPARE(parser.parse("2016-03-01"), std::optional<qint64>(utcUs(2016, 3, 1)));
}

void TestTimestampParser::readsHour24AsEndOfDay()
{
    TimestampParser parser;
    QCOMPARE(parser.parse("2016-07-01T24:00:00Z"), std::optional<qint64>(utcUs(2016, 7, 2)));
    QCOMPARE(parser.parse("2016-12-31T24:00"), std::optional<qint64>(utcUs(2017, 1, 1)));
    QCOMPARE(parser.parse("2016-02-28T24:00:00.000"), std::optional<qint64>(utcUs(2016, 2, 29)));
    TimestampParser ny(zone("America/New_York"));
    QCOMPARE(ny.parse("2016-07-01T24:00"), std::optional<qint64>(utcUs(2016, 7, 2, 4)));
}

void TestTimestampParser::readsLeapSecondAsLastMicrosecondOfMinute()
{
    TimestampParser parser;
    const auto expected = std::optional<qint64>(utcUs(2016, 12, 31, 23, 59, 59, 999999));
    QCOMPARE(parser.parse("2016-12-31T23:59:60Z"), expected);
    QCOMPARE(parser.parse("2016-12-31T23:59:60.25Z"), expected);
    QVERIFY(*parser.parse("2016-12-31T23:59:60Z") < *parser.parse("2017-01-01T00:00:00Z"));
}

void TestTimestampParser::truncatesFractionToMicroseconds()
{
    TimestampParser parser;
    const qint64 base = utcUs(2016, 7, 1);
    QCOMPARE(parser.parse("2016-07-01T00:00:00.1234569Z"), std::optional<qint64>(base + 123456));
    QCOMPARE(parser.parse("2016-07-01T00:00:00.999999999Z"), std::optional<qint64>(base + 999999));
    QCOMPARE(parser.parse("2016-07-01T00:00:00.000000999Z"), std::optional<qint64>(base));
    QCOMPARE(parser.parse("1521911720.8657169"), std::optional<qint64>(Q_INT64_C(1521911720865716)));
}

void TestTimestampParser::readsLocalTimeInNewYorkAcrossDst()
{
    TimestampParser parser(zone("America/New_York"));
    QCOMPARE(parser.parse("2016-07-18T00:00:00"), std::optional<qint64>(utcUs(2016, 7, 18, 4)));
    QCOMPARE(parser.parse("2016-01-15 12:00:00.5"), std::optional<qint64>(utcUs(2016, 1, 15, 17, 0, 0, 500000)));
    QCOMPARE(parser.parse("2016-03-13T01:59:59"), std::optional<qint64>(utcUs(2016, 3, 13, 6, 59, 59)));
    QCOMPARE(parser.parse("2016-03-13T03:00:00"), std::optional<qint64>(utcUs(2016, 3, 13, 7)));
    QCOMPARE(parser.parse("2016-11-06T00:59:59"), std::optional<qint64>(utcUs(2016, 11, 6, 4, 59, 59)));
    QCOMPARE(parser.parse("2016-11-06T02:00:00"), std::optional<qint64>(utcUs(2016, 11, 6, 7)));
    QCOMPARE(parser.parse("2016-07-18"), std::optional<qint64>(utcUs(2016, 7, 18, 4)));
    // Back to an earlier year after the cache filled with 2016 ranges.
    QCOMPARE(parser.parse("1999-12-31T19:00:00"), std::optional<qint64>(utcUs(2000, 1, 1)));
    QCOMPARE(parser.parse("2016-07-18T00:00:00"), std::optional<qint64>(utcUs(2016, 7, 18, 4)));
}

void TestTimestampParser::shiftsNonexistentLocalTimeForwardByGap()
{
    // 2016-03-13 02:00 EST -> 03:00 EDT: 02:30 does not exist; it becomes 03:30 EDT.
    TimestampParser parser(zone("America/New_York"));
    QCOMPARE(parser.parse("2016-03-13T02:30:00"), std::optional<qint64>(utcUs(2016, 3, 13, 7, 30)));
    QCOMPARE(parser.parse("2016-03-13T02:00:00"), std::optional<qint64>(utcUs(2016, 3, 13, 7)));
    QCOMPARE(parser.parse("2016-03-13T02:30:00"), parser.parse("2016-03-13T03:30:00"));
}

void TestTimestampParser::takesEarlierOccurrenceOfAmbiguousLocalTime()
{
    // 2016-11-06 02:00 EDT -> 01:00 EST: 01:30 happens twice; the EDT one (05:30Z) is taken.
    TimestampParser parser(zone("America/New_York"));
    QCOMPARE(parser.parse("2016-11-06T01:30:00"), std::optional<qint64>(utcUs(2016, 11, 6, 5, 30)));
    QCOMPARE(parser.parse("2016-11-06T01:59:59.999999"), std::optional<qint64>(utcUs(2016, 11, 6, 5, 59, 59, 999999)));
    // Moscow 2014-10-26 02:00 MSK(+4) -> 01:00 MSK(+3): 01:30 is read as +04:00.
    TimestampParser moscow(zone("Europe/Moscow"));
    QCOMPARE(moscow.parse("2014-10-26T01:30:00"), std::optional<qint64>(utcUs(2014, 10, 25, 21, 30)));
}

void TestTimestampParser::readsLocalTimeInMoscowAcrossRuleChanges()
{
    TimestampParser parser(zone("Europe/Moscow"));
    // 2016: UTC+3 all year.
    QCOMPARE(parser.parse("2016-07-01T12:00:00"), std::optional<qint64>(utcUs(2016, 7, 1, 9)));
    QCOMPARE(parser.parse("2016-01-01T12:00:00"), std::optional<qint64>(utcUs(2016, 1, 1, 9)));
    // 2011-03-27 onwards until 2014-10-26: UTC+4 all year (summer and winter).
    QCOMPARE(parser.parse("2011-07-01T12:00:00"), std::optional<qint64>(utcUs(2011, 7, 1, 8)));
    QCOMPARE(parser.parse("2012-01-15T12:00:00"), std::optional<qint64>(utcUs(2012, 1, 15, 8)));
    // Before 2011: UTC+3 in winter, UTC+4 with DST in summer.
    QCOMPARE(parser.parse("2010-01-15T12:00:00"), std::optional<qint64>(utcUs(2010, 1, 15, 9)));
    QCOMPARE(parser.parse("2010-07-15T12:00:00"), std::optional<qint64>(utcUs(2010, 7, 15, 8)));
    // The 2011 spring-forward gap (02:00 -> 03:00): 02:30 -> 03:30 +04:00.
    QCOMPARE(parser.parse("2011-03-27T02:30:00"), std::optional<qint64>(utcUs(2011, 3, 26, 23, 30)));
    QCOMPARE(parser.parse("2014-12-01T12:00"), std::optional<qint64>(utcUs(2014, 12, 1, 9)));
}

void TestTimestampParser::matchesQDateTimeHourlyOutsideTransitions_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::newRow("New York") << QByteArray("America/New_York") << 2005 << 2018;
    QTest::newRow("Moscow") << QByteArray("Europe/Moscow") << 2009 << 2016;
    QTest::newRow("Lord Howe (30 min DST)") << QByteArray("Australia/Lord_Howe") << 2015 << 2017;
}

void TestTimestampParser::matchesQDateTimeHourlyOutsideTransitions()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    const QTimeZone tz(zoneId);
    if (!tz.isValid())
        QSKIP("zone not in the installed tzdata");
    TimestampParser parser(tz);
    int compared = 0;
    for (QDateTime local(QDate(fromYear, 1, 1), QTime(0, 17, 31), QTimeZone::utc()); local.date().year() <= toYear;
         local = local.addSecs(3600 + 7)) {
        // Wall-clock text; the expected instant through QDateTime in the zone.
        const QDateTime inZone(local.date(), local.time(), tz);
        const qint64 expected = inZone.toSecsSinceEpoch() * 1000000;
        // Skip wall times within 3 h of an offset change (gaps and overlaps are tested above).
        if (tz.offsetFromUtc(inZone.addSecs(-3 * 3600)) != tz.offsetFromUtc(inZone.addSecs(3 * 3600)))
            continue;
        const QByteArray text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
        QVERIFY2(parser.parse(text) == std::optional<qint64>(expected), text.constData());
        ++compared;
    }
    QVERIFY(compared > 20000);
}

void TestTimestampParser::explicitOffsetOverridesZone()
{
    TimestampParser parser(zone("America/New_York"));
    QCOMPARE(parser.parse("2016-07-18T00:00:00Z"), std::optional<qint64>(utcUs(2016, 7, 18)));
    QCOMPARE(parser.parse("2016-07-18T00:00:00+03:00"), std::optional<qint64>(utcUs(2016, 7, 17, 21)));
    QCOMPARE(parser.parse("1468814400"), std::optional<qint64>(utcUs(2016, 7, 18, 4)));
}

void TestTimestampParser::readsLocalTimeInFixedOffsetZone()
{
    TimestampParser parser(QTimeZone(5 * 3600 + 1800));
    QCOMPARE(parser.parse("2016-07-01T00:00:00"), std::optional<qint64>(utcUs(2016, 6, 30, 18, 30)));
    TimestampParser invalid{QTimeZone(QByteArray("No/Such_Zone"))}; // falls back to UTC
    QCOMPARE(invalid.parse("2016-07-01T00:00:00"), std::optional<qint64>(utcUs(2016, 7, 1)));
}

void TestTimestampParser::detectsEpochUnitFromMagnitude_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("1521911720") << Q_INT64_C(1521911720000000);
    QTest::newRow("seconds with fraction") << QByteArray("1521911720.865716") << Q_INT64_C(1521911720865716);
    QTest::newRow("seconds, 3 fraction digits") << QByteArray("1521911720.865") << Q_INT64_C(1521911720865000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("largest seconds") << QByteArray("99999999999") << Q_INT64_C(99999999999000000);
    QTest::newRow("smallest milliseconds") << QByteArray("100000000000") << Q_INT64_C(100000000000000);
    QTest::newRow("milliseconds") << QByteArray("1521911720865") << Q_INT64_C(1521911720865000);
    QTest::newRow("milliseconds with fraction") << QByteArray("1521911720865.716") << Q_INT64_C(1521911720865716);
    QTest::newRow("microseconds") << QByteArray("1521911720865716") << Q_INT64_C(1521911720865716);
    QTest::newRow("microseconds, fraction dropped") << QByteArray("1521911720865716.9") << Q_INT64_C(1521911720865716);
    QTest::newRow("nanoseconds") << QByteArray("1521911720865716123") << Q_INT64_C(1521911720865716);
    QTest::newRow("largest nanoseconds") << QByteArray("9223372036854775807") << Q_INT64_C(9223372036854775);
    QTest::newRow("whitespace") << QByteArray(" 1521911720 ") << Q_INT64_C(1521911720000000);
}

void TestTimestampParser::detectsEpochUnitFromMagnitude()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    TimestampParser parser;
    QCOMPARE(parser.parse(text), std::optional<qint64>(expected));
}

void TestTimestampParser::usesExplicitEpochUnit_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<qint64>>("expected");
    const auto s = int(EpochUnit::Seconds), ms = int(EpochUnit::Milliseconds);
    const auto us = int(EpochUnit::Microseconds), ns = int(EpochUnit::Nanoseconds);
    QTest::newRow("s, ms-sized value") << s << QByteArray("1521911720865")
                                       << std::optional<qint64>(Q_INT64_C(1521911720865000000));
    QTest::newRow("s overflow") << s << QByteArray("9223372036855") << std::optional<qint64>();
    QTest::newRow("s overflow by fraction") << s << QByteArray("9223372036854.999999") << std::optional<qint64>();
    QTest::newRow("s max") << s << QByteArray("9223372036854.775807")
                           << std::optional<qint64>(Q_INT64_C(9223372036854775807));
    QTest::newRow("ms, s-sized value") << ms << QByteArray("1521911720.5")
                                       << std::optional<qint64>(Q_INT64_C(1521911720500));
    QTest::newRow("ms overflow") << ms << QByteArray("9223372036854776") << std::optional<qint64>();
    QTest::newRow("us, s-sized value") << us << QByteArray("1521911720")
                                       << std::optional<qint64>(Q_INT64_C(1521911720));
    QTest::newRow("ns, s-sized value") << ns << QByteArray("1521911720") << std::optional<qint64>(Q_INT64_C(1521911));
    QTest::newRow("ns, 20 digits") << ns << QByteArray("10000000000000000000") << std::optional<qint64>();
}

void TestTimestampParser::usesExplicitEpochUnit()
{
    QFETCH(int, unit);
    QFETCH(QByteArray, text);
    QFETCH(std::optional<qint64>, expected);
    TimestampParser parser(QTimeZone::utc(), EpochUnit(unit));
    QCOMPARE(parser.parse(text), expected);
    // ISO text is unaffected by the epoch unit.
    QCOMPARE(parser.parse("2016-07-01Z"), std::optional<qint64>());
    QCOMPARE(parser.parse("2016-07-01T00:00Z"), std::optional<qint64>(utcUs(2016, 7, 1)));
}

void TestTimestampParser::formatsIsoWithOffsets()
{
    const qint64 t = utcUs(2016, 7, 18, 4);
    QCOMPARE(TimestampParser::formatIso(t, QTimeZone::utc()), QByteArray("2016-07-18T04:00:00+00:00"));
    QCOMPARE(TimestampParser::formatIso(t, zone("America/New_York")), QByteArray("2016-07-18T00:00:00-04:00"));
    QCOMPARE(TimestampParser::formatIso(t + 123, zone("America/New_York")),
             QByteArray("2016-07-18T00:00:00.000123-04:00"));
    QCOMPARE(TimestampParser::formatIso(utcUs(2016, 1, 15, 17, 0, 0, 500000), zone("America/New_York")),
             QByteArray("2016-01-15T12:00:00.500000-05:00"));
    QCOMPARE(TimestampParser::formatIso(t, zone("Europe/Moscow")), QByteArray("2016-07-18T07:00:00+03:00"));
    QCOMPARE(TimestampParser::formatIso(t, QTimeZone(5 * 3600 + 1800)), QByteArray("2016-07-18T09:30:00+05:30"));
    QCOMPARE(TimestampParser::formatIso(t, QTimeZone(-(3 * 3600 + 1800))), QByteArray("2016-07-18T00:30:00-03:30"));
    QCOMPARE(TimestampParser::formatIso(-1, QTimeZone::utc()), QByteArray("1969-12-31T23:59:59.999999+00:00"));
    QCOMPARE(TimestampParser::formatIso(0, QTimeZone::utc()), QByteArray("1970-01-01T00:00:00+00:00"));
    // Overlap instants: the same wall time, told apart by the offset.
    QCOMPARE(TimestampParser::formatIso(utcUs(2016, 11, 6, 5, 30), zone("America/New_York")),
             QByteArray("2016-11-06T01:30:00-04:00"));
    QCOMPARE(TimestampParser::formatIso(utcUs(2016, 11, 6, 6, 30), zone("America/New_York")),
             QByteArray("2016-11-06T01:30:00-05:00"));
}

void TestTimestampParser::formatRoundTripsThroughParse()
{
    TimestampParser parser;
    const QTimeZone ny = zone("America/New_York");
    for (qint64 t = utcUs(2016, 1, 1, 0, 0, 0, 7); t < utcUs(2017, 1, 1); t += Q_INT64_C(3599000123)) {
        QCOMPARE(parser.parse(TimestampParser::formatIso(t, ny)), std::optional<qint64>(t));
        QCOMPARE(parser.parse(TimestampParser::formatIso(t, QTimeZone::utc())), std::optional<qint64>(t));
    }
}

void TestTimestampParser::survivesRandomText()
{
    // No crash, no sanitizer report; whatever is accepted formats and parses back the same.
    QRandomGenerator random(8601);
    static constexpr char kAlphabet[] = "0123456789999-::T.+Z 2016-07-01T23:59:60";
    TimestampParser utc;
    TimestampParser ny(zone("America/New_York"));
    int accepted = 0;
    for (int round = 0; round < 200000; ++round) {
        QByteArray text;
        const int length = random.bounded(32);
        for (int i = 0; i < length; ++i)
            text += kAlphabet[random.bounded(int(sizeof kAlphabet - 1))];
        if (random.bounded(2))
            text = "2016-0" + text;
        const std::optional<qint64> a = utc.parse(text);
        const std::optional<qint64> b = ny.parse(text);
        QCOMPARE(a.has_value(), b.has_value());
        if (a) {
            ++accepted;
            QCOMPARE(utc.parse(TimestampParser::formatIso(*a, QTimeZone::utc())), a);
            QCOMPARE(utc.parse(TimestampParser::formatIso(*b, zone("Asia/Kolkata"))), b);
        }
    }
    QVERIFY(accepted > 100);
}

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestamp_parser.moc"
