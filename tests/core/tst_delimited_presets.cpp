// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The delimited presets (Cisco Umbrella, dnsdbq CSV), the tokenizer's optional tolerance of
// spaces before an opening quote, and runImport recognising the presets by content.
#include "recording_sink.h"
#include "import/csv_tokenizer.h"
#include "import/delimited_importer.h"
#include "import/import_job.h"
#include "import/importer_registry.h"
#include "import/timestamp_parser.h"
#include "storage/sqlite_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/presets/") + QString::fromLatin1(name);
}

qint64 utc(const char *iso)
{
    return *TimestampParser().parse(iso);
}

ImportReport readWith(const DelimitedPreset &preset, const char *name, RecordingSink &sink, ImportOptions options = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return DelimitedImporter(preset).read(file, options, sink, {});
}

QList<QByteArrayList> tokenize(const QByteArray &text, bool skipSpaces, qsizetype chunk)
{
    CsvTokenizer tokenizer(',');
    tokenizer.setSkipSpacesBeforeQuote(skipSpaces);
    QList<QByteArrayList> records;
    const CsvTokenizer::RecordFn fn = [&](qint64, std::span<const QByteArrayView> fields, CsvTokenizer::Problem) {
        QByteArrayList row;
        for (QByteArrayView f : fields)
            row.append(f.toByteArray());
        records.append(row);
    };
    for (qsizetype at = 0; at < text.size(); at += chunk)
        tokenizer.feed(QByteArrayView(text).sliced(at, std::min(chunk, text.size() - at)), fn);
    tokenizer.finish(fn);
    return records;
}
} // namespace

class TestDelimitedPresets : public QObject {
    Q_OBJECT

private slots:
    void tokenizerKeepsSpacesBeforeQuotesByDefault()
    {
        const QByteArray text = "\"a\", \"b,c\", d\n";
        QCOMPARE(tokenize(text, false, text.size()).at(0), (QByteArrayList{"a", " \"b", "c\"", " d"}));
        for (qsizetype chunk : {qsizetype(1), qsizetype(2), text.size()})
            QCOMPARE(tokenize(text, true, chunk).at(0), (QByteArrayList{"a", "b,c", " d"}));
    }

