// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The BIND 9 query log importer: both line styles, the time prefixes, malformed lines, and
// runImport recognising the format by content.
#include "bind_query_log_importer.h"
#include "importer_registry.h"
#include "importer_test_support.h"

#include <QRandomGenerator>

using namespace importer_test;

namespace {
ImportReport readFixture(const char *name, RecordingSink &sink, const ImportOptions &options = {},
                         const ProgressFn &progress = {})
{
    return readFile(BindQueryLogImporter(), fixture("bind", name), sink, options, progress);
}
} // namespace

class TestBindImporter : public QObject {
    Q_OBJECT

private slots:
    // Each fixture's lookups: client, qname, qtype, rcode, server, and the first one's time.
    void readsBothLineStyles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<QByteArrayList>>("lookups");
        QTest::addColumn<qint64>("firstUs");
        QTest::newRow("old style, other categories skipped")
            << fixture("bind", "old_style.log")
            << QList<QByteArrayList>{{"127.0.0.1", "cnn.com", "A", "", "127.0.0.1"},
                                     {"10.0.0.7", "www.example.com", "MX", "", "10.0.0.1"}}
            << utc("2023-01-02T03:04:05.678Z");
        QTest::newRow("new style with views, flags, ECS and IPv6")
            << fixture("bind", "new_style.log")
            << QList<QByteArrayList>{{"192.168.0.51", "google.com", "AAAA", "", "192.168.0.51"},
                                     {"192.168.0.51", "example.org", "HTTPS", "", "192.168.0.1"},
                                     {"2001:db8::1", "v6.example", "TYPE65534", "", "2001:db8::53"}}
            << utc("2023-01-05T13:45:01.123Z");
    }

    void readsBothLineStyles()
    {
        QFETCH(QString, file);
        QFETCH(QList<QByteArrayList>, lookups);
        QFETCH(qint64, firstUs);
        RecordingSink sink;
        const ImportReport r = readFile(BindQueryLogImporter(), file, sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, lookups.size());
        QCOMPARE(r.rejected, 0);
        for (qsizetype i = 0; i < lookups.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), lookups[i]);
        QCOMPARE(sink.lookups[0].tsUs, firstUs);
    }

    // The time prefixes: each file's lookups, in the import zone or year given.
    void readsTimePrefixes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportOptions>("options");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QByteArray>("lastQname");
        QTest::newRow("local times in the import zone")
            << fixture("bind", "old_style.log") << inZone("Europe/Berlin")
            << QList<qint64>{utc("2023-01-02T02:04:05.678Z"), utc("2023-01-02T02:04:07.250Z")}
            << QByteArray("www.example.com");
        QTest::newRow("ISO 8601 in UTC and with offsets")
            << fixture("bind", "iso8601.log") << ImportOptions{} << QList<qint64>(3, utc("2023-01-02T03:04:05.678Z"))
            << QByteArray("c.example");
        QTest::newRow("syslog stamps across New Year")
            << fixture("bind", "syslog.log") << inYear(2022)
            << QList<qint64>{utc("2022-12-31T23:59:58Z"), utc("2023-01-01T00:00:02Z")} << QByteArray("early.example");
    }

    void readsTimePrefixes()
    {
        QFETCH(QString, file);
        QFETCH(ImportOptions, options);
        QFETCH(QList<qint64>, times);
        QFETCH(QByteArray, lastQname);
        RecordingSink sink;
        const ImportReport r = readFile(BindQueryLogImporter(), file, sink, options);
        QCOMPARE(r.records, times.size());
        QList<qint64> read;
        for (const auto &l : sink.lookups)
            read.append(l.tsUs);
        QCOMPARE(read, times);
        QCOMPARE(sink.lookups.last().qname, lastQname);
    }

    void rejectsMalformedLinesWithLineNumbers()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("malformed.log", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 4);
        QCOMPARE(r.firstIssues.size(), 4);
        QCOMPARE(r.firstIssues[0].line, 2);
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("no time")));
        QCOMPARE(r.firstIssues[1].line, 3);
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("bad timestamp")));
        QCOMPARE(r.firstIssues[2].line, 4);
        QCOMPARE(r.firstIssues[3].line, 5);
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("#PORT")));
        QCOMPARE(sink.lookups[1].qname, "ok2.example");
    }

    void strictModeFailsOnTheFirstMalformedLine()
    {
        RecordingSink sink;
        ImportOptions options;
        options.strict = true;
        const ImportReport r = readFixture("malformed.log", sink, options);
        QVERIFY(r.error);
        QVERIFY(r.error->message().startsWith(QLatin1String("line 2:")));
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
        RecordingSink sink;
        QCOMPARE(readBytes(BindQueryLogImporter(), {}, sink).records, 0);
        QByteArray garbage(256 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        const ImportReport r = readBytes(BindQueryLogImporter(), garbage, sink);
        QCOMPARE(r.records, 0);
        QVERIFY(!r.error);
        QVERIFY(!BindQueryLogImporter().sniff(garbage.first(64 * 1024)));
    }

    void cancelsWhenProgressSaysSo()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("old_style.log", sink, {}, [](const ImportProgress &) { return false; });
        QVERIFY(r.cancelled);
    }

    void runImportRecognisesEveryBindFixture_data()
    {
        addFormatRows("bind", {"old_style.log", "new_style.log", "iso8601.log", "syslog.log", "malformed.log"},
                      QStringLiteral("bind"));
    }

    void runImportRecognisesEveryBindFixture() { importsAsItsFormat(); }
};

QTEST_GUILESS_MAIN(TestBindImporter)
#include "tst_bind_importer.moc"
