// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_pair_gaps.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_url.h"
#include "export_view.h"
#include "failure.h"
#include "pair_gaps_builder.h"

#include <QTest>

// What reaches ClickHouse's SQL text, without a server: the one escaping function, glob
// translation, RowBinary and the URL form. tst_clickhouse_store checks the same against a
// real server (round trips of these strings, globs matched by the server).
class TstClickHouseSql : public QObject {
    Q_OBJECT

private slots:
    void quoteEscapesEverythingSpecial_data();
    void quoteEscapesEverythingSpecial();
    void identifiersAreStrict();
    void globsBecomeAnchoredCaseInsensitiveRegexes();
    void globConditionHandlesAbsentValues();
    void rowBinaryRoundTrips();
    void rowBinaryRejectsTruncatedAnswers();
    void serverPairGapsReadAsTheBuilderFindsThem();
    void serverPairGapsThatDoNotFitAreRefused();
    void urlsParse();
    void badUrlsAreRefusedClearly();
};

void TstClickHouseSql::quoteEscapesEverythingSpecial_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QByteArray("example.com") << QByteArray("'example.com'");
    QTest::newRow("quote") << QByteArray("o'brien") << QByteArray("'o\\'brien'");
    QTest::newRow("quote-injection") << QByteArray("x' OR 1=1; DROP TABLE t; --")
                                     << QByteArray("'x\\' OR 1=1; DROP TABLE t; --'");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\\\b'");
    QTest::newRow("backslash-quote") << QByteArray("\\'") << QByteArray("'\\\\\\''");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray("'a\\0b'");
    QTest::newRow("newlines") << QByteArray("a\nb\r\tc") << QByteArray("'a\\nb\\r\\tc'");
    QTest::newRow("control") << QByteArray("\x01\x1f\x7f") << QByteArray("'\\x01\\x1F\\x7F'");
    QTest::newRow("like-and-glob") << QByteArray("%_*?[];") << QByteArray("'%_*?[];'");
    QTest::newRow("utf8") << QByteArray("b\xc3\xbc"
                                        "cher.de")
                          << QByteArray("'b\xc3\xbc"
                                        "cher.de'");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
}

void TstClickHouseSql::quoteEscapesEverythingSpecial()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, literal);
    QCOMPARE(ClickHouseSql::quote(QByteArrayView(raw)), literal);
    // No unescaped quote can end the literal early.
    const QByteArray inner = literal.mid(1, literal.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\\')
            ++i;
        else
            QVERIFY2(inner[i] != '\'', literal.constData());
    }
    QCOMPARE(ClickHouseSql::quote(QString::fromUtf8(raw)), ClickHouseSql::quote(QByteArrayView(raw)));
}

void TstClickHouseSql::identifiersAreStrict()
{
    QVERIFY(ClickHouseSql::isIdentifier(QStringLiteral("dns_2016")));
    QVERIFY(ClickHouseSql::isIdentifier(QStringLiteral("_x")));
    for (const char *bad : {"", "1abc", "a-b", "a b", "a;drop", "a`b", "a.b", "ü"})
        QVERIFY2(!ClickHouseSql::isIdentifier(QString::fromUtf8(bad)), bad);
}

void TstClickHouseSql::globsBecomeAnchoredCaseInsensitiveRegexes()
{
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("*.example.com")),
             QByteArray("(?i)\\A(?:[^\\n]*\\.example\\.com)\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("mail?")), QByteArray("(?i)\\A(?:mail[^\\n])\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("[a-c]x")), QByteArray("(?i)\\A(?:[a-c]x)\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("[!0-9]")), QByteArray("(?i)\\A(?:[^0-9])\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("a(b)|c+")), QByteArray("(?i)\\A(?:a\\(b\\)\\|c\\+)\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QString::fromUtf8("b\xc3\xbc")), QByteArray("(?i)\\A(?:b\xc3\xbc)\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("a\nb")), QByteArray("(?i)\\A(?:a\\nb)\\z"));
    QCOMPARE(ClickHouseSql::globRegex(QStringLiteral("[")), QByteArray("(?i)\\A(?:\\[)\\z"));
}

void TstClickHouseSql::globConditionHandlesAbsentValues()
{
    QCOMPARE(ClickHouseSql::globCondition("qname", QStringLiteral("*")), QByteArray("1"));
    const QByteArray c = ClickHouseSql::globCondition("qname", QStringLiteral("it's*"));
    QVERIFY(c.startsWith("(qname != '' AND match(qname, '"));
    QVERIFY(c.contains("it\\\\\\'s")); // the regex's \' escaped again for the literal
}

