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
        addFormatRows("dnsmasq", {"pihole.log", "syslog_host.log", "new_year.log", "malformed.log"},
                      QStringLiteral("dnsmasq"));
    }

    void runImportRecognisesEveryDnsmasqFixture() { importsAsItsFormat(); }
};

QTEST_GUILESS_MAIN(TestDnsmasqImporter)
#include "tst_dnsmasq_importer.moc"
