// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Zeek dns.log importers (TSV and JSON lines) and reading .gz files, end to end through
// runImport into a temporary store, plus a few direct reads into a recording sink.
#include "gzip_reader.h"
#include "import_job.h"
#include "importer_registry.h"
#include "lookup_field.h"
#include "recording_sink.h"
#include "shared_corpus.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "timestamp_parser.h"
#include "zeek_json_importer.h"
#include "zeek_tsv_importer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/zeek/") + QString::fromLatin1(name);
}

QString corpusLog()
{
    return QStringLiteral(DNSTL_CORPUS_DIR "/zeek/dns.log.gz");
}

// The corpus log read by the TSV importer into sink; false if it did not read.
bool readCorpusLog(RecordingSink &sink)
{
    QFile file(corpusLog());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    GzipReader gunzip(file);
    return !ZeekTsvImporter().read(gunzip, {}, sink, {}).error;
}

// Every lookup an importer hands over, copied.
ImportReport readWith(const Importer &importer, const QString &path, RecordingSink &sink, ImportOptions options = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return importer.read(file, options, sink, {});
}

// The stored lookups, in store order, one line each.
QStringList storedRows(const QString &storePath)
{
    SqliteDb db(storePath, SqliteDb::Mode::ReadOnly);
    Statement st =
        db.prepare("SELECT ts, client, qname, qtype, rcode, coalesce(server, '') FROM lookup_view ORDER BY id");
    QStringList rows;
    while (st.step())
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(st.int64(0))
                        .arg(st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)));
    return rows;
}