void TstClickHouseSql::rowBinaryRoundTrips()
{
    QByteArray out;
    ClickHouseRows::putU8(out, 7);
    ClickHouseRows::putU32(out, 0xdeadbeef);
    ClickHouseRows::putU64(out, 1'468'800'000'123'456ULL);
    const QByteArray longText(300, 'x');
    ClickHouseRows::putBytes(out, longText);
    ClickHouseRows::putBytes(out, QByteArray("a\0b", 3));
    QCOMPARE(out.size(), 1 + 4 + 8 + 2 + 300 + 1 + 3);
    ClickHouseRows in(out);
    QCOMPARE(in.u8(), quint8(7));
    QCOMPARE(in.u32(), 0xdeadbeefU);
    QCOMPARE(in.u64(), 1'468'800'000'123'456ULL);
    QCOMPARE(in.bytes(), longText);
    QCOMPARE(in.bytes(), QByteArray("a\0b", 3));
    QVERIFY(in.atEnd());
}

void TstClickHouseSql::rowBinaryRejectsTruncatedAnswers()
{
    const QByteArray shortInt("\x01\x02", 2);
    ClickHouseRows a(shortInt);
    QVERIFY_THROWS_EXCEPTION(Failure, a.u32());
    const QByteArray longClaim("\x05"
                               "ab",
                               3);
    ClickHouseRows b(longClaim);
    QVERIFY_THROWS_EXCEPTION(Failure, b.bytes());
}

namespace {
constexpr qint64 kSec = 1'000'000;

// One row of ClickHousePairGaps' answer for the pair of client hash 1 and qname hash `qname`:
// its gaps (poll gaps when `polls`, else the gaps between its lookups) in PairGaps' encoding.
QByteArray pairGapsRow(quint64 qname, bool onePair, qint64 lookups, qint64 firstUs, bool polls,
                       const std::vector<qint64> &gaps)
{
    QByteArray row;
    ClickHouseRows::putU64(row, 1);
    ClickHouseRows::putU64(row, qname);
    ClickHouseRows::putU8(row, onePair);
    ClickHouseRows::putU64(row, quint64(lookups));
    ClickHouseRows::putU64(row, quint64(firstUs));
    ClickHouseRows::putU8(row, polls);
    ClickHouseRows::putLength(row, gaps.size());
    std::vector<qint64> longGaps;
    for (qint64 g : gaps) {
        ClickHouseRows::putU32(row, quint32(std::min<qint64>(g, PairGaps::kLongGap)));
        if (g >= qint64(PairGaps::kLongGap))
            longGaps.push_back(g);
    }
    ClickHouseRows::putLength(row, longGaps.size());
    for (qint64 g : longGaps)
        ClickHouseRows::putU64(row, quint64(g));
    return row;
}

std::vector<qint64> gapsOf(const std::vector<qint64> &times)
{
    std::vector<qint64> out;
    for (size_t i = 1; i < times.size(); ++i)
        out.push_back(times[i] - times[i - 1]);
    return out;
}
} // namespace

void TstClickHouseSql::serverPairGapsReadAsTheBuilderFindsThem()
{
    // A beacon with A+AAAA polls and a gap of two hours, whose polls the server found; a chain
    // of lookups 0.6 s apart, whose lookups' gaps the server sent for the polls to be found here.
    const qint64 t0 = 1'500'000'000 * kSec;
    const std::vector<qint64> beacon{t0,
                                     t0 + 300'000,
                                     t0 + 300 * kSec,
                                     t0 + 600 * kSec,
                                     t0 + 600 * kSec,
                                     t0 + 7800 * kSec,
                                     t0 + 8100 * kSec,
                                     t0 + 8400 * kSec,
                                     t0 + 8400 * kSec + 999'999};
    const std::vector<qint64> chain{t0,
                                    t0 + 600'000,
                                    t0 + 1'200'000,
                                    t0 + 1'800'000,
                                    t0 + 90 * kSec,
                                    t0 + 90 * kSec + 600'000,
                                    t0 + 90 * kSec + 1'200'000,
                                    t0 + 9000 * kSec};
    PairTimes times;
    times.pairs = {{1, 2, 0, qint64(beacon.size())},
                   {1, 3, qint64(beacon.size()), qint64(beacon.size() + chain.size())}};
    times.times = beacon;
    times.times.insert(times.times.end(), chain.begin(), chain.end());
    for (qint64 minLookups : {1, 6, 8}) {
        const PairGaps expected = PairGapsBuilder::fromTimes(times, minLookups);
        QCOMPARE(expected.pairs.size(), size_t(2));
        const PairGaps::Pair &polled = expected.pairs[0].qname == 2 ? expected.pairs[0] : expected.pairs[1];
        std::vector<qint64> pollGaps;
        polled.expand(pollGaps);
        QVERIFY(pollGaps.size() + 1 < beacon.size() || minLookups > 6); // 6 polls: fewer than 8, every lookup
        const QByteArray answer = pairGapsRow(2, true, qint64(beacon.size()), t0, true, pollGaps) +
            pairGapsRow(3, true, qint64(chain.size()), t0, false, gapsOf(chain));
        const auto got = ClickHousePairGaps::read(answer, minLookups, [](quint64 h) { return quint32(h); });
        QVERIFY(got);
        QCOMPARE(got->pairs.size(), size_t(2));
        for (const PairGaps::Pair &want : expected.pairs) {
            const auto it = std::find_if(got->pairs.begin(), got->pairs.end(),
                                         [&](const PairGaps::Pair &p) { return p.qname == want.qname; });
            QVERIFY(it != got->pairs.end());
            QCOMPARE(it->client, want.client);
            QCOMPARE(it->lookups, want.lookups);
            QCOMPARE(it->firstPollUs, want.firstPollUs);
            std::vector<qint64> gotGaps, wantGaps;
            it->expand(gotGaps);
            want.expand(wantGaps);
            QCOMPARE(gotGaps, wantGaps);
            QCOMPARE(it->longGaps, want.longGaps);
        }
    }
    // A key that two pairs share: asked again by both hashes.
    QVERIFY(!ClickHousePairGaps::read(pairGapsRow(2, false, 3, t0, true, {kSec, kSec}), 2,
                                      [](quint64 h) { return quint32(h); }));
    QVERIFY(ClickHousePairGaps::sql("t", "1", 1, ClickHousePairGaps::Keys::Exact).contains("HAVING count() >= 2"));
    QVERIFY(ClickHousePairGaps::sql("t", "1", 6, ClickHousePairGaps::Keys::Mixed).contains("bitXor(client_h"));
}

void TstClickHouseSql::serverPairGapsThatDoNotFitAreRefused()
{
    const auto idOf = [](quint64 h) { return quint32(h); };
    QByteArray longWithoutItsValue = pairGapsRow(2, true, 3, 0, true, {kSec, 2 * kSec});
    longWithoutItsValue.replace(longWithoutItsValue.size() - 5, 4, "\xff\xff\xff\xff"); // the last gap says kLongGap
    for (const QByteArray &bad : {pairGapsRow(2, true, 3, 0, true, {kSec, kSec, kSec}), // more gaps than lookups
                                  pairGapsRow(2, true, 5, 0, false, {kSec, kSec}),      // lookups' gaps missing
                                  longWithoutItsValue, pairGapsRow(2, true, 3, 0, true, {kSec, kSec}).chopped(1)}) {
        try {
            ClickHousePairGaps::read(bad, 2, idOf);
            QFAIL("an answer that does not fit its pairs was read");
        } catch (const Failure &e) {
            QCOMPARE(e.kind(), Failure::Kind::Corrupt);
        }
    }
}

void TstClickHouseSql::urlsParse()
{
    const ClickHouseUrl u = ClickHouseUrl::parse(
        QStringLiteral("clickhouse://db.example.org:18123/"
                       "dns_logs?cluster=dnstl&user=ana&password=p%26w&shards=h1:1,h2:2&timeout=2.5"));
    QCOMPARE(u.host, QStringLiteral("db.example.org"));
    QCOMPARE(u.port, 18123);
    QCOMPARE(u.database, QStringLiteral("dns_logs"));
    QCOMPARE(u.cluster, QStringLiteral("dnstl"));
    QCOMPARE(u.user, QStringLiteral("ana"));
    QCOMPARE(u.password, QStringLiteral("p&w"));
    QCOMPARE(u.shards.size(), 2);
    QCOMPARE(u.shards[1], (QPair<QString, int>(QStringLiteral("h2"), 2)));
    QCOMPARE(u.timeoutMs, 2500);
    QVERIFY(!u.display().contains(QLatin1String("p&w")));
    const ClickHouseUrl again = ClickHouseUrl::parse(u.display()); // all but the password
    QCOMPARE(again.display(), u.display());
    QCOMPARE(again.user, u.user);
    QCOMPARE(again.shards, u.shards);
    QCOMPARE(again.timeoutMs, u.timeoutMs);
    QVERIFY(again.password.isEmpty());
    QCOMPARE(defaultChartTitle(u.display()), QStringLiteral("dns_logs")); // not "dns_logs?cluster=…"
    QCOMPARE(defaultChartTitle(QStringLiteral("/data/sample.v2.dnstl")), QStringLiteral("sample.v2"));
    const ClickHouseUrl d = ClickHouseUrl::parse(QStringLiteral("clickhouse://localhost"));
    QCOMPARE(d.port, 8123);
    QCOMPARE(d.database, QStringLiteral("dnstimeline"));
    QVERIFY(ClickHouseUrl::looksLike(QStringLiteral("ClickHouse://x")));
    QVERIFY(!ClickHouseUrl::looksLike(QStringLiteral("/tmp/clickhouse://x.dnstl")));
}

void TstClickHouseSql::badUrlsAreRefusedClearly()
{
    for (const char *bad :
         {"clickhouse:///db", "clickhouse://h/bad-name", "clickhouse://h/db?cluster=a;b",
          "clickhouse://h/db?colour=red", "clickhouse://h/db?timeout=-1", "clickhouse://h/db?shards=h"}) {
        try {
            ClickHouseUrl::parse(QString::fromLatin1(bad));
            QFAIL(bad);
        } catch (const Failure &e) {
            QVERIFY2(e.message().contains(QLatin1String("clickhouse://HOST:PORT/DATABASE")), qPrintable(e.message()));
        }
    }
}

QTEST_GUILESS_MAIN(TstClickHouseSql)
#include "tst_clickhouse_sql.moc"
