// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_test_support.h"

using namespace timeline_test;

class TestTimelineEngine : public QObject, private RandomLookupsFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMatchBruteForceOnRandomData();
    void emptyBinsAreListedWithZeroCounts();
    void splitKeepsTopKAndOther();
    void splitByDatasetUsesDatasetNames();
    void filtersCombineWithAnd();
    void globIsCaseInsensitiveWholeValue_data();
    void globIsCaseInsensitiveWholeValue();
    void filterAndSplitMatchBruteForce();
    void rankRangeKeepsSeriesStableWhileZooming();
    void cachedSeriesFollowQueryChanges();
    void excludedPairsDropExactlyTheirLookups();
};

void TestTimelineEngine::initTestCase()
{
    for (const QTimeZone &zone : testZones())
        QVERIFY2(zone.isValid(), "time zone data missing");
    QVERIFY(zoneNamed("America/Sao_Paulo").isValid());
    buildRandomLookups();
    QCOMPARE(m_input.datasets.size(), 3);
}

void TestTimelineEngine::countsMatchBruteForceOnRandomData()
{
    QRandomGenerator rng(4242);
    TimelineEngine engine;
    QStringList failures;
    qsizetype checked = 0;
    const qint64 dataLen = m_spanTo - m_spanFrom + 20 * kDay;
    for (const QTimeZone &zone : testZones()) {
        for (const BinWidth &width : BinWidth::niceWidths()) {
            const qint64 maxLen = 18'000 * width.nominalUs();
            QList<TimeRange> ranges;
            const qint64 aroundBurst = std::min(dataLen, maxLen / (1 + rng.bounded(3)));
            const qint64 center = m_bursts[rng.bounded(int(m_bursts.size()))];
            ranges.append({center - aroundBurst / 2 + randomBelow(rng, kSec), 0});
            ranges.back().toUs = ranges.back().fromUs + aroundBurst;
            const qint64 anywhere = std::min(dataLen, maxLen);
            ranges.append({m_spanFrom - 10 * kDay + randomBelow(rng, dataLen - anywhere + 1), 0});
            ranges.back().toUs = ranges.back().fromUs + anywhere;
            if (dataLen <= maxLen)
                ranges.append({m_spanFrom - 3 * kDay - 17, m_spanTo + 3 * kDay + 5});
            for (const TimeRange &range : ranges) {
                const BinQuery q = makeQuery(range, width, zone);
                const BinTable table = engine.bin(q, m_input);
                ++checked;
                const QString where =
                    QStringLiteral("%1 %2 %3: ").arg(zoneName(zone), width.name(), describeRange(range, zone));
                if (table.binCount() == 0 || table.binCount() > 20'001) {
                    failures.append(where + QStringLiteral("%1 bins").arg(table.binCount()));
                    continue;
                }
                if (table.edges.front() > range.fromUs || table.edges.back() < range.toUs) {
                    failures.append(where + QStringLiteral("edges do not cover the range"));
                    continue;
                }
                const QString diff = bruteForceDifference(table, q, m_rows, m_input);
                if (!diff.isEmpty()) {
                    failures.append(where + diff);
                    continue;
                }
                qint64 inside = 0, sum = 0;
                for (const Lookup &r : m_rows)
                    inside += (r.ts >= table.edges.front() && r.ts < table.edges.back()) ? 1 : 0;
                for (qint64 c : table.series[0].counts)
                    sum += c;
                if (sum != inside)
                    failures.append(where +
                                    QStringLiteral("counts sum to %1, %2 lookups in the edges").arg(sum).arg(inside));
            }
        }
    }
    QVERIFY2(checked > 150, "too few ranges checked");
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
}

