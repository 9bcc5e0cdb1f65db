// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The delimited presets (Cisco Umbrella, dnsdbq CSV), the tokenizer's optional tolerance of
// spaces before an opening quote, and runImport recognising the presets by content.
#include "csv_tokenizer.h"
#include "delimited_importer.h"
#include "importer_registry.h"
#include "importer_test_support.h"

using namespace importer_test;

namespace {
ImportReport readWith(const DelimitedPreset &preset, const char *name, RecordingSink &sink,
                      const ImportOptions &options = {})
{
    return readFile(DelimitedImporter(preset), fixture("presets", name), sink, options);
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

    // Umbrella writes UTC whatever the import zone; 10 and 13 columns, spaces before quotes.
    void readsUmbrellaFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportOptions>("options");
        QTest::addColumn<QList<QByteArrayList>>("lookups");
        QTest::addColumn<QList<qint64>>("times");
        QTest::newRow("ten columns") << fixture("presets", "umbrella_10.csv") << inZone("Europe/Berlin")
                                     << QList<QByteArrayList>{{"10.10.1.100", "domain-visited.com", "A", "NOERROR", ""},
                                                              {"10.10.1.101", "malware.example", "AAAA", "NXDOMAIN",
                                                               ""}}
                                     << QList<qint64>{utc("2023-01-02T03:04:05Z"), utc("2023-01-02T03:04:06Z")};
        QTest::newRow("thirteen columns, spaces before quotes")
            << fixture("presets", "umbrella_13_spaces.csv") << ImportOptions{}
            << QList<QByteArrayList>{{"10.10.1.100", "www.example.com", "HTTPS", "NOERROR", ""},
                                     {"10.10.1.102", "txt.example", "TXT", "NOERROR", ""}}
            << QList<qint64>{utc("2023-01-02T03:04:05Z"), utc("2023-01-02T03:04:07Z")};
    }

    void readsUmbrellaFiles()
    {
        QFETCH(QString, file);
        QFETCH(ImportOptions, options);
        QFETCH(QList<QByteArrayList>, lookups);
        QFETCH(QList<qint64>, times);
        RecordingSink sink;
        const ImportReport r = readFile(DelimitedImporter(DelimitedPreset::umbrella()), file, sink, options);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, lookups.size());
        for (qsizetype i = 0; i < lookups.size(); ++i) {
            QCOMPARE(fieldsOf(sink.lookups[i]), lookups[i]);
            QCOMPARE(sink.lookups[i].tsUs, times[i]);
        }
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
        QCOMPARE(ImporterRegistry::sniff(head(fixture("presets", "umbrella_10.csv")))->formatId(),
                 QStringLiteral("umbrella"));
        QCOMPARE(ImporterRegistry::sniff(head(fixture("presets", "umbrella_13_spaces.csv")))->formatId(),
                 QStringLiteral("umbrella"));
        QCOMPARE(ImporterRegistry::sniff(head(fixture("presets", "dnsdbq.csv")))->formatId(), QStringLiteral("dnsdbq"));
        const QString simple = QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv");
        QCOMPARE(ImporterRegistry::sniff(head(simple))->formatId(), QStringLiteral("csv"));
        QVERIFY(!DelimitedImporter(DelimitedPreset::umbrella()).sniff(QByteArrayView("\x01\x02\0garbage\n", 11)));
    }

    void runImportUsesTheSniffedPreset_data()
    {
        addFormatRows("presets", {"umbrella_10.csv", "umbrella_13_spaces.csv"}, QStringLiteral("umbrella"));
        QTest::newRow("dnsdbq.csv") << fixture("presets", "dnsdbq.csv") << QStringLiteral("dnsdbq");
    }

    void runImportUsesTheSniffedPreset()
    {
        const ImportResult r = importsAsItsFormat();
        const bool dnsdbq =
            r.dataset.format == QLatin1String("dnsdbq"); // passive DNS: observations, zone-only rows too
        QCOMPARE(r.dataset.records, dnsdbq ? 3 : 2);
        QCOMPARE(r.dataset.kind, dnsdbq ? DatasetKind::Observations : DatasetKind::Lookups);
    }
};

QTEST_GUILESS_MAIN(TestDelimitedPresets)
#include "tst_delimited_presets.moc"