QByteArray storeDigest(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT rowid, * FROM lookups ORDER BY rowid", "SELECT * FROM datasets ORDER BY id",
                            "SELECT * FROM names ORDER BY id"}) {
        Statement st = db.prepare(sql);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                hash.addData(st.blob(c));
                hash.addData(QByteArrayView("|"));
            }
        }
    }
    return hash.result().toHex();
}

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (quint8(c) < 0x20)
            out += "\\u00" + QByteArray::number(quint8(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

// Zeek JSON lines for lookups: ts as a number on even lines and as ISO text on odd ones,
// absent values left out, and the vector columns Zeek writes.
QByteArray toZeekJson(const QList<RecordingSink::Lookup> &lookups)
{
    QByteArray out;
    for (qsizetype i = 0; i < lookups.size(); ++i) {
        const RecordingSink::Lookup &l = lookups[i];
        out += "{\"ts\":";
        if (i % 2 == 0)
            out += QByteArray::number(l.tsUs / 1000000) + '.' +
                QByteArray::number(l.tsUs % 1000000).rightJustified(6, '0');
        else
            out += '"' + TimestampParser::formatIso(l.tsUs, QTimeZone::utc()) + '"';
        const std::pair<const char *, const QByteArray *> members[] = {{"id.orig_h", &l.client},
                                                                       {"id.resp_h", &l.server},
                                                                       {"query", &l.qname},
                                                                       {"qtype_name", &l.qtype},
                                                                       {"rcode_name", &l.rcode}};
        for (const auto &[key, value] : members) {
            if (!value->isEmpty())
                out += ",\"" + QByteArray(key) + "\":" + jsonString(*value);
        }
        out += ",\"answers\":[\"a.example\",\"192.0.2.1\"],\"TTLs\":[60.0],\"rejected\":false}\n";
    }
    return out;
}
} // namespace

class TestZeekImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    ImportResult import(const QString &storePath, const QString &file, ImportOptions options = {},
                        const ProgressFn &progress = {})
    {
        SqliteStore store(storePath, StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = file;
        request.options = options;
        return runImport(store, request, progress);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsCorpusDnsLogFromGzip()
    {
        DNSTL_REQUIRE_CORPUS(corpusLog());
        qint64 lastDone = 0, total = 0;
        const ImportResult r = import(path("corpus.dnstl"), corpusLog(), {}, [&](const ImportProgress &p) {
            lastDone = p.bytesDone;
            total = p.bytesTotal;
            return true;
        });
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.format, QStringLiteral("zeek"));
        QCOMPARE(r.dataset.records, 53615);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.dataset.tsMinUs, 1521911720865716LL);
        // The corpus README gives 1521912990.151233 as the end, but the log's latest ts is
        // 1521912990.151237 (its last line; .151233 is the line before it).
        QCOMPARE(r.dataset.tsMaxUs, 1521912990151237LL);
        QCOMPARE(total, QFileInfo(corpusLog()).size());
        QCOMPARE(lastDone, total); // progress counts compressed bytes, so it reaches 100 %
        // The SHA-256 is of the file as stored, not of its decompressed content.
        QFile f(corpusLog());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(r.dataset.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        const QStringList rows = storedRows(path("corpus.dnstl"));
        QCOMPARE(rows.first(), QStringLiteral("1521911720865716 10.47.1.100 ise.wrccdc.org A NOERROR 10.0.0.100"));
    }

    void corpusAsJsonLinesStoresTheSameLookups()
    {
        DNSTL_REQUIRE_CORPUS(corpusLog());
        RecordingSink sink;
        QVERIFY(readCorpusLog(sink));
        QCOMPARE(sink.lookups.size(), 53615);
        const QString jsonPath = path("corpus.json");
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(toZeekJson(sink.lookups));
        json.close();

        const ImportResult fromJson = import(path("corpus_json.dnstl"), jsonPath);
        QVERIFY2(!fromJson.report.error,
                 qPrintable((fromJson.report.error ? fromJson.report.error->message() : QString())));
        QCOMPARE(fromJson.dataset.format, QStringLiteral("zeek-json"));
        QCOMPARE(fromJson.dataset.records, 53615);
        const ImportResult fromTsv = import(path("corpus_tsv.dnstl"), corpusLog());
        QVERIFY(!fromTsv.report.error);
        const QStringList tsvRows = storedRows(path("corpus_tsv.dnstl"));
        QCOMPARE(tsvRows.size(), 53615);
        QCOMPARE(storedRows(path("corpus_json.dnstl")), tsvRows);
    }

    void readsConcatenatedLogsWithDifferentColumnOrders()
    {
        const ImportResult r = import(path("concat.dnstl"), fixture("concatenated_logs.log"));
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(storedRows(path("concat.dnstl")),
                 QStringList({
                     QStringLiteral("1521911720865716 10.0.0.1 a.example A NOERROR 10.0.0.53"),
                     QStringLiteral("1521911721500000 10.0.0.3 c.example MX SERVFAIL 10.0.0.54"),
                     QStringLiteral("1521911722000001 10.0.0.2 b.example AAAA NXDOMAIN 10.0.0.53"),
                 }));
    }

    void decodesEscapesAndNormalisesQueries()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekTsvImporter(), fixture("escapes.log"), sink);
        QVERIFY(!r.error);
        QCOMPARE(sink.lookups.size(), 4);
        QCOMPARE(sink.lookups[0].qname, QByteArray("tab\tname.example"));
        QCOMPARE(sink.lookups[1].qname, QByteArray("-")); // an escaped '-' is a name, not unset
        QCOMPARE(sink.lookups[2].qname, QByteArray("www.example.com"));
        QCOMPARE(sink.lookups[3].qname, QByteArray("back\\slash.example"));
        QCOMPARE(sink.lookups[0].tsUs, 1521911720000001LL);
    }

    void treatsEmptyAndUnsetAsAbsentAndFallsBackToCodes()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekTsvImporter(), fixture("empty_and_unset.log"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups.size(), 2);
        QCOMPARE(sink.lookups[0].qname, QByteArray());
        QCOMPARE(sink.lookups[0].server, QByteArray());
        QCOMPARE(sink.lookups[0].qtype, QByteArray("AAAA"));     // qtype 28, qtype_name unset
        QCOMPARE(sink.lookups[0].rcode, QByteArray("NXDOMAIN")); // rcode 3, rcode_name unset
        QCOMPARE(sink.lookups[1].tsUs, 1521911720200000LL);
        QCOMPARE(sink.lookups[1].client, QByteArray());
        QCOMPARE(sink.lookups[1].qname, QByteArray());
    }

    // Zeek logs mDNS in dns.log too: port 5353 on either side flags the lookup, in TSV and JSON.
    void flagsMdnsByPort()
    {
        QByteArray tsv = "#separator \\x09\n#unset_field\t-\n"
                         "#fields\tts\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tquery\n";
        tsv += "1700000000.0\t10.0.0.5\t5353\t224.0.0.251\t5353\tprinter.local\n"
               "1700000001.0\t192.0.2.10\t40000\t192.0.2.20\t5353\tnas.local\n"
               "1700000002.0\t192.0.2.10\t40001\t198.51.100.53\t53\twww.example.com\n"
               "1700000003.0\t192.0.2.10\t-\t198.51.100.53\t-\tnoports.example\n";
        QByteArray json = "{\"ts\":1700000000.0,\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":5353,"
                          "\"id.resp_h\":\"224.0.0.251\",\"id.resp_p\":5353,\"query\":\"printer.local\"}\n"
                          "{\"ts\":1700000001.0,\"id.orig_h\":\"192.0.2.10\",\"id.orig_p\":40000,"
                          "\"id.resp_h\":\"192.0.2.20\",\"id.resp_p\":5353,\"query\":\"nas.local\"}\n"
                          "{\"ts\":1700000002.0,\"id.orig_h\":\"192.0.2.10\",\"id.orig_p\":40001,"
                          "\"id.resp_h\":\"198.51.100.53\",\"id.resp_p\":53,\"query\":\"www.example.com\"}\n"
                          "{\"ts\":1700000003.0,\"id.orig_h\":\"192.0.2.10\",\"query\":\"noports.example\"}\n";
        const QList<quint8> expected = {LookupFlags::kMdns, LookupFlags::kMdns, 0, 0};
        for (const auto &[importer, text] : {std::pair<const Importer *, QByteArray>(new ZeekTsvImporter, tsv),
                                             std::pair<const Importer *, QByteArray>(new ZeekJsonImporter, json)}) {
            const std::unique_ptr<const Importer> owned(importer);
            QBuffer in;
            in.setData(text);
            QVERIFY(in.open(QIODevice::ReadOnly));
            RecordingSink sink;
            const ImportReport report = importer->read(in, {}, sink, {});
            QVERIFY2(!report.error, qPrintable((report.error ? report.error->message() : QString())));
            QList<quint8> flags;
            for (const RecordingSink::Lookup &l : std::as_const(sink.lookups))
                flags.append(l.flags);
            QCOMPARE(flags, expected);
        }
    }

    void acceptsVectorAnswersColumn()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekTsvImporter(), fixture("answers_vector.log"), sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups.size(), 2);
        QCOMPARE(sink.lookups[1].qtype, QByteArray("TXT"));
    }

    void typesAnswersByTheirTextAndPairsTtls()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekTsvImporter(), fixture("answers_vector.log"), sink);
        QVERIFY(!r.error);
        // A name in the answers to an A query is a CNAME; the separator inside an element
        // (\x2c) is part of it; an unset or empty TTLs column leaves the TTLs unknown.
        QCOMPARE(sink.lookups[0].answers, (QByteArrayList{"CNAME ise.wrccdc.cpp.edu 2230", "A 134.71.3.16 41830"}));
        QCOMPARE(sink.lookups[1].answers, (QByteArrayList{" v=spf1, a -1", " \tb -1"}));

        RecordingSink json;
        const ImportReport j = readWith(ZeekJsonImporter(), fixture("answers_ttls.json"), json);
        QVERIFY(!j.error);
        QCOMPARE(j.rejected, 0);
        QCOMPARE(json.lookups.size(), 3);
        // Names lower-cased without the trailing dot, IPv6 as RFC 5952 text, Zeek's TXT form
        // quoted as in a zone file, fractions of a TTL cut, a TTL missing for the last answer.
        QCOMPARE(json.lookups[0].answers,
                 (QByteArrayList{"CNAME www.example.net 300", "AAAA 2001:db8::1 60", "A 192.0.2.7 60",
                                 "TXT \"hello\" \"a\\\"b\" -1"}));
        // Not an address query: a name stays untyped; a null element is skipped; a null or
        // negative TTL is unknown.
        QCOMPARE(json.lookups[1].answers, (QByteArrayList{" mx1.example.com 3600", " v=spf1\t-all -1"}));
        QVERIFY(json.lookups[2].answers.isEmpty());
    }

    // Zeek's JSON writer writes arrays; a converter that copied the TSV columns writes the
    // vectors as comma-joined text. Both give the same answers.
    void readsCommaJoinedAnswersAsTheTsvColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("joined.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"ts":1521911720.865716,"id.orig_h":"10.47.1.100","query":"ise.wrccdc.org","qtype_name":"A",)"
            R"("rcode_name":"NOERROR","answers":["ise.wrccdc.cpp.edu","134.71.3.16"],"TTLs":[2230.0,41830.0]})"
            "\n"
            R"({"ts":1521911720.865717,"id.orig_h":"10.47.1.100","query":"ise.wrccdc.org","qtype_name":"A",)"
            R"("rcode_name":"NOERROR","answers":"ise.wrccdc.cpp.edu,134.71.3.16","TTLs":"2230.000000,41830.000000"})"
            "\n");
        file.close();
        RecordingSink sink;
        const ImportReport r = readWith(ZeekJsonImporter(), path, sink);
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups.size(), 2);
        const QByteArrayList expected{"CNAME ise.wrccdc.cpp.edu 2230", "A 134.71.3.16 41830"};
        QCOMPARE(sink.lookups[0].answers, expected);
        QCOMPARE(sink.lookups[1].answers, expected);
    }

    // The answers and TTLs as Zeek wrote them in its own columns, read here by splitting the
    // log's lines: every lookup of the corpus keeps them, in order.
    void corpusAnswersMatchZeekColumns()
    {
        DNSTL_REQUIRE_CORPUS(corpusLog());
        RecordingSink sink;
        QVERIFY(readCorpusLog(sink));
        QFile again(corpusLog());
        QVERIFY(again.open(QIODevice::ReadOnly));
        GzipReader unzipped(again);
        qsizetype at = 0, withAnswers = 0, records = 0;
        for (const QByteArray &line : unzipped.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split('\t');
            const QByteArrayList answers = f[21] == "-" ? QByteArrayList() : f[21].split(',');
            const QByteArrayList ttls = f[22] == "-" ? QByteArrayList() : f[22].split(',');
            QByteArrayList expected;
            for (qsizetype i = 0; i < answers.size(); ++i) {
                const QByteArray &a = answers[i];
                const QByteArray word = a.left(a.indexOf(' '));
                const bool summary = word == "TXT" || word == "RRSIG"; // the only two in the corpus
                const bool address =
                    !summary && (a.contains(':') || (a.count('.') == 3 && std::all_of(a.begin(), a.end(), [](char c) {
                                                         return c == '.' || std::isdigit(c);
                                                     })));
                const QByteArray type = address ? QByteArray(a.contains(':') ? "AAAA" : "A")
                    : summary                   ? word
                                                : QByteArray(f[13] == "A" || f[13] == "AAAA" ? "CNAME" : "");
                const QByteArray rdata = type == "TXT" ? '"' + a.mid(a.indexOf(' ', 4) + 1) + '"'
                    : summary                          ? a.mid(word.size() + 1)
                                                       : a;
                expected.append(type + ' ' + rdata + ' ' + QByteArray::number(qint64(ttls.value(i).toDouble())));
            }
            QCOMPARE(sink.lookups[at++].answers, expected);
            withAnswers += !answers.isEmpty();
            records += answers.size();
        }
        QCOMPARE(at, 53615);
        QCOMPARE(withAnswers, 39682);
        QCOMPARE(records, 79672);
    }

    void rejectsMalformedRecordsWithLineNumbers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated last line") << fixture("truncated_last_line.log") << 1 << QList<qint64>{10}
                                             << QStringLiteral("fields, #fields lists 15");
        QTest::newRow("bad timestamp") << fixture("bad_timestamp.log") << 2 << QList<qint64>{10}
                                       << QStringLiteral("bad timestamp 'yesterday'");
        QTest::newRow("binary garbage") << fixture("binary_garbage.log") << 2 << QList<qint64>{10, 11, 12}
                                        << QStringLiteral("fields");
        QTest::newRow("records before #fields")
            << fixture("records_before_fields.log") << 1 << QList<qint64>{3} << QStringLiteral("before any #fields");
    }
    void rejectsMalformedRecordsWithLineNumbers()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(QList<qint64>, lines);
        QFETCH(QString, message);
        const ImportResult r = import(path("malformed.dnstl"), file);
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.records, records);
        QCOMPARE(r.report.rejected, lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(r.report.firstIssues[i].line, lines[i]);
        QVERIFY2(r.report.firstIssues[0].message.contains(message), qPrintable(r.report.firstIssues[0].message));
    }

    void strictModeFailsOnTheFirstBadRecord()
    {
        const QString storePath = path("strict.dnstl");
        {
            SqliteStore create(storePath, StoreOpenMode::Create);
        }
        const QByteArray before = storeDigest(storePath);
        ImportOptions strict;
        strict.strict = true;
        const ImportResult r = import(storePath, fixture("bad_timestamp.log"), strict);
        QVERIFY(r.report.error);
        QVERIFY2(r.report.error->message().contains(QLatin1String("line 10")), qPrintable(r.report.error->message()));
        QCOMPARE(storeDigest(storePath), before);
    }

    void failsOnFilesWithoutLookups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("no ts column") << fixture("no_ts_column.log")
                                      << QStringLiteral("line 7: #fields has no 'ts' column");
        QTest::newRow("empty file") << fixture("empty.log") << QStringLiteral("the file is empty");
        QTest::newRow("header only") << fixture("header_only.log") << QStringLiteral("no valid lookup");
        QTest::newRow("corrupt gzip") << fixture("corrupt.log.gz") << QStringLiteral("corrupt gzip data");
        QTest::newRow("truncated gzip") << fixture("truncated.log.gz") << QStringLiteral("truncated gzip data");
    }
    void failsOnFilesWithoutLookups()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString storePath = path("fails.dnstl");
        {
            SqliteStore create(storePath, StoreOpenMode::Create);
        }
        const QByteArray before = storeDigest(storePath);
        const ImportResult r = import(storePath, file);
        QVERIFY(r.report.error);
        QVERIFY2(r.report.error->message().contains(message), qPrintable(r.report.error->message()));
        QVERIFY2(r.report.error->message().contains(QFileInfo(file).fileName()), qPrintable(r.report.error->message()));
        QCOMPARE(storeDigest(storePath), before);
    }

    void readsJsonTimesAsNumbersAndIsoText()
    {
        const ImportResult r = import(path("json.dnstl"), fixture("ts_iso_and_number.json"));
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.format, QStringLiteral("zeek-json"));
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(storedRows(path("json.dnstl")),
                 QStringList({
                     QStringLiteral("1521911720865716 10.0.0.1 a.example A NOERROR 10.0.0.53"),
                     QStringLiteral("1521911721000001 10.0.0.2 b.example AAAA NXDOMAIN 10.0.0.53"),
                     QStringLiteral("1521911722000000 10.0.0.3  MX SERVFAIL "),
                 }));
    }

    void rejectsInvalidJsonLinesWithLineNumbers()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekJsonImporter(), fixture("invalid_json.json"), sink);
        QVERIFY(!r.error);
        QCOMPARE(sink.lookups.size(), 2); // the nested object (skipped) and 64 levels are fine
        QCOMPARE(sink.lookups[0].qname, QByteArray("ok.example"));
        QCOMPARE(sink.lookups[1].qname, QByteArray("deep63.example"));
        QList<qint64> lines;
        for (const ImportIssue &issue : r.firstIssues)
            lines.append(issue.line);
        QCOMPARE(lines, QList<qint64>({2, 3, 4, 5, 6, 7, 8, 9, 11}));
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("invalid JSON")));
        QVERIFY2(r.firstIssues[2].message.contains(QLatin1String("deeper than 64")),
                 qPrintable(r.firstIssues[2].message));
        QVERIFY(r.firstIssues[5].message.contains(QLatin1String("no \"ts\"")));
        QVERIFY(r.firstIssues[8].message.contains(QLatin1String("bad timestamp")));
    }

    // The whole line is validated, not only the members the importer reads: a fault in a member
    // nobody needs still rejects the line (simdjson's On-Demand API alone would let it through).
    void rejectsInvalidValuesInMembersNobodyReads()
    {
        RecordingSink sink;
        const ImportReport r = readWith(ZeekJsonImporter(), fixture("invalid_unread_members.json"), sink);
        QVERIFY(!r.error);
        QList<qint64> lines;
        for (const ImportIssue &issue : r.firstIssues) {
            lines.append(issue.line);
            QVERIFY2(issue.message.contains(QLatin1String("invalid JSON")) || issue.line == 11,
                     qPrintable(issue.message));
        }
        QCOMPARE(lines, QList<qint64>({2, 3, 4, 5, 6, 7, 8, 11}));
        QVERIFY(r.firstIssues[7].message.contains(QLatin1String("neither a number nor a string")));
        QCOMPARE(sink.lookups.size(), 3);
        QCOMPARE(sink.lookups[0].qname, QByteArray("ok.example"));
        // Duplicate members: the last string or number counts, a null erases nothing.
        QCOMPARE(sink.lookups[1].qname, QByteArray("dup.example"));
        QCOMPARE(sink.lookups[1].tsUs, 1521911720900000LL);
        QCOMPARE(sink.lookups[1].qtype, QByteArray("A"));
        QCOMPARE(sink.lookups[2].qname, QByteArray("escaped-key.example"));
    }

    // Lines are parsed in place in the reader's 4 MiB buffer: the ones that cross a refill, and
    // a last line without LF at the very end of the data, read like any other.
    void readsJsonLinesAcrossReadChunks()
    {
        QByteArray data;
        const int count = 60000; // about 9 MB: two refills of the buffer
        for (int i = 0; i < count; ++i) {
            data += "{\"ts\":" + QByteArray::number(1521911720 + i) + ",\"query\":\"n" + QByteArray::number(i) +
                ".example\",\"answers\":[\"192.0.2." + QByteArray::number(i % 250) + "\"],\"TTLs\":[60.0],\"pad\":\"" +
                QByteArray(80 + i % 67, 'p') + "\"}";
            if (i + 1 < count)
                data += '\n';
        }
        QBuffer in(&data);
        QVERIFY(in.open(QIODevice::ReadOnly));
        RecordingSink sink;
        const ImportReport r = ZeekJsonImporter().read(in, {}, sink, {});
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.lookups.size(), count);
        for (int i : {0, 1, count / 2, count - 1}) {
            QCOMPARE(sink.lookups[i].qname, "n" + QByteArray::number(i) + ".example");
            QCOMPARE(sink.lookups[i].answers, QByteArrayList{"A 192.0.2." + QByteArray::number(i % 250) + " 60"});
        }
    }

    void rejectsJsonLinesLongerThanOneMebibyte()
    {
        const QString file = path("long.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"ts\":1521911720.1,\"query\":\"a.example\"}\n");
        // Longer than the importer's 4 MiB read chunk, so it is skipped without ever being whole.
        f.write("{\"ts\":1521911720.2,\"query\":\"" + QByteArray(6 << 20, 'x') + "\"}\n");
        f.write("{\"ts\":1521911720.3,\"query\":\"c.example\"}\n");
        f.close();
        RecordingSink sink;
        const ImportReport r = readWith(ZeekJsonImporter(), file, sink);
        QCOMPARE(sink.lookups.size(), 2);
        QCOMPARE(r.firstIssues.size(), 1);
        QCOMPARE(r.firstIssues[0].line, 2);
        QCOMPARE(sink.lookups[1].tsUs, 1521911720300000LL);
    }

    void sniffsZeekFormatsBeforeDelimitedText()
    {
        auto head = [](const char *name) {
            QFile f(fixture(name));
            f.open(QIODevice::ReadOnly);
            return f.read(64 * 1024);
        };
        QCOMPARE(ImporterRegistry::sniff(head("concatenated_logs.log"))->formatId(), QStringLiteral("zeek"));
        QCOMPARE(ImporterRegistry::sniff(head("ts_iso_and_number.json"))->formatId(), QStringLiteral("zeek-json"));
        QVERIFY(!ZeekJsonImporter().sniff(head("passive_dns_cof.json")));
        QVERIFY(!ZeekTsvImporter().sniff(QByteArrayView("ts,client,qname\n1,2,3\n")));
    }

    void readsConcatenatedGzipMembers()
    {
        const ImportResult gz = import(path("gz.dnstl"), fixture("two_members.log.gz"));
        QVERIFY2(!gz.report.error, qPrintable((gz.report.error ? gz.report.error->message() : QString())));
        QCOMPARE(gz.dataset.records, 3);
        import(path("plain.dnstl"), fixture("concatenated_logs.log"));
        QCOMPARE(storedRows(path("gz.dnstl")), storedRows(path("plain.dnstl")));
    }

    void importsGzippedCsvLikePlainCsv()
    {
        const ImportResult gz = import(path("csvgz.dnstl"), fixture("simple.csv.gz"));
        QVERIFY2(!gz.report.error, qPrintable((gz.report.error ? gz.report.error->message() : QString())));
        QCOMPARE(gz.dataset.format, QStringLiteral("csv"));
        const ImportResult plain = import(path("csv.dnstl"), QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv"));
        QVERIFY(!plain.report.error);
        QCOMPARE(gz.dataset.records, plain.dataset.records);
        QCOMPARE(storedRows(path("csvgz.dnstl")), storedRows(path("csv.dnstl")));
    }
};

QTEST_GUILESS_MAIN(TestZeekImporter)
#include "tst_zeek_importer.moc"
