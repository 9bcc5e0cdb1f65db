// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Route 53 Resolver query log importer: JSON lines, S3's JSON arrays (also gzip), answers,
// each malformed case by line, and runImport recognising the format. The fixtures follow the
// record layout of AWS's Route 53 Resolver documentation (tests/data/route53/README).
#include "importer_registry.h"
#include "importer_test_support.h"
#include "route53_resolver_importer.h"

using namespace importer_test;

class TestRoute53Importer : public QObject {
    Q_OBJECT

private slots:
    void readsJsonLinesWithAnswers()
    {
        RecordingSink sink;
        const ImportReport r = readFile(Route53ResolverImporter(), fixture("route53", "resolver.jsonl"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 5);
        const QList<QByteArrayList> expected = {
            {"10.0.1.15", "www.example.com", "A", "NOERROR", ""},
            {"10.0.1.16", "missing.example.com", "AAAA", "NXDOMAIN", ""},
            {"172.31.5.9", "mail.example.com", "MX", "NOERROR", ""},
            {"10.0.1.15", "bad.example.net", "A", "NOERROR", ""},
            {"10.0.1.20", "15.1.0.10.in-addr.arpa", "PTR", "NOERROR", ""},
        };
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i]);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-03-27T17:16:48Z"));
        QCOMPARE(sink.lookups[1].tsUs, utc("2023-03-27T17:16:49.25Z"));
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"CNAME web.example.com -1", "A 192.0.2.10 -1"}));
        QCOMPARE(sink.lookups[1].answers, QByteArrayList());
        QCOMPARE(sink.lookups[2].answers, QByteArrayList({"MX 10 mx1.example.com -1"}));
        QCOMPARE(sink.lookups[4].answers, QByteArrayList({"PTR ip-10-0-1-15.ec2.internal -1"}));
    }

    void readsThePrettyPrintedArraysOfS3()
    {
        for (const char *name : {"s3_array.json", "s3_array.json.gz"}) {
            const ImportResult result = importIntoNewStore(fixture("route53", name));
            QCOMPARE(result.dataset.format, QStringLiteral("route53"));
            QCOMPARE(result.dataset.records, 3);
            QCOMPARE(result.report.rejected, 0);
        }
        RecordingSink sink;
        const ImportReport r = readFile(Route53ResolverImporter(), fixture("route53", "s3_array.json"), sink);
        QCOMPARE(fieldsOf(sink.lookups[2]), QByteArrayList({"10.1.2.5", "down.example.org", "A", "SERVFAIL", ""}));
        QCOMPARE(sink.lookups[1].answers, QByteArrayList({"TXT \"hello world\" -1"}));
        QCOMPARE(sink.lookups[2].answers, QByteArrayList());
    }

    void rejectsEachMalformedRecordByLine()
    {
        RecordingSink sink;
        const ImportReport r = readFile(Route53ResolverImporter(), fixture("route53", "malformed.jsonl"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 7);
        QCOMPARE(issueLines(r), QList<qint64>({2, 3, 4, 5, 6, 7, 8}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("never closed")));            // truncated
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("\"answers\" is a string"))); // wrong type
        QVERIFY(r.firstIssues[2].message.contains(QLatin1String("query_timestamp")));         // missing time
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("bad timestamp")));           // 30 February
        QVERIFY(r.firstIssues[4].message.contains(QLatin1String("\"query_name\" is a number")));
        QVERIFY(r.firstIssues[5].message.contains(QLatin1String("\"answers[]\" is a string")));
        QVERIFY(r.firstIssues[6].message.contains(QLatin1String("not a JSON object"))); // not JSON
        QCOMPARE(sink.lookups[1].qname, "last.example.com");
    }

    void isRecognisedByContent()
    {
        for (const char *name : {"resolver.jsonl", "s3_array.json"}) {
            QFile f(fixture("route53", name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Importer *sniffed = ImporterRegistry::sniff(f.peek(64 * 1024));
            QVERIFY(sniffed);
            QCOMPARE(sniffed->formatId(), QStringLiteral("route53"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoute53Importer)
#include "tst_route53_importer.moc"