    void readsUmbrellaTenColumns()
    {
        RecordingSink sink;
        ImportOptions options;
        options.zone = QTimeZone("Europe/Berlin"); // Umbrella writes UTC whatever the zone
        const ImportReport r = readWith(DelimitedPreset::umbrella(), "umbrella_10.csv", sink, options);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 2);
        const auto &a = sink.lookups[0];
        QCOMPARE(a.tsUs, utc("2023-01-02T03:04:05Z"));
        QCOMPARE((QByteArrayList{a.client, a.qname, a.qtype, a.rcode, a.server}),
                 (QByteArrayList{"10.10.1.100", "domain-visited.com", "A", "NOERROR", ""}));
        QCOMPARE(sink.lookups[1].qtype, "AAAA");
        QCOMPARE(sink.lookups[1].rcode, "NXDOMAIN");
    }

    void readsUmbrellaThirteenColumnsWithSpacesBeforeQuotes()
    {
        RecordingSink sink;
        const ImportReport r = readWith(DelimitedPreset::umbrella(), "umbrella_13_spaces.csv", sink);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.lookups[0].client, "10.10.1.100");
        QCOMPARE(sink.lookups[0].qname, "www.example.com");
        QCOMPARE(sink.lookups[0].qtype, "HTTPS");
        QCOMPARE(sink.lookups[1].qtype, "TXT");
    }

    void userColumnsOverrideThePreset()
    {
        RecordingSink sink;
        ImportOptions options;
        options.columnMap = {QStringLiteral("server=5")};
        readWith(DelimitedPreset::umbrella(), "umbrella_10.csv", sink, options);
        QCOMPARE(sink.lookups[0].server, "24.123.132.133");
    }

    void rejectsMalformedUmbrellaRowsWithLineNumbers()
    {
        RecordingSink sink;
        const ImportReport r = readWith(DelimitedPreset::umbrella(), "umbrella_malformed.csv", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 3);
        QCOMPARE(r.firstIssues[0].line, 2);
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("bad timestamp")));
        QCOMPARE(r.firstIssues[1].line, 3);
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("empty timestamp")));
        QCOMPARE(r.firstIssues[2].line, 4);
        ImportOptions strict;
        strict.strict = true;
        RecordingSink none;
        QVERIFY(readWith(DelimitedPreset::umbrella(), "umbrella_malformed.csv", none, strict).error);
    }

    void readsDnsdbqRowsAsObservations()
    {
        RecordingSink sink;
        const ImportReport r = readWith(DelimitedPreset::dnsdbq(), "dnsdbq.csv", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 3);
        QCOMPARE(r.rejected, 0);
        QVERIFY(sink.lookups.isEmpty());
        const auto &a = sink.observations[0];
        QCOMPARE(a.firstUs, utc("2019-03-04T05:06:07Z"));
        QCOMPARE(a.lastUs, utc("2021-01-02T03:04:05Z"));
        QCOMPARE(a.count, 1234);
        QCOMPARE((QByteArrayList{a.rrname, a.rrtype, a.rdata, a.bailiwick}),
                 (QByteArrayList{"www.example.com", "A", "93.184.216.34", "example.com"}));
        QVERIFY(!a.zoneTimes);
        QCOMPARE(sink.observations[1].rrname, "mail.example.com");
        QCOMPARE(sink.observations[1].rdata, "10 mx.example.com.");
        // Seen only in zone files: the zone times, marked as such.
        const auto &zone = sink.observations[2];
        QVERIFY(zone.zoneTimes);
        QCOMPARE(zone.firstUs, utc("2018-01-01T00:00:00Z"));
        QCOMPARE(zone.lastUs, utc("2019-01-01T00:00:00Z"));
        QVERIFY(DelimitedImporter(DelimitedPreset::dnsdbq()).yieldsObservations());
    }

    void headerOnlyDnsdbqHasNoLookups()
    {
        RecordingSink sink;
        const ImportReport r = readWith(DelimitedPreset::dnsdbq(), "dnsdbq_header_only.csv", sink);
        QVERIFY(!r.error);
        QCOMPARE(r.records, 0);
        QCOMPARE(r.rejected, 0);
    }

    void sniffsPresetsOnlyWhenUnambiguous()
    {
        auto head = [](const QString &path) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.read(64 * 1024);
        };
        QCOMPARE(ImporterRegistry::sniff(head(fixture("umbrella_10.csv")))->formatId(), QStringLiteral("umbrella"));
        QCOMPARE(ImporterRegistry::sniff(head(fixture("umbrella_13_spaces.csv")))->formatId(), QStringLiteral("umbrella"));
        QCOMPARE(ImporterRegistry::sniff(head(fixture("dnsdbq.csv")))->formatId(), QStringLiteral("dnsdbq"));
        const QString simple = QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv");
        QCOMPARE(ImporterRegistry::sniff(head(simple))->formatId(), QStringLiteral("csv"));
        QVERIFY(!DelimitedImporter(DelimitedPreset::umbrella()).sniff(QByteArrayView("\x01\x02\0garbage\n", 11)));
    }

    void runImportUsesTheSniffedPreset_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("umbrella") << fixture("umbrella_10.csv") << QStringLiteral("umbrella");
        QTest::newRow("umbrella spaces") << fixture("umbrella_13_spaces.csv") << QStringLiteral("umbrella");
        QTest::newRow("dnsdbq") << fixture("dnsdbq.csv") << QStringLiteral("dnsdbq");
    }

    void runImportUsesTheSniffedPreset()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = file;
        const ImportResult r = runImport(store, request, {});
        QVERIFY2(!r.report.error, qPrintable(r.report.error.value_or(QString())));
        QCOMPARE(r.dataset.format, format);
        const bool dnsdbq = format == QLatin1String("dnsdbq"); // passive DNS: observations, zone-only rows too
        QCOMPARE(r.dataset.records, dnsdbq ? 3 : 2);
        QCOMPARE(r.dataset.kind, dnsdbq ? DatasetKind::Observations : DatasetKind::Lookups);
    }
};

QTEST_GUILESS_MAIN(TestDelimitedPresets)
#include "tst_delimited_presets.moc"
