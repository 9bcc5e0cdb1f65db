// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The BIND 9 query log importer: both line styles, the time prefixes, malformed lines, and
// runImport recognising the format by content.
#include "recording_sink.h"
#include "import/bind_query_log_importer.h"
#include "import/import_job.h"
#include "import/importer_registry.h"
#include "import/timestamp_parser.h"
#include "storage/sqlite_store.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/bind/") + QString::fromLatin1(name);
}

qint64 utc(const char *iso)
{
    return *TimestampParser().parse(iso);
}

ImportReport readFixture(const char *name, RecordingSink &sink, ImportOptions options = {}, const ProgressFn &progress = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return BindQueryLogImporter().read(file, options, sink, progress);
}

ImportReport readBytes(const QByteArray &bytes, RecordingSink &sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return BindQueryLogImporter().read(buffer, {}, sink, {});
}
} // namespace

class TestBindImporter : public QObject {
    Q_OBJECT

private slots:
    void readsOldStyleLinesAndSkipsOtherCategories()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("old_style.log", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-01-02T03:04:05.678Z"));
        QCOMPARE(sink.lookups[0].client, "127.0.0.1");
        QCOMPARE(sink.lookups[0].qname, "cnn.com");
        QCOMPARE(sink.lookups[0].qtype, "A");
        QCOMPARE(sink.lookups[0].rcode, "");
        QCOMPARE(sink.lookups[0].server, "127.0.0.1");
        QCOMPARE(sink.lookups[1].client, "10.0.0.7");
        QCOMPARE(sink.lookups[1].qname, "www.example.com");
        QCOMPARE(sink.lookups[1].qtype, "MX");
        QCOMPARE(sink.lookups[1].server, "10.0.0.1");
    }

    void readsNewStyleWithViewsFlagsEcsAndIpv6()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("new_style.log", sink);
        QCOMPARE(r.records, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups[0].client, "192.168.0.51");
        QCOMPARE(sink.lookups[0].qtype, "AAAA");
        QCOMPARE(sink.lookups[1].qname, "example.org");
        QCOMPARE(sink.lookups[1].qtype, "HTTPS");
        QCOMPARE(sink.lookups[1].server, "192.168.0.1");
        QCOMPARE(sink.lookups[2].client, "2001:db8::1");
        QCOMPARE(sink.lookups[2].qname, "v6.example");
        QCOMPARE(sink.lookups[2].qtype, "TYPE65534");
        QCOMPARE(sink.lookups[2].server, "2001:db8::53");
    }

    void readsLocalTimesInTheImportZone()
    {
        RecordingSink sink;
        ImportOptions options;
        options.zone = QTimeZone("Europe/Berlin");
        readFixture("old_style.log", sink, options);
        QCOMPARE(sink.lookups[0].tsUs, utc("2023-01-02T02:04:05.678Z"));
    }

    void readsIso8601UtcAndOffsets()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("iso8601.log", sink);
        QCOMPARE(r.records, 3);
        for (const auto &l : sink.lookups)
            QCOMPARE(l.tsUs, utc("2023-01-02T03:04:05.678Z"));
    }

    void readsSyslogStampsAcrossNewYear()
    {
        RecordingSink sink;
        ImportOptions options;
        options.year = 2022;
        const ImportReport r = readFixture("syslog.log", sink, options);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.lookups[0].tsUs, utc("2022-12-31T23:59:58Z"));
        QCOMPARE(sink.lookups[1].tsUs, utc("2023-01-01T00:00:02Z"));
        QCOMPARE(sink.lookups[1].qname, "early.example");
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
        QVERIFY(r.error->startsWith(QLatin1String("line 2:")));
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
        QCOMPARE(readBytes({}, sink).records, 0);
        QByteArray garbage(256 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        const ImportReport r = readBytes(garbage, sink);
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
        QTest::addColumn<QString>("file");
        for (const char *name : {"old_style.log", "new_style.log", "iso8601.log", "syslog.log", "malformed.log"})
            QTest::newRow(name) << fixture(name);
    }

    void runImportRecognisesEveryBindFixture()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = file;
        const ImportResult r = runImport(store, request, {});
        QVERIFY2(!r.report.error, qPrintable(r.report.error.value_or(QString())));
        QCOMPARE(r.dataset.format, QStringLiteral("bind"));
    }
};

QTEST_GUILESS_MAIN(TestBindImporter)
#include "tst_bind_importer.moc"
