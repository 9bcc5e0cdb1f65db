// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dnsmasq / Pi-hole log importer: queries with the outcome of the lines that follow,
// syslog years and New Year, malformed lines, and runImport recognising the format.
#include "dnsmasq_log_importer.h"
#include "importer_test_support.h"

#include <QRandomGenerator>

using namespace importer_test;

namespace {
ImportReport readFixture(const char *name, RecordingSink &sink, const ImportOptions &options = inYear(2024),
                         const ProgressFn &progress = {})
{
    return readFile(DnsmasqLogImporter(), fixture("dnsmasq", name), sink, options, progress);
}
} // namespace

class TestDnsmasqImporter : public QObject {
    Q_OBJECT

private slots:
    void attachesTheFirstOutcomeToEachQuery()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("pihole.log", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 9);
        const QList<QByteArrayList> expected = {
            {"192.168.1.10", "example.com", "A", "NOERROR", "8.8.8.8"},
            {"192.168.1.11", "missing.example", "AAAA", "NXDOMAIN", "127.0.0.1"},
            {"192.168.1.12", "ads.example", "A", "BLOCKED-GRAVITY", ""},
            {"fe80::1", "example.com", "A", "NOERROR", ""},
            {"127.0.0.1", "pi.hole", "A", "NOERROR", ""},
            {"192.168.1.10", "cdn.example", "A", "NOERROR", "1.1.1.1"},
            {"192.168.1.10", "cdn.example", "AAAA", "NOERROR", "1.1.1.1"},
            {"192.168.1.13", "extra.example", "TXT", "NXDOMAIN", ""},
            {"192.168.1.14", "silent.example", "A", "", ""},
        };
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i]);
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-01-05T13:45:01Z"));
    }

    // Every reply kind Debian's dnsmasq 2.90 writes for a lookup (make_real_logs.sh), plain and
    // with log-queries=extra (outcomes matched by serial): reply, cached, cached-stale,
    // reply error, config, a hosts file, DHCP, reverse lookups whose lines name the address.
    void mapsEveryReplyKindOfARealDnsmasqLog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("real_plain.log");
        QTest::newRow("extra") << QStringLiteral("real_extra.log");
    }

    void mapsEveryReplyKindOfARealDnsmasqLog()
    {
        QFETCH(QString, file);
        RecordingSink sink;
        const ImportReport r = readFixture(qPrintable(file), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        const QByteArray up = "127.0.0.1", local = "";
        const QList<QByteArrayList> expected = {
            {"example.org", "A", "NOERROR", up},                     // reply
            {"example.org", "A", "NOERROR", local},                  // cached
            {"example.org", "AAAA", "REFUSED", up},                  // reply error is REFUSED
            {"www.example.net", "A", "NOERROR", up},                 // reply
            {"alias.example.net", "A", "NOERROR", up},               // <CNAME>
            {"example.org", "MX", "NOERROR", up},                    // <MX>
            {"example.org", "TXT", "NOERROR", up},                   // text
            {"blocked.example", "A", "NOERROR", local},              // config ... is 0.0.0.0
            {"nx.example", "A", "NXDOMAIN", local},                  // config ... is NXDOMAIN
            {"pi.hole", "A", "NOERROR", local},                      // a hosts file
            {"laptop", "A", "NOERROR", local},                       // a hosts file
            {"10.1.168.192.in-addr.arpa", "PTR", "NOERROR", local},  // hosts file 192.168.1.10 is ...
            {"99.1.168.192.in-addr.arpa", "PTR", "NXDOMAIN", local}, // config 192.168.1.99 is NXDOMAIN
            {"7.113.0.203.in-addr.arpa", "PTR", "NXDOMAIN", local},  // config 203.0.113.7 is NXDOMAIN
            {"1.0.0.127.in-addr.arpa", "PTR", "NXDOMAIN", local},    // config 127.0.0.1 is NXDOMAIN
            {"20.0.99.10.in-addr.arpa", "PTR", "NOERROR", local},    // DHCP 10.99.0.20 is printer.lan
            {"printer.lan", "A", "NOERROR", local},                  // DHCP printer.lan is 10.99.0.20
            {"dead.example", "A", "", up},                           // forwarded, never answered
            {"example.org", "A", "NOERROR", local},                  // cached-stale
            {"localhost", "A", "NXDOMAIN", local},                   // config localhost is NXDOMAIN
        };
        QCOMPARE(sink.lookups.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const RecordingSink::Lookup &l = sink.lookups[i];
            QCOMPARE((QByteArrayList{l.qname, l.qtype, l.rcode, l.server}), expected[i]);
            QCOMPARE(l.client, QByteArray("127.0.0.1"));
        }
    }

    // An authoritative zone's queries are `auth[TYPE]` lines; their answers may name the address
    // first ("config 198.51.100.80 is www.auth.example") or say "reply error" without a forward.
    void readsAuthoritativeQueriesOfARealLog()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("real_auth.log", sink);
        QCOMPARE(r.rejected, 0);
        const QList<QByteArrayList> expected = {
            {"www.auth.example", "A", "NOERROR"},
            {"nope.auth.example", "A", "NXDOMAIN"},
            {"example.org", "A", "REFUSED"},
            {"www.auth.example", "AAAA", ""},
        };
        QCOMPARE(sink.lookups.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE((QByteArrayList{sink.lookups[i].qname, sink.lookups[i].qtype, sink.lookups[i].rcode}),
                     expected[i]);
    }

    // Pi-hole's own forms (FTL v5 and v6 spellings), EDE suffixes and rcode numbers.
    void mapsPiholeBlocksAndRcodeWords_data()
    {
        QTest::addColumn<QByteArray>("outcome");
        QTest::addColumn<QByteArray>("rcode");
        QTest::newRow("gravity") << QByteArray("gravity blocked q.example is 0.0.0.0") << QByteArray("BLOCKED-GRAVITY");
        QTest::newRow("regex v5") << QByteArray("regex blacklisted q.example is 0.0.0.0")
                                  << QByteArray("BLOCKED-REGEX");
        QTest::newRow("regex v6") << QByteArray("regex denied q.example is NODATA") << QByteArray("BLOCKED-REGEX");
        QTest::newRow("exact v5") << QByteArray("exactly blacklisted q.example is ::") << QByteArray("BLOCKED-EXACT");
        QTest::newRow("exact v6") << QByteArray("exactly denied q.example is 0.0.0.0") << QByteArray("BLOCKED-EXACT");
        QTest::newRow("bare blacklisted")
            << QByteArray("blacklisted q.example is 0.0.0.0") << QByteArray("BLOCKED-EXACT");
        QTest::newRow("special") << QByteArray("special domain q.example is NXDOMAIN") << QByteArray("BLOCKED-SPECIAL");
        QTest::newRow("canary") << QByteArray("Mozilla canary domain q.example is NXDOMAIN")
                                << QByteArray("BLOCKED-SPECIAL");
        QTest::newRow("relay") << QByteArray("Apple iCloud Private Relay domain q.example is NXDOMAIN")
                               << QByteArray("BLOCKED-SPECIAL");
        QTest::newRow("ddr") << QByteArray("Designated Resolver domain q.example is NODATA")
                             << QByteArray("BLOCKED-SPECIAL");
        QTest::newRow("pi-hole hostname")
            << QByteArray("Pi-hole hostname q.example is 192.168.1.2") << QByteArray("NOERROR");
        QTest::newRow("servfail with EDE")
            << QByteArray("reply q.example is SERVFAIL (EDE: network error)") << QByteArray("SERVFAIL");
        QTest::newRow("not implemented") << QByteArray("reply q.example is not implemented") << QByteArray("NOTIMP");
        QTest::newRow("formerr") << QByteArray("reply q.example is FORMERR") << QByteArray("FORMERR");
        QTest::newRow("number") << QByteArray("reply q.example is 9") << QByteArray("NOTAUTH");
        QTest::newRow("nodata") << QByteArray("reply q.example is NODATA-IPv6") << QByteArray("NOERROR");
        QTest::newRow("stale") << QByteArray("cached-stale q.example is 192.0.2.1") << QByteArray("NOERROR");
    }

    void mapsPiholeBlocksAndRcodeWords()
    {
        QFETCH(QByteArray, outcome);
        QFETCH(QByteArray, rcode);
        RecordingSink sink;
        readBytes(DnsmasqLogImporter(),
                  "Jan  5 13:45:01 pihole-FTL[812]: query[A] q.example from 10.0.0.9\n"
                  "Jan  5 13:45:01 pihole-FTL[812]: " +
                      outcome + '\n',
                  sink, inYear(2024));
        QCOMPARE(sink.lookups.size(), 1);
        QCOMPARE(sink.lookups[0].rcode, rcode);
    }

    // Real dnsmasq 2.90 output (make_answers_fixture.sh): each reply's lines become the answers
    // of its query, CNAME chains included; a partial cache hit that dnsmasq forwards takes the
    // forwarded reply; dnsmasq logs no TTLs.
    void keepsTheRecordsOfEachReply()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("answers.log", sink, inYear(2026));
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 10);
        const QList<std::pair<QByteArrayList, QByteArrayList>> expected = {
            {{"127.0.0.1", "www.example", "A", "NOERROR", "127.0.0.1"},
             {"CNAME edge.cdn.example -1", "A 203.0.113.5 -1"}},
            {{"127.0.0.1", "www.example", "AAAA", "NOERROR", "127.0.0.1"},
             {"CNAME edge.cdn.example -1", "AAAA 2001:db8::5 -1"}},
            {{"127.0.0.1", "ads.example", "A", "NOERROR", "127.0.0.1"}, {"A 0.0.0.0 -1"}},
            {{"127.0.0.1", "multi.example.test", "A", "NOERROR", "127.0.0.1"}, {"A 192.0.2.1 -1", "A 192.0.2.2 -1"}},
            {{"127.0.0.1", "example.test", "MX", "NOERROR", "127.0.0.1"}, {"MX  -1"}}, // shown as <MX>
            {{"127.0.0.1", "example.test", "TXT", "NOERROR", "127.0.0.1"}, {"TXT \"v=spf1 -all\" -1"}},
            {{"127.0.0.1", "_sip._udp.example.test", "SRV", "NOERROR", "127.0.0.1"}, {"SRV  -1"}},
            {{"127.0.0.1", "nothere.example.test", "A", "NXDOMAIN", "127.0.0.1"}, {}},
            {{"127.0.0.1", "multi.example.test", "AAAA", "NOERROR", "127.0.0.1"}, {}}, // NODATA-IPv6
            {{"127.0.0.1", "www.example", "A", "NOERROR", ""}, {"CNAME edge.cdn.example -1", "A 203.0.113.5 -1"}},
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i].first);
            QCOMPARE(sink.lookups[i].answers, expected[i].second);
        }
        // The hand-written Pi-hole log: a CNAME chain, a blocked name's 0.0.0.0, a local list.
        RecordingSink pihole;
        QVERIFY(!readFixture("pihole.log", pihole).error);
        QCOMPARE(pihole.lookups[2].answers, QByteArrayList{"A 0.0.0.0 -1"});
        QCOMPARE(pihole.lookups[4].answers, QByteArrayList{"A 192.168.1.2 -1"});
        QCOMPARE(pihole.lookups[5].answers, (QByteArrayList{"CNAME edge.cdn.net -1", "A 203.0.113.5 -1"}));
        QCOMPARE(pihole.lookups[6].answers, QByteArrayList{"CNAME edge.cdn.net -1"}); // NODATA-IPv6 at the end
    }

    void skipsOtherProgramsAndReadsHostNames()
    {
        RecordingSink sink;
        ImportOptions options = inYear(2023);
        options.zone = QTimeZone("America/New_York");
        const ImportReport r = readFixture("syslog_host.log", sink, options);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-03-03T13:00:02Z"));
        QCOMPARE(sink.lookups[0].server, "10.0.0.1");
    }

    void rollsOverAtNewYear()
    {
        RecordingSink sink;
        readFixture("new_year.log", sink, inYear(2023));
        QCOMPARE(sink.lookups.size(), 5);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-12-31T23:59:58Z"));
        QCOMPARE(sink.lookups[2].tsUs, utc("2024-01-01T00:00:01Z"));
        QCOMPARE(sink.lookups[3].tsUs, utc("2023-12-31T23:59:59Z")); // a straggler stays in 2023
        QCOMPARE(sink.lookups[4].tsUs, utc("2024-01-01T00:00:02Z"));
    }

    void takesTheYearFromTheFileTimeWithoutYearOption()
    {
        RecordingSink sink;
        ImportOptions options;
        options.fileModifiedUs = utc("2024-01-01T00:05:00Z"); // written just after New Year
        readFixture("new_year.log", sink, options);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-12-31T23:59:58Z"));
        QCOMPARE(sink.lookups[4].tsUs, utc("2024-01-01T00:00:02Z"));
        options.fileModifiedUs = utc("2025-06-01T00:00:00Z");
        RecordingSink later;
        readFixture("new_year.log", later, options);
        QCOMPARE(later.lookups[0].tsUs, utc("2024-12-31T23:59:58Z"));
    }

    void rejectsMalformedLinesWithLineNumbers()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("malformed.log", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 6);
        QCOMPARE(issueLines(r), (QList<qint64>{2, 3, 4, 5, 6, 7}));
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("Feb 30")));
    }

    void strictModeFailsOnTheFirstMalformedLine()
    {
        RecordingSink sink;
        ImportOptions options = inYear(2024);
        options.strict = true;
        const ImportReport r = readFixture("malformed.log", sink, options);
        QVERIFY(r.error && r.error->message().startsWith(QLatin1String("line 2:")));
    }

    void rejectsATruncatedLastLine()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("truncated_last_line.log", sink);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.firstIssues[0].line, 2);
    }

    void survivesEmptyInputAndBinaryGarbage()
    {
        QByteArray garbage(256 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(11);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        for (const QByteArray &bytes : {QByteArray(), garbage}) {
            RecordingSink sink;
            const ImportReport r = readBytes(DnsmasqLogImporter(), bytes, sink);
            QCOMPARE(r.records, 0);
            QVERIFY(!r.error);
        }
        QVERIFY(!DnsmasqLogImporter().sniff(garbage.first(64 * 1024)));
    }

    void cancelsWhenProgressSaysSo()
    {
        RecordingSink sink;
        const ImportReport r =
            readFixture("pihole.log", sink, inYear(2024), [](const ImportProgress &) { return false; });
        QVERIFY(r.cancelled);
        QCOMPARE(sink.lookups.size(), 0);
    }

    void runImportRecognisesEveryDnsmasqFixture_data()
    {
        addFormatRows("dnsmasq",
                      {"pihole.log", "syslog_host.log", "new_year.log", "malformed.log", "real_plain.log",
                       "real_extra.log", "real_auth.log", "answers.log"},
                      QStringLiteral("dnsmasq"));
    }

    void runImportRecognisesEveryDnsmasqFixture() { importsAsItsFormat(); }
};

QTEST_GUILESS_MAIN(TestDnsmasqImporter)
#include "tst_dnsmasq_importer.moc"
