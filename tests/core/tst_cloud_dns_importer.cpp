// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Google Cloud DNS query log importer: `gcloud logging read --format=json` arrays and log
// sink JSON lines, answers from rdata, other log entries skipped, each malformed case by line.
// The fixtures follow the LogEntry layout of Google's Cloud DNS logging documentation
// (tests/data/gcp-dns/README).
#include "cloud_dns_importer.h"
#include "importer_registry.h"
#include "importer_test_support.h"

using namespace importer_test;

class TestCloudDnsImporter : public QObject {
    Q_OBJECT

private slots:
    void readsQueriesWithTheirAnswersAndSkipsOtherEntries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("gcloud array") << fixture("gcp-dns", "gcloud_read.json");
        QTest::newRow("sink lines") << fixture("gcp-dns", "storage_sink.jsonl");
    }
    void readsQueriesWithTheirAnswersAndSkipsOtherEntries()
    {
        QFETCH(QString, file);
        RecordingSink sink;
        const ImportReport r = readFile(CloudDnsImporter(), file, sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 3);
        QCOMPARE(r.skipped, 1); // the audit log entry
        QCOMPARE(fieldsOf(sink.lookups[0]), QByteArrayList({"10.128.0.7", "www.example.com", "A", "NOERROR", ""}));
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 QByteArrayList({"10.128.0.8", "db.internal.example", "AAAA", "NXDOMAIN", ""}));
        QCOMPARE(fieldsOf(sink.lookups[2]),
                 QByteArrayList({"10.128.0.9", "corp.example.net", "TXT", "NOERROR", "192.168.10.53"}));
        QCOMPARE(sink.lookups[0].tsUs, utc("2021-06-15T20:19:52.145983Z"));
        QCOMPARE(sink.lookups[2].tsUs, utc("2021-06-15T20:20:01Z")); // no timestamp: receiveTimestamp
        QCOMPARE(sink.lookups[0].answers,
                 QByteArrayList({"CNAME web.example.com 300", "A 192.0.2.10 60", "A 192.0.2.11 60"}));
        // The MX record was cut by Cloud DNS's 260-byte limit and has no data: left out.
        QCOMPARE(sink.lookups[2].answers, QByteArrayList({"TXT \"v=spf1 -all\" 3600", "MX 10 mx.corp.exa 3600"}));
    }

    void rejectsEachMalformedRecordByLine()
    {
        RecordingSink sink;
        const ImportReport r = readFile(CloudDnsImporter(), fixture("gcp-dns", "malformed.jsonl"), sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 6);
        QCOMPARE(issueLines(r), QList<qint64>({2, 3, 4, 5, 6, 7}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("never closed")));
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("\"jsonPayload\" is a string")));
        QVERIFY(r.firstIssues[2].message.contains(QLatin1String("receiveTimestamp")));
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("bad timestamp")));
        QVERIFY(r.firstIssues[4].message.contains(QLatin1String("\"jsonPayload.queryType\" is a number")));
        QVERIFY(r.firstIssues[5].message.contains(QLatin1String("not a Cloud Logging entry")));
        QCOMPARE(sink.lookups[1].rcode, "SERVFAIL");
    }

    // Records are parsed where they lie in the reader's 4 MiB buffer: the last one of a file of
    // exactly that size, without a final newline, ends at the buffer's last byte (the sanitizer
    // run sees any read past the reader's padding).
    void readsARecordEndingAtTheReadBuffersLastByte()
    {
        const QByteArray entry = R"({"insertId":"%1","jsonPayload":{"queryName":"www.example.com.",)"
                                 R"("queryType":"A","responseCode":"NOERROR","sourceIP":"10.0.0.1"},)"
                                 R"("timestamp":"2021-06-15T20:19:52Z"})";
        constexpr qsizetype kBuffer = 4 << 20;
        QByteArray bytes;
        qint64 lines = 0;
        while (bytes.size() + 2 * entry.size() < kBuffer)
            bytes += QByteArray(entry).replace("%1", QByteArray::number(++lines)) + '\n';
        QByteArray last = QByteArray(entry).replace("%1", QByteArray::number(++lines));
        last.replace("www.example.com.", "www.example.com." + QByteArray(kBuffer - bytes.size() - last.size(), 'x'));
        bytes += last;
        QCOMPARE(bytes.size(), kBuffer);
        RecordingSink sink;
        const ImportReport r = readBytes(CloudDnsImporter(), bytes, sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, lines);
        QVERIFY(sink.lookups.last().qname.endsWith("xxxx"));
    }

    void isRecognisedAndImported_data()
    {
        addFormatRows("gcp-dns", {"gcloud_read.json", "storage_sink.jsonl"}, QStringLiteral("gcp-dns"));
    }
    void isRecognisedAndImported() { QCOMPARE(importsAsItsFormat().dataset.records, 3); }
};

QTEST_GUILESS_MAIN(TestCloudDnsImporter)
#include "tst_cloud_dns_importer.moc"
