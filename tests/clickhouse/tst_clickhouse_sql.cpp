// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_url.h"
#include "export_view.h"
#include "failure.h"

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
