// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Suricata EVE importer: EVE DNS versions 1, 2 and 3 paired into lookups with their
// answers, other event types skipped and counted, every malformed case by line, and runImport
// recognising the format. The fixtures are written from Suricata's documentation of the EVE
// format (tests/data/suricata/README); expected_counts.tsv holds the counts jq finds in them.
#include "importer_registry.h"
#include "importer_test_support.h"
#include "suricata_eve_importer.h"

using namespace importer_test;

namespace {
ImportReport readFixture(const char *name, RecordingSink &sink, const ImportOptions &options = {})
{
    return readFile(SuricataEveImporter(), fixture("suricata", name), sink, options);
}

// The expected lookups of a fixture, as jq counted them (tests/data/suricata/count_with_jq.sh).
qint64 jqCount(const char *name)
{
    QFile f(fixture("suricata", "expected_counts.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no expected_counts.tsv");
    while (!f.atEnd()) {
        const QByteArrayList cells = f.readLine().trimmed().split('\t');
        if (cells.size() == 2 && cells[0] == name)
            return cells[1].toLongLong();
    }
    qFatal("%s not in expected_counts.tsv", name);
}
} // namespace

class TestSuricataImporter : public QObject {
    Q_OBJECT

private slots:
    void pairsVersion2QueriesWithTheirAnswers()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("eve_v2.json", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 7);
        QCOMPARE(r.records, jqCount("eve_v2.json"));
        QCOMPARE(r.skipped, 3); // flow, alert, stats
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("3 EVE events")));
        const QList<QByteArrayList> expected = {
            {"10.0.0.5", "www.suricata.io", "A", "NOERROR", "10.0.0.1"},
            {"10.0.0.6", "missing.example", "AAAA", "NXDOMAIN", "10.0.0.1"},
            {"10.0.0.7", "mail.example.com", "MX", "NOERROR", "10.0.0.1"},
            {"192.168.1.20", "_ipp._tcp.local", "PTR", "", "224.0.0.251"},
            {"10.0.0.8", "orphan.example.org", "TXT", "NOERROR", "10.0.0.1"},
            {"2001:db8::7", "unanswered.example.net", "A", "", "2001:db8::1"},
            {"10.0.0.9", "nodata.example.com", "AAAA", "NOERROR", "10.0.0.1"},
        };
        QCOMPARE(sink.lookups.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i]);
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-03-05T10:00:00.1Z")); // the query's time
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"CNAME suricata.io 3597", "A 35.212.0.44 597"}));
        QCOMPARE(sink.lookups[1].answers, QByteArrayList()); // the SOA is an authority, not an answer
        QCOMPARE(sink.lookups[2].answers, QByteArrayList({"MX 10 mx1.example.com -1", "MX 20 mx2.example.com -1"}));
        QCOMPARE(sink.lookups[3].flags, LookupFlags::kMdns);
        QCOMPARE(sink.lookups[4].answers, QByteArrayList({"TXT \"v=spf1 -all\" 60"}));
        QCOMPARE(sink.lookups[4].tsUs, utc("2024-03-05T10:00:05Z"));
        QCOMPARE(sink.lookups[0].flags, 0);
    }

    void gathersVersion1AnswerRecordsIntoOneLookup()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("eve_v1.json", sink);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 3);
        QCOMPARE(r.records, jqCount("eve_v1.json"));
        QCOMPARE(fieldsOf(sink.lookups[0]), QByteArrayList({"10.1.0.5", "twitter.com", "A", "NOERROR", "10.1.0.1"}));
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"A 199.16.156.6 8", "A 199.16.156.70 8"}));
        QCOMPARE(sink.lookups[0].tsUs, utc("2019-06-01T06:00:00Z")); // +0200 honoured
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 QByteArrayList({"10.1.0.6", "nxdomain.example", "A", "NXDOMAIN", "10.1.0.1"}));
        // Answer records without their query: the client is the side away from port 53, the
        // qname the first RR's owner, and version 1 does not say the qtype.
        QCOMPARE(fieldsOf(sink.lookups[2]), QByteArrayList({"10.1.0.7", "www.example.net", "", "NOERROR", "10.1.0.1"}));
        QCOMPARE(sink.lookups[2].answers, QByteArrayList({"CNAME example.net 300", "A 192.0.2.10 300"}));
    }

    void readsVersion3RequestsAndResponses()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("eve_v3.json", sink);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.records, jqCount("eve_v3.json"));
        QCOMPARE(fieldsOf(sink.lookups[0]),
                 QByteArrayList({"10.2.0.5", "www.suricata.io", "A", "NOERROR", "10.2.0.1"}));
        QCOMPARE(sink.lookups[0].answers.size(), 2);
        // Version 3 responses come from the responder: the client is their destination.
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 QByteArrayList({"10.2.0.6", "gone.example", "AAAA", "NXDOMAIN", "10.2.0.1"}));
    }

    void rejectsEachMalformedRecordByLine()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("malformed.json", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.rejected, 11);
        QCOMPARE(issueLines(r), QList<qint64>({2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13}));
        const QStringList messages = [&] {
            QStringList m;
            for (const ImportIssue &i : r.firstIssues)
                m.append(i.message);
            return m;
        }();
        QVERIFY2(messages[0].contains(QLatin1String("never closed")), qPrintable(messages[0])); // cut short
        QVERIFY2(messages[1].contains(QLatin1String("\"dns\" is a string")), qPrintable(messages[1]));
        QVERIFY2(messages[2].contains(QLatin1String("timestamp")), qPrintable(messages[2]));
        QVERIFY2(messages[3].contains(QLatin1String("bad timestamp 'yesterday'")), qPrintable(messages[3]));
        QVERIFY2(messages[4].contains(QLatin1String("dns.rrname")), qPrintable(messages[4]));
        QVERIFY2(messages[5].contains(QLatin1String("event_type")), qPrintable(messages[5]));
        QVERIFY2(messages[7].contains(QLatin1String("authority")), qPrintable(messages[7]));
        QVERIFY2(messages[9].contains(QLatin1String("invalid JSON")), qPrintable(messages[9]));
        QVERIFY2(messages[10].contains(QLatin1String("dns.answers")), qPrintable(messages[10]));
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"A 192.0.2.1 30"}));
    }

    void strictStopsAtTheFirstMalformedRecord()
    {
        RecordingSink sink;
        ImportOptions strict;
        strict.strict = true;
        const ImportReport r = readFixture("malformed.json", sink, strict);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().startsWith(QLatin1String("line 2:")), qPrintable(r.error->message()));
    }

    void reportsATruncatedLastRecord()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("truncated_last_line.json", sink);
        QCOMPARE(r.records, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(issueLines(r), QList<qint64>({2}));
    }

    // The order of an event's members does not matter, and a member given twice counts with
    // its first value.
    void readsMembersInAnyOrderAndTheFirstOfARepeatedOne()
    {
        const QByteArray eve =
            R"({"dns":{"rrtype":"A","rrname":"first.example","type":"query","id":7,"tx_id":0,)"
            R"("rrname":"second.example"},"src_port":5300,"event_type":"dns","flow_id":42,)"
            R"("dest_ip":"192.0.2.53","src_ip":"10.0.0.9","proto":"UDP","timestamp":"2024-03-05T00:00:01.000000+0000"})"
            "\n"
            R"({"timestamp":"2024-03-05T00:00:01.000500+0000","event_type":"dns","flow_id":42,"src_ip":"10.0.0.9",)"
            R"("dest_ip":"192.0.2.53","proto":"UDP","dns":{"answers":[{"rrname":"first.example","rrtype":"A",)"
            R"("ttl":60,"rdata":"192.0.2.7"}],"rcode":"NOERROR","rrtype":"A","rrname":"first.example",)"
            R"("version":2,"id":7,"type":"answer"}})"
            "\n";
        RecordingSink sink;
        const ImportReport r = readBytes(SuricataEveImporter(), eve, sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 1);
        QCOMPARE(fieldsOf(sink.lookups[0]),
                 QByteArrayList({"10.0.0.9", "first.example", "A", "NOERROR", "192.0.2.53"}));
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"A 192.0.2.7 60"}));
    }

    void isRecognisedByContentAndImported()
    {
        QFile f(fixture("suricata", "eve_v2.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Importer *sniffed = ImporterRegistry::sniff(f.peek(4096));
        QVERIFY(sniffed);
        QCOMPARE(sniffed->formatId(), QStringLiteral("suricata"));
        const ImportResult result = importIntoNewStore(fixture("suricata", "eve_v2.json"));
        QVERIFY(!result.report.error);
        QCOMPARE(result.dataset.records, 7);
        QCOMPARE(result.dataset.format, QStringLiteral("suricata"));
    }
};

QTEST_GUILESS_MAIN(TestSuricataImporter)
#include "tst_suricata_importer.moc"
