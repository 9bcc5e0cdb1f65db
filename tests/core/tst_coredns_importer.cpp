// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CoreDNS log plugin importer: the times collectors prefix (kubectl --timestamps,
// journald), lines without any time refused with a way out, each malformed case by line.
// The fixtures follow the log plugin's documented default layout (tests/data/coredns/README).
#include "coredns_log_importer.h"
#include "importer_registry.h"
#include "importer_test_support.h"

using namespace importer_test;

class TestCorednsImporter : public QObject {
    Q_OBJECT

private slots:
    void readsQueryLinesAndSkipsTheRest()
    {
        RecordingSink sink;
        const ImportReport r = readFile(CorednsLogImporter(), fixture("coredns", "kubectl_timestamps.log"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 4);
        QCOMPARE(fieldsOf(sink.lookups[0]), QByteArrayList({"10.244.0.5", "example.com", "A", "NOERROR", ""}));
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 QByteArrayList({"10.244.0.6", "kubernetes.default.svc.cluster.local", "AAAA", "NOERROR", ""}));
        QCOMPARE(fieldsOf(sink.lookups[2]), QByteArrayList({"2001:db8::7", "missing.example", "MX", "NXDOMAIN", ""}));
        QCOMPARE(fieldsOf(sink.lookups[3]),
                 QByteArrayList({"10.244.0.7", "1.0.244.10.in-addr.arpa", "PTR", "NOERROR", ""}));
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-02-10T08:00:01.123456Z"));
        QVERIFY(r.notes.isEmpty()); // the times had their dates
    }

    void takesTheYearOfSyslogStampsAndSaysSo()
    {
        RecordingSink sink;
        ImportOptions options = inZone("Europe/Berlin");
        options.year = 2024;
        const ImportReport r = readFile(CorednsLogImporter(), fixture("coredns", "journald.log"), sink, options);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-02-10T08:00:01Z"));
        QCOMPARE(fieldsOf(sink.lookups[1]), QByteArrayList({"192.168.0.21", "example.org", "TXT", "SERVFAIL", ""}));
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.notes[0].contains(QLatin1String("--year")), qPrintable(r.notes[0]));
    }

    void refusesLinesWithoutATimeAndSaysHowToGetOne()
    {
        RecordingSink sink;
        const ImportReport r = readFile(CorednsLogImporter(), fixture("coredns", "no_time.log"), sink);
        QCOMPARE(r.records, 0);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(issueLines(r), QList<qint64>({3, 4}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("kubectl logs --timestamps")));
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = fixture("coredns", "no_time.log");
        request.format = QStringLiteral("coredns");
        const ImportResult result = runImport(store, request, {});
        QVERIFY(result.report.error); // nothing valid: the import fails and stores nothing
        QVERIFY(store.datasets().isEmpty());
    }

    void rejectsEachMalformedLine()
    {
        RecordingSink sink;
        const ImportReport r = readFile(CorednsLogImporter(), fixture("coredns", "malformed.log"), sink, inYear(2024));
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 6);
        QCOMPARE(issueLines(r), QList<qint64>({2, 3, 4, 5, 6, 7}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("quoted question"))); // truncated
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("fewer than 3 fields")));
        QVERIFY(r.firstIssues[2].message.contains(QLatin1String("rcode")));
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("no time")));
        QVERIFY(r.firstIssues[4].message.contains(QLatin1String("bad timestamp"))); // 30 February
        QVERIFY(r.firstIssues[5].message.contains(QLatin1String("bad time")));      // a stamp of 30 February
        QCOMPARE(sink.lookups[1].rcode, "NXDOMAIN");
    }

    void isRecognisedAndImported_data()
    {
        addFormatRows("coredns", {"kubectl_timestamps.log"}, QStringLiteral("coredns"));
    }
    void isRecognisedAndImported() { QCOMPARE(importsAsItsFormat().dataset.records, 4); }
};

QTEST_GUILESS_MAIN(TestCorednsImporter)
#include "tst_coredns_importer.moc"
