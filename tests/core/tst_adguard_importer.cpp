// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The AdGuard Home query log importer: rcode and answers from the base64 response (real
// responses of Unbound, tests/data/unbound/make_fixtures.sh), blocked queries, each malformed
// case by line, and runImport recognising the format.
#include "adguard_query_log_importer.h"
#include "importer_registry.h"
#include "importer_test_support.h"

using namespace importer_test;

class TestAdguardImporter : public QObject {
    Q_OBJECT

private slots:
    void readsRcodeAndAnswersFromTheResponse()
    {
        RecordingSink sink;
        const ImportReport r = readFile(AdguardQueryLogImporter(), fixture("adguard", "querylog.json"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 7);
        const QList<QByteArrayList> expected = {
            {"192.168.1.10", "www.example.com", "A", "NOERROR", "127.0.0.1:5399"},
            {"192.168.1.11", "web.example.com", "A", "NOERROR", ""},
            {"192.168.1.12", "nothere.example.com", "A", "NXDOMAIN", "127.0.0.1:5399"},
            {"192.168.1.13", "ads.example.net", "A", "BLOCKED-BLOCKLIST", ""},
            {"192.168.1.14", "mail.example.com", "MX", "NOERROR", "tls://127.0.0.1:853"},
            {"fd00::15", "example.com", "TXT", "NOERROR", "127.0.0.1:5399"},
            {"192.168.1.16", "timeout.example.org", "AAAA", "", "127.0.0.1:5399"},
        };
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i]);
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-05-01T08:00:00.123456Z")); // +02:00, nanoseconds cut to µs
        QCOMPARE(sink.lookups[0].answers, QByteArrayList({"CNAME web.example.com 300"}));
        QCOMPARE(sink.lookups[1].answers, QByteArrayList({"A 192.0.2.10 60", "A 192.0.2.11 60"}));
        QCOMPARE(sink.lookups[2].answers, QByteArrayList()); // the SOA is in the authority section
        QCOMPARE(sink.lookups[4].answers, QByteArrayList({"MX 10 mx1.example.com 3600"}));
        // The script's unbound.conf gave this TXT record three strings, quotes included.
        QCOMPARE(sink.lookups[5].answers, QByteArrayList({"TXT \"\\\"v=spf1\" \"mx\" \"-all\\\"\" 300"}));
    }

    void rejectsEachMalformedRecordByLine()
    {
        RecordingSink sink;
        const ImportReport r = readFile(AdguardQueryLogImporter(), fixture("adguard", "malformed.json"), sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 7);
        QCOMPARE(issueLines(r), QList<qint64>({2, 3, 4, 5, 6, 7, 8}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("never closed")));       // truncated line
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("not base64")));         // bad base64
        QVERIFY(r.firstIssues[2].message.contains(QLatin1String("\"T\"")));              // missing time
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("bad timestamp")));      // month 13
        QVERIFY(r.firstIssues[4].message.contains(QLatin1String("\"QH\" is an array"))); // wrong type
        QVERIFY(r.firstIssues[5].message.contains(QLatin1String("not a DNS response"))); // 3 bytes
        QVERIFY(r.firstIssues[6].message.contains(QLatin1String("\"Result\" is a string")));
    }

    void isRecognisedAndImported_data() { addFormatRows("adguard", {"querylog.json"}, QStringLiteral("adguard")); }
    void isRecognisedAndImported() { QCOMPARE(importsAsItsFormat().dataset.records, 7); }
};

QTEST_GUILESS_MAIN(TestAdguardImporter)
#include "tst_adguard_importer.moc"