void TestTimelineEngine::emptyBinsAreListedWithZeroCounts()
{
    const QTimeZone utc = QTimeZone::utc();
    const auto at = [&](int h, int m, int s) { return usAt(QDate(2016, 7, 1), QTime(h, m, s), utc); };
    const TimelineEngine::Input input = makeInput({{1, at(10, 5, 0), namesOf(LookupField::Client, 1)},
                                                   {1, at(10, 10, 0), namesOf(LookupField::Client, 2)},
                                                   {1, at(11, 0, 0) - 1, namesOf(LookupField::Client, 1)},
                                                   {1, at(15, 0, 0), namesOf(LookupField::Client, 1)},
                                                   {1, at(15, 30, 0), namesOf(LookupField::Client, 2)}},
                                                  {QString(), QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")});
    TimelineEngine engine;
    BinQuery q = makeQuery(TimeRange{at(10, 0, 0), at(20, 0, 0)}, widthNamed("1h"));
    const BinTable table = engine.bin(q, input);
    QCOMPARE(table.binCount(), qsizetype(10));
    QCOMPARE(table.series.size(), qsizetype(1));
    QCOMPARE(table.series[0].counts, (QList<qint64>{3, 0, 0, 0, 0, 2, 0, 0, 0, 0}));
    QCOMPARE(table.series[0].total, qint64(5));

    q.split = LookupField::Client;
    const BinTable split = engine.bin(q, input);
    QCOMPARE(seriesNames(split), (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
    QCOMPARE(split.series[0].counts, (QList<qint64>{2, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
    QCOMPARE(split.series[1].counts, (QList<qint64>{1, 0, 0, 0, 0, 1, 0, 0, 0, 0}));

    // A range with no lookups at all still lists its bins.
    const BinTable empty = engine.bin(makeQuery(TimeRange{at(0, 0, 0), at(6, 0, 0)}, widthNamed("30m")), input);
    QCOMPARE(empty.binCount(), qsizetype(12));
    QCOMPARE(empty.series.size(), qsizetype(1));
    QCOMPARE(empty.series[0].counts, QList<qint64>(12, 0));
}

void TestTimelineEngine::splitKeepsTopKAndOther()
{
    // Per client, lookups per hour bin.
    struct Spec {
        quint32 client;
        std::array<int, 4> perBin;
    };
    const std::vector<Spec> specs = {
        {3, {3, 0, 4, 2}}, // 9
        {1, {1, 2, 0, 3}}, // 6
        {0, {0, 5, 0, 0}}, // 5, absent client
        {4, {1, 1, 1, 0}}, // 3
        {2, {0, 0, 0, 2}}, // 2
        {5, {0, 0, 1, 0}}, // 1
    };
    const QTimeZone utc = QTimeZone::utc();
    const qint64 start = usAt(QDate(2016, 2, 1), QTime(8, 0), utc);
    std::vector<Lookup> rows;
    for (const Spec &s : specs) {
        for (int b = 0; b < 4; ++b) {
            for (int j = 0; j < s.perBin[size_t(b)]; ++j) {
                // The first lookup of a bin sits exactly on its edge; datasets alternate.
                const qint64 ts = start + b * kHour + (j == 0 ? 0 : j * 7 * kMin + 13);
                rows.push_back({j % 2 == 0 ? 1 : 2, ts, namesOf(LookupField::Client, s.client)});
            }
        }
    }
    // Lookups outside the range do not count.
    rows.push_back({1, start - 1, namesOf(LookupField::Client, 5)});
    rows.push_back({2, start + 4 * kHour, namesOf(LookupField::Client, 5)});
    const TimelineEngine::Input input =
        makeInput(rows,
                  {QString(), QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3"),
                   QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.5")});
    TimelineEngine engine;
    BinQuery q = makeQuery(TimeRange{start, start + 4 * kHour}, widthNamed("1h"));
    q.split = LookupField::Client;

    q.topK = 3;
    BinTable t = engine.bin(q, input);
    QCOMPARE(t.binCount(), qsizetype(4));
    QCOMPARE(seriesNames(t),
             (QStringList{QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.1"), QStringLiteral("(none)"),
                          QStringLiteral("other")}));
    QCOMPARE(seriesTotals(t), (QList<qint64>{9, 6, 5, 6}));
    QCOMPARE(t.series[0].counts, (QList<qint64>{3, 0, 4, 2}));
    QCOMPARE(t.series[1].counts, (QList<qint64>{1, 2, 0, 3}));
    QCOMPARE(t.series[2].counts, (QList<qint64>{0, 5, 0, 0}));
    QCOMPARE(t.series[3].counts, (QList<qint64>{1, 1, 2, 2}));
    QVERIFY(!t.series[0].isOther && !t.series[1].isOther && !t.series[2].isOther);
    QVERIFY(t.series[3].isOther);
    QString diff = bruteForceDifference(t, q, rows, input);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    q.topK = 5;
    t = engine.bin(q, input);
    QCOMPARE(seriesNames(t),
             (QStringList{QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.1"), QStringLiteral("(none)"),
                          QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.2"), QStringLiteral("other")}));
    QCOMPARE(seriesTotals(t), (QList<qint64>{9, 6, 5, 3, 2, 1}));
    QCOMPARE(t.series[5].counts, (QList<qint64>{0, 0, 1, 0}));
    QVERIFY(t.series[5].isOther);

    for (int k : {6, 10}) {
        q.topK = k;
        t = engine.bin(q, input);
        QCOMPARE(seriesNames(t),
                 (QStringList{QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.1"), QStringLiteral("(none)"),
                              QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.5")}));
        QCOMPARE(seriesTotals(t), (QList<qint64>{9, 6, 5, 3, 2, 1}));
        for (const BinSeries &s : t.series)
            QVERIFY(!s.isOther);
        diff = bruteForceDifference(t, q, rows, input);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TestTimelineEngine::splitByDatasetUsesDatasetNames()
{
    const QTimeZone utc = QTimeZone::utc();
    const qint64 start = usAt(QDate(2016, 9, 1), QTime(0, 0), utc);
    std::vector<Lookup> rows;
    const auto add = [&](qint64 ds, int n) {
        for (int i = 0; i < n; ++i)
            rows.push_back({ds, start + i * 5 * kHour + ds, {}});
    };
    add(11, 4);
    add(22, 7);
    add(33, 2);
    const TimelineEngine::Input input =
        makeInput(rows, {QString()},
                  {{11, QStringLiteral("alpha")}, {22, QStringLiteral("beta")}, {33, QStringLiteral("gamma")}});
    TimelineEngine engine;
    BinQuery q = makeQuery(TimeRange{start, start + 2 * kDay}, BinWidth::calendar(BinWidth::Unit::Day));
    q.split = LookupField::Dataset;
    q.topK = 2;
    BinTable t = engine.bin(q, input);
    QCOMPARE(seriesNames(t), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("other")}));
    QCOMPARE(seriesTotals(t), (QList<qint64>{7, 4, 2}));
    QCOMPARE(t.series[0].counts, (QList<qint64>{5, 2}));
    QCOMPARE(t.series[2].counts, (QList<qint64>{2, 0}));
    QVERIFY(t.series[2].isOther);
    for (int k : {3, 5}) {
        q.topK = k;
        t = engine.bin(q, input);
        QCOMPARE(seriesNames(t),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
        QCOMPARE(seriesTotals(t), (QList<qint64>{7, 4, 2}));
        QVERIFY(!t.series.back().isOther);
    }
}

void TestTimelineEngine::filtersCombineWithAnd()
{
    // Exact: only one of the four lookups is both A and NXDOMAIN.
    const QTimeZone utc = QTimeZone::utc();
    const qint64 t0 = usAt(QDate(2016, 4, 4), QTime(4, 4), utc);
    const auto row = [&](int i, quint32 qtype, quint32 rcode) {
        Lookup r{1, t0 + i * kMin, {}};
        r.names[size_t(nameFieldIndex(LookupField::Qtype))] = qtype;
        r.names[size_t(nameFieldIndex(LookupField::Rcode))] = rcode;
        return r;
    };
    const TimelineEngine::Input small = makeInput({row(0, 1, 3), row(1, 1, 4), row(2, 2, 3), row(3, 2, 4)},
                                                  {QString(), QStringLiteral("A"), QStringLiteral("AAAA"),
                                                   QStringLiteral("NXDOMAIN"), QStringLiteral("NOERROR")});
    TimelineEngine engine;
    BinQuery q = makeQuery(TimeRange{t0, t0 + kHour}, widthNamed("1h"));
    q.filters = {{LookupField::Qtype, QStringLiteral("A")}, {LookupField::Rcode, QStringLiteral("NXDOMAIN")}};
    QCOMPARE(engine.bin(q, small).series.value(0).total, qint64(1));
    q.filters = {{LookupField::Qtype, QStringLiteral("A*")}, {LookupField::Rcode, QStringLiteral("NOERROR")}};
    QCOMPARE(engine.bin(q, small).series.value(0).total, qint64(2));
    q.filters = {{LookupField::Qtype, QStringLiteral("AAAA")}, {LookupField::Rcode, QStringLiteral("NOERROR")}};
    QCOMPARE(engine.bin(q, small).series.value(0).total, qint64(1));
    q.filters = {{LookupField::Rcode, QStringLiteral("NOERROR")}};
    QCOMPARE(engine.bin(q, small).series.value(0).total, qint64(2));

    // Random data: the AND of two filters against brute force, and narrower than either alone.
    const FieldFilter byType{LookupField::Qtype, QStringLiteral("a")};
    const FieldFilter byRcode{LookupField::Rcode, QStringLiteral("NX*")};
    const FieldFilter byClient{LookupField::Client, QStringLiteral("10.0.0.1?")};
    const FieldFilter byQname{LookupField::Qname, QStringLiteral("*.EXAMPLE.com")};
    const QTimeZone ny = zoneNamed("America/New_York");
    const auto totalWith = [&](const QList<FieldFilter> &filters) {
        BinQuery rq = makeQuery(std::nullopt, BinWidth::calendar(BinWidth::Unit::Week), ny);
        rq.filters = filters;
        const BinTable t = engine.bin(rq, m_input);
        const QString d = bruteForceDifference(t, rq, m_rows, m_input);
        return std::pair<qint64, QString>{t.series.value(0).total, d};
    };
    const auto [all, d0] = totalWith({});
    const auto [typeOnly, d1] = totalWith({byType});
    const auto [rcodeOnly, d2] = totalWith({byRcode});
    const auto [both, d3] = totalWith({byType, byRcode});
    const auto [four, d4] = totalWith({byType, byRcode, byClient, byQname});
    for (const QString &d : {d0, d1, d2, d3, d4})
        QVERIFY2(d.isEmpty(), qPrintable(d));
    QCOMPARE(all, qint64(m_rows.size()));
    QVERIFY(typeOnly > 0 && rcodeOnly > 0);
    QVERIFY(both > 0);
    QVERIFY(both < typeOnly && both < rcodeOnly);
    QVERIFY(four > 0 && four < both);
}

void TestTimelineEngine::globIsCaseInsensitiveWholeValue_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("glob");
    QTest::addColumn<bool>("matches");
    const int qname = int(LookupField::Qname), client = int(LookupField::Client), qtype = int(LookupField::Qtype);
    const QString a = QStringLiteral("a.example.com");
    QTest::newRow("suffix glob, other case") << qname << a << QStringLiteral("*.EXAMPLE.com") << true;
    QTest::newRow("a part is not enough") << qname << a << QStringLiteral("example") << false;
    QTest::newRow("a prefix is not enough") << qname << a << QStringLiteral("a.example") << false;
    QTest::newRow("a suffix is not enough") << qname << a << QStringLiteral("example.com") << false;
    QTest::newRow("whole value, upper case") << qname << a << QStringLiteral("A.EXAMPLE.COM") << true;
    QTest::newRow("? is one character") << qname << a << QStringLiteral("?.example.com") << true;
    QTest::newRow("?? is two characters") << qname << a << QStringLiteral("??.example.com") << false;
    QTest::newRow("set") << qname << a << QStringLiteral("[abc].example.com") << true;
    QTest::newRow("set, other case") << qname << a << QStringLiteral("[ABC].example.com") << true;
    QTest::newRow("set without it") << qname << a << QStringLiteral("[xyz].example.com") << false;
    QTest::newRow("negated set") << qname << a << QStringLiteral("[!a].example.com") << false;
    QTest::newRow("star inside") << qname << a << QStringLiteral("a.*.com") << true;
    QTest::newRow("star alone") << qname << a << QStringLiteral("*") << true;
    QTest::newRow("dot is literal") << qname << QStringLiteral("a.examplexcom") << QStringLiteral("a.example.com")
                                    << false;
    QTest::newRow("mixed-case value") << qname << QStringLiteral("Mail1.Trump-Email.COM")
                                      << QStringLiteral("mail1.trump-email.com") << true;
    QTest::newRow("client ?") << client << QStringLiteral("10.0.0.12") << QStringLiteral("10.0.0.1?") << true;
    QTest::newRow("client ? needs a character")
        << client << QStringLiteral("10.0.0.1") << QStringLiteral("10.0.0.1?") << false;
    QTest::newRow("qtype lower case") << qtype << QStringLiteral("AAAA") << QStringLiteral("aaaa") << true;
    QTest::newRow("qtype whole value") << qtype << QStringLiteral("A") << QStringLiteral("aaaa") << false;
}

void TestTimelineEngine::globIsCaseInsensitiveWholeValue()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, glob);
    QFETCH(bool, matches);
    const LookupField f = LookupField(field);
    // The value in the first hour, an unrelated one in the second.
    const qint64 t0 = usAt(QDate(2016, 8, 8), QTime(8, 0), QTimeZone::utc());
    const QString unrelated = QStringLiteral("zzz.unrelated");
    const TimelineEngine::Input input = makeInput(
        {{1, t0 + 17 * kMin, namesOf(f, 1)}, {1, t0 + kHour + kSec, namesOf(f, 2)}}, {QString(), value, unrelated});
    QCOMPARE(globMatches(glob, value), matches); // the brute-force matcher agrees with the table
    TimelineEngine engine;
    BinQuery q = makeQuery(TimeRange{t0, t0 + 2 * kHour}, widthNamed("1h"));
    q.filters = {{f, glob}};
    const BinTable t = engine.bin(q, input);
    QCOMPARE(t.series.value(0).counts, (QList<qint64>{matches ? 1 : 0, globMatches(glob, unrelated) ? 1 : 0}));
}

void TestTimelineEngine::filterAndSplitMatchBruteForce()
{
    TimelineEngine engine;
    QStringList failures;
    qsizetype checked = 0;
    const QList<QList<FieldFilter>> filterSets = {
        {},
        {{LookupField::Qtype, QStringLiteral("a*")}},
        {{LookupField::Client, QStringLiteral("10.0.0.[1-3]")}, {LookupField::Rcode, QStringLiteral("no*")}},
        {{LookupField::Qname, QStringLiteral("*.example.*")}, {LookupField::Server, QStringLiteral("*.*.*.?")}},
    };
    const QList<std::optional<TimeRange>> ranges = {std::nullopt,
                                                    TimeRange{m_bursts[0] - 2 * kHour, m_bursts[0] + 3 * kHour + 17},
                                                    TimeRange{m_spanFrom + 50 * kDay + 3, m_spanFrom + 190 * kDay}};
    for (const QTimeZone &zone : {QTimeZone::utc(), zoneNamed("America/New_York"), zoneNamed("Australia/Lord_Howe")}) {
        for (LookupField split : {LookupField::Dataset, LookupField::Client, LookupField::Qname, LookupField::Qtype,
                                  LookupField::Rcode, LookupField::Server}) {
            for (const QList<FieldFilter> &filters : filterSets) {
                for (const auto &range : ranges) {
                    for (int k : {2, 5}) {
                        BinQuery q = makeQuery(range, std::nullopt, zone);
                        q.split = split;
                        q.filters = filters;
                        q.topK = k;
                        const BinTable t = engine.bin(q, m_input);
                        ++checked;
                        const QString diff = bruteForceDifference(t, q, m_rows, m_input);
                        if (!diff.isEmpty())
                            failures.append(
                                QStringLiteral("%1 split %2 top %3, %4 filters, range %5: %6")
                                    .arg(zoneName(zone), lookupFieldName(split))
                                    .arg(k)
                                    .arg(filters.size())
                                    .arg(range ? describeRange(*range, zone) : QStringLiteral("extent"), diff));
                    }
                }
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
}

void TestTimelineEngine::rankRangeKeepsSeriesStableWhileZooming()
{
    const QTimeZone ny = zoneNamed("America/New_York");
    QRandomGenerator rng(8);
    std::vector<Lookup> rows;
    const auto add = [&](quint32 client, int n, QDate from, int days) {
        const qint64 start = usAt(from, QTime(0, 0), ny);
        for (int i = 0; i < n; ++i)
            rows.push_back(
                {1 + i % 2, start + randomBelow(rng, days * kDay - kHour), namesOf(LookupField::Client, client)});
    };
    add(1, 100, QDate(2016, 1, 1), 31); // A: 105, mostly in January
    add(1, 5, QDate(2016, 12, 1), 30);
    add(2, 10, QDate(2016, 1, 1), 31); // B: 60, mostly in December
    add(2, 50, QDate(2016, 12, 1), 30);
    add(3, 20, QDate(2016, 6, 1), 30); // C: 40
    add(3, 20, QDate(2016, 12, 1), 30);
    add(4, 3, QDate(2016, 12, 1), 30); // D: 3
    const TimelineEngine::Input input = makeInput(
        rows, {QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    const TimeRange extent = TimelineEngine::extent(input.datasets);
    const QStringList stable{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("other")};

    TimelineEngine engine;
    BinQuery q = makeQuery(std::nullopt, std::nullopt, ny);
    q.split = LookupField::Client;
    q.topK = 2;
    q.rankRange = extent;
    BinTable full = engine.bin(q, input);
    QCOMPARE(seriesNames(full), stable);
    QCOMPARE(seriesTotals(full), (QList<qint64>{105, 60, 43}));

    const QList<TimeRange> zooms = {
        {usAt(QDate(2016, 12, 1), QTime(0, 0), ny), usAt(QDate(2017, 1, 1), QTime(0, 0), ny)},
        {usAt(QDate(2016, 6, 1), QTime(0, 0), ny), usAt(QDate(2016, 7, 1), QTime(0, 0), ny)},
        {usAt(QDate(2016, 12, 10), QTime(6, 0), ny), usAt(QDate(2016, 12, 11), QTime(18, 0), ny)},
        {usAt(QDate(2016, 3, 1), QTime(0, 0), ny), usAt(QDate(2016, 3, 2), QTime(0, 0), ny)}, // no lookups
    };
    for (const TimeRange &zoom : zooms) {
        q.range = zoom;
        const BinTable t = engine.bin(q, input);
        QVERIFY2(seriesNames(t) == stable,
                 qPrintable(describeRange(zoom, ny) + QLatin1String(": ") + seriesNames(t).join(u',')));
        const QString diff = bruteForceDifference(t, q, rows, input);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    q.range = zooms[0];
    BinTable december = engine.bin(q, input);
    QCOMPARE(seriesTotals(december), (QList<qint64>{5, 50, 23}));

    // Without a ranking range the ranking follows the range.
    q.rankRange.reset();
    december = engine.bin(q, input);
    QCOMPARE(seriesNames(december), (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("other")}));
    QCOMPARE(seriesTotals(december), (QList<qint64>{50, 20, 8}));
    q.range.reset();
    full = engine.bin(q, input);
    QCOMPARE(seriesNames(full), stable);
}

void TestTimelineEngine::cachedSeriesFollowQueryChanges()
{
    const QTimeZone ny = zoneNamed("America/New_York");
    const TimeRange extent = TimelineEngine::extent(m_input.datasets);
    const TimeRange wide{m_spanFrom + 30 * kDay, m_spanFrom + 200 * kDay};
    const TimeRange inside{m_spanFrom + 60 * kDay + 5, m_spanFrom + 90 * kDay};
    const TimeRange burst{m_bursts[1] - kHour, m_bursts[1] + kHour};
    const FieldFilter typeA{LookupField::Qtype, QStringLiteral("A")};
    const FieldFilter typeAAAA{LookupField::Qtype, QStringLiteral("AAAA")};
    const FieldFilter client{LookupField::Client, QStringLiteral("10.0.0.[2-5]")};

    QList<BinQuery> queries;
    const auto add = [&](std::optional<TimeRange> range, std::optional<LookupField> split, int topK,
                         QList<FieldFilter> filters, std::optional<TimeRange> rank = std::nullopt,
                         const QTimeZone &zone = QTimeZone::utc()) {
        BinQuery q = makeQuery(range, std::nullopt, zone);
        q.split = split;
        q.topK = topK;
        q.filters = filters;
        q.rankRange = rank;
        queries.append(q);
    };
    add(std::nullopt, std::nullopt, 10, {});
    add(std::nullopt, LookupField::Client, 5, {});
    add(std::nullopt, LookupField::Client, 3, {});
    add(std::nullopt, LookupField::Qname, 3, {});
    add(std::nullopt, LookupField::Qname, 3, {typeA});
    add(std::nullopt, LookupField::Qname, 3, {typeAAAA});
    add(std::nullopt, LookupField::Qname, 3, {typeAAAA, client});
    add(std::nullopt, std::nullopt, 3, {typeAAAA, client});
    add(std::nullopt, std::nullopt, 3, {});
    add(wide, LookupField::Dataset, 2, {});
    add(wide, LookupField::Dataset, 2, {typeA});
    add(wide, LookupField::Client, 4, {}, extent);
    add(inside, LookupField::Client, 4, {}, extent);
    add(burst, LookupField::Client, 4, {}, extent, ny);
    add(burst, LookupField::Client, 4, {});
    add(inside, LookupField::Client, 4, {});
    add(inside, LookupField::Client, 4, {}, wide);
    add(inside, LookupField::Client, 4, {}, wide, ny);
    add(inside, LookupField::Rcode, 4, {client}, wide, ny);
    add(inside, LookupField::Rcode, 1, {client}, wide, ny);
    add(std::nullopt, std::nullopt, 10, {});

    TimelineEngine::Input twoDatasets = m_input;
    twoDatasets.datasets.removeLast();
    TimelineEngine reused;
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < queries.size(); ++i) {
            for (const TimelineEngine::Input *input : {&m_input, &twoDatasets}) {
                const BinTable got = reused.bin(queries[i], *input);
                const BinTable fresh = TimelineEngine().bin(queries[i], *input);
                const QString diff = tableDifference(got, fresh);
                QVERIFY2(diff.isEmpty(),
                         qPrintable(QStringLiteral("round %1 query %2 (%3 datasets): %4")
                                        .arg(round)
                                        .arg(i)
                                        .arg(input->datasets.size())
                                        .arg(diff)));
                const QString brute = bruteForceDifference(got, queries[i], m_rows, *input);
                QVERIFY2(brute.isEmpty(), qPrintable(QStringLiteral("query %1: %2").arg(i).arg(brute)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTimelineEngine)
#include "tst_timeline_engine.moc"

void TestTimelineEngine::excludedPairsDropExactlyTheirLookups()
{
    // Two (client, qname) pairs left out of the random lookups, with a filter and a split:
    // every series loses exactly the brute-force count of those pairs' matching lookups.
    const auto &names = *m_input.names;
    const auto idOf = [&](const char *text) {
        return quint32(std::find(names.begin(), names.end(), QString::fromLatin1(text)) - names.begin());
    };
    const QList<ClientQnamePair> excluded = {{QStringLiteral("10.0.0.1"), QStringLiteral("a.example.com")},
                                             {QStringLiteral("10.0.0.3"), QStringLiteral("mail1.trump-email.com")},
                                             {QStringLiteral("10.0.0.9"), QStringLiteral("no.such.name")}};
    const size_t client = size_t(nameFieldIndex(LookupField::Client)),
                 qname = size_t(nameFieldIndex(LookupField::Qname));
    const std::set<std::pair<quint32, quint32>> ids = {{idOf("10.0.0.1"), idOf("a.example.com")},
                                                       {idOf("10.0.0.3"), idOf("mail1.trump-email.com")}};
    TimelineEngine engine;
    BinQuery q = makeQuery(std::nullopt, widthNamed("1d"));
    q.filters = {{LookupField::Rcode, QStringLiteral("NO*")}};
    q.split = LookupField::Qtype;
    const BinTable before = engine.bin(q, m_input);
    q.excludedPairs = excluded;
    QCOMPARE(TimelineEngine::neededNameColumns(q).size(), 4); // qtype, rcode, client and qname
    const BinTable after = engine.bin(q, m_input);
    qint64 dropped = 0, matching = 0;
    for (const Lookup &r : m_rows) {
        if (!passesFilters(r, q.filters, m_input))
            continue;
        ++matching;
        dropped += ids.contains({r.names[client], r.names[qname]});
    }
    QVERIFY(dropped > 20);
    const auto sum = [](const BinTable &t) {
        qint64 n = 0;
        for (const BinSeries &s : t.series)
            n += s.total;
        return n;
    };
    QCOMPARE(sum(before), matching);
    QCOMPARE(sum(after), matching - dropped);
    q.excludedPairs.clear(); // the cache follows the exclusions
    QCOMPARE(sum(engine.bin(q, m_input)), matching);
}
