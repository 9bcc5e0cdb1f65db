// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Passive DNS (COF) import: the parse, the sniffing next to Zeek JSON, and the observations
// in a store, end to end through runImport.
#include "import_job.h"
#include "importer_registry.h"
#include "passive_dns_importer.h"
#include "recording_sink.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "zeek_json_importer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/cof/") + QString::fromLatin1(name);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Parsed {
    RecordingSink sink;
    ImportReport report;
};

Parsed parse(const char *name, ImportOptions options = {})
{
    Parsed p;
    QByteArray data = contents(fixture(name));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    p.report = PassiveDnsImporter().read(buffer, options, p.sink, {});
    return p;
}

QList<qint64> issueLines(const ImportReport &r)
{
    QList<qint64> lines;
    for (const ImportIssue &i : r.firstIssues)
        lines.append(i.line);
    return lines;
}

// Every row of every table, hashed: a store that did not change hashes the same.
QByteArray everyRow(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        Statement rows = db.prepare("SELECT * FROM \"" + tables.text(0).toUtf8() + "\" ORDER BY 1, 2");
        for (int n = rows.columnCount(); rows.step();) {
            for (int c = 0; c < n; ++c)
                hash.addData(rows.blob(c).toByteArray() + '|');
        }
    }
    return hash.result();
}
} // namespace

class TestPassiveDnsImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ImportResult import(LookupStore &store, const QString &file, const ProgressFn &progress = {})
    {
        ImportRequest request;
        request.filePath = file;
        return runImport(store, request, progress);
    }

private slots:
    void sniffsCofButNotZeekJsonAndViceVersa()
    {
        const PassiveDnsImporter cof;
        for (const char *name : {"simple.jsonl", "farsight.jsonl", "framing_only.jsonl", "bad_time.jsonl"}) {
            QVERIFY2(cof.sniff(contents(fixture(name))), name);
            QCOMPARE(ImporterRegistry::sniff(contents(fixture(name)))->formatId(), QStringLiteral("cof"));
        }
        QVERIFY(!ZeekJsonImporter().sniff(contents(fixture("simple.jsonl"))));
        QVERIFY(!ZeekJsonImporter().sniff(contents(fixture("farsight.jsonl"))));
        const QByteArray zeek = contents(QStringLiteral(DNSTL_TEST_DATA_DIR "/zeek/ts_iso_and_number.json"));
        QVERIFY(!cof.sniff(zeek));
        QCOMPARE(ImporterRegistry::sniff(zeek)->formatId(), QStringLiteral("zeek-json"));
        QCOMPARE(ImporterRegistry::sniff(contents(QStringLiteral(DNSTL_TEST_DATA_DIR "/zeek/passive_dns_cof.json")))
                     ->formatId(),
                 QStringLiteral("cof"));
        QVERIFY(!cof.sniff(contents(fixture("empty.jsonl"))));
        QVERIFY(!cof.sniff(QByteArrayView("{\"rrname\":\"a\",\"time_first\":1}\0", 31)));
        QVERIFY(!cof.sniff(contents(QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv"))));
    }

    void readsRecordsArraysAndZoneTimes()
    {
        const Parsed p = parse("simple.jsonl");
        QVERIFY(!p.report.error);
        QCOMPARE(p.report.rejected, 0);
        QCOMPARE(p.report.records, 5);
        const auto &o = p.sink.observations;
        QCOMPARE(o[0].rrname, QByteArray("www.example.com"));
        QCOMPARE(o[0].bailiwick, QByteArray("example.com"));
        QCOMPARE(o[0].firstUs, qint64(1298419440) * 1000000);
        QCOMPARE(o[0].lastUs, qint64(1538148150) * 1000000);
        QCOMPARE(o[0].count, 97167);
        QVERIFY(!o[0].zoneTimes);
        // An rrset with two rdata: two observations sharing times and count, zone times marked.
        QCOMPARE(o[1].rdata, QByteArray("a.iana-servers.net."));
        QCOMPARE(o[2].rdata, QByteArray("b.iana-servers.net."));
        QCOMPARE(o[1].rrtype, QByteArray("NS"));
        QVERIFY(o[1].zoneTimes && o[2].zoneTimes);
        QCOMPARE(o[2].count, 2);
        // ISO times; escapes decoded.
        QCOMPARE(o[3].firstUs, qint64(1521911720) * 1000000);
        QCOMPARE(o[3].rdata, QByteArray("\"v=spf1 -all\" \xc3\xa9"));
        QCOMPARE(o[3].count, -1);
        // Only a first time: seen once.
        QCOMPARE(o[4].firstUs, o[4].lastUs);
    }

    void understandsFarsightFraming()
    {
        const Parsed p = parse("farsight.jsonl");
        QVERIFY(!p.report.error);
        QCOMPARE(p.report.records, 2);
        QCOMPARE(p.report.rejected, 0);
        QCOMPARE(p.sink.observations[0].rrname, QByteArray("fsi.io"));
        QCOMPARE(p.sink.observations[1].rdata, QByteArray("ns5.dnsmadeeasy.com."));
        QVERIFY(p.sink.observations[1].zoneTimes);
        const Parsed framing = parse("framing_only.jsonl");
        QCOMPARE(framing.report.records, 0);
        QCOMPARE(framing.report.rejected, 0);
        const Parsed failed = [] {
            Parsed p;
            QByteArray data("{\"cond\":\"begin\"}\n{\"cond\":\"failed\",\"msg\":\"Query timed out\"}\n");
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            p.report = PassiveDnsImporter().read(buffer, {}, p.sink, {});
            return p;
        }();
        QCOMPARE(failed.report.rejected, 1);
        QVERIFY(failed.report.firstIssues[0].message.contains(QLatin1String("Query timed out")));
    }

    void rejectsMalformedRecordsWithLineNumbers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QString>("firstMessage");
        QTest::newRow("bad time") << QStringLiteral("bad_time.jsonl") << qint64(1) << QList<qint64>{2, 3, 4, 5}
                                  << QStringLiteral("bad time_first 'yesterday'");
        QTest::newRow("missing rrname") << QStringLiteral("missing_rrname.jsonl") << qint64(1)
                                        << QList<qint64>{2, 3, 4, 5, 6, 7} << QStringLiteral("no rrname");
        QTest::newRow("truncated line") << QStringLiteral("truncated_line.jsonl") << qint64(2) << QList<qint64>{3}
                                        << QStringLiteral("invalid JSON");
    }

    void rejectsMalformedRecordsWithLineNumbers()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(QList<qint64>, lines);
        QFETCH(QString, firstMessage);
        const Parsed p = parse(qPrintable(file));
        QVERIFY(!p.report.error);
        QCOMPARE(p.report.records, records);
        QCOMPARE(p.report.rejected, lines.size());
        QCOMPARE(issueLines(p.report), lines);
        QVERIFY2(p.report.firstIssues[0].message.startsWith(firstMessage), qPrintable(p.report.firstIssues[0].message));
        ImportOptions strict;
        strict.strict = true;
        const Parsed s = parse(qPrintable(file), strict);
        QVERIFY(s.report.error);
        QVERIFY(s.report.error->message().contains(QStringLiteral("line %1").arg(lines[0])));
    }

    // Each line is validated whole by simdjson's DOM parser, not only the members the importer
    // reads; duplicate members: the last one that is not null counts.
    void rejectsInvalidJsonAnywhereInALineAndReadsTheLastDuplicate()
    {
        const QByteArray deep = QByteArray(63, '[') + QByteArray(63, ']'); // 64 levels with the record
        const QByteArray tooDeep = '[' + deep + ']';
        QByteArray data =
            "{\"rrname\":\"a.example\",\"rrtype\":\"A\",\"time_first\":1,\"rdata\":\"192.0.2.1\","
            "\"sensor_id\":tru}\n"                                                              // 1: unread member
            "{\"rrname\":\"b.example\",\"rrtype\":\"A\",\"time_first\":1,\"rdata\":\"\xff\"}\n" // 2: UTF-8
            "{\"rrname\":\"c.example\",\"time_first\":1,\"rdata\":\"x\",\"deep\":" +
            deep +
            "}\n" // 3: 64 levels, read
            "{\"rrname\":\"d.example\",\"time_first\":1,\"rdata\":\"x\",\"deep\":" +
            tooDeep +
            "}\n"                                                                         // 4: 65 levels
            "{\"rrname\":\"e.example\",\"time_first\":1,\"rdata\":\"x\",\"count\":3.0}\n" // 5
            "{\"rrname\":\"f.example\",\"time_first\":[1],\"rdata\":\"x\"}\n"             // 6
            "{\"rrname\":\"old.example\",\"rrname\":\"g.example\",\"rrname\":null,\"time_first\":1,"
            "\"count\":7,\"rdata\":[\"x\",\"y\"],\"rdata\":[\"z\"]}\n" // 7: the last rrname, rdata
            "[1,2]\n";                                                 // 8
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        RecordingSink sink;
        const ImportReport r = PassiveDnsImporter().read(buffer, {}, sink, {});
        QVERIFY(!r.error);
        QCOMPARE(issueLines(r), QList<qint64>({1, 2, 4, 5, 6, 8}));
        QVERIFY2(r.firstIssues[0].message.startsWith(QLatin1String("invalid JSON")),
                 qPrintable(r.firstIssues[0].message));
        QVERIFY2(r.firstIssues[1].message.startsWith(QLatin1String("invalid JSON")),
                 qPrintable(r.firstIssues[1].message));
        QVERIFY2(r.firstIssues[2].message.contains(QLatin1String("deeper than 64")),
                 qPrintable(r.firstIssues[2].message));
        QVERIFY2(r.firstIssues[3].message.startsWith(QLatin1String("bad count '3.0'")),
                 qPrintable(r.firstIssues[3].message));
        QVERIFY2(r.firstIssues[4].message.startsWith(QLatin1String("bad time_first '[1]'")),
                 qPrintable(r.firstIssues[4].message));
        QVERIFY2(r.firstIssues[5].message.contains(QLatin1String("expected a JSON object")),
                 qPrintable(r.firstIssues[5].message));
        QCOMPARE(sink.observations.size(), 2);
        QCOMPARE(sink.observations[0].rrname, QByteArray("c.example"));
        QCOMPARE(sink.observations[1].rrname, QByteArray("g.example"));
        QCOMPARE(sink.observations[1].rdata, QByteArray("z"));
        QCOMPARE(sink.observations[1].count, 7);
    }

    // Lines are parsed in place in the reader's 4 MiB buffer: the ones that cross a refill, and
    // a last line without LF at the very end of the data, read like any other.
    void readsLinesAcrossReadChunks()
    {
        QByteArray data;
        const int count = 40000; // about 9 MB: two refills of the buffer
        for (int i = 0; i < count; ++i) {
            const QByteArray record = "{\"time_first\":" + QByteArray::number(1521911720 + i) + ",\"rrname\":\"n" +
                QByteArray::number(i) + ".example\",\"rrtype\":\"A\",\"rdata\":[\"192.0.2." +
                QByteArray::number(i % 250) + "\",\"198.51.100.1\"],\"pad\":\"" + QByteArray(100 + i % 67, 'p') + "\"}";
            data += i % 2 ? "{\"obj\":" + record + "}" : record;
            if (i + 1 < count)
                data += '\n';
        }
        QBuffer in(&data);
        QVERIFY(in.open(QIODevice::ReadOnly));
        RecordingSink sink;
        const ImportReport r = PassiveDnsImporter().read(in, {}, sink, {});
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.observations.size(), 2 * count);
        for (int i : {0, 1, count / 2, count - 1}) {
            QCOMPARE(sink.observations[2 * i].rrname, "n" + QByteArray::number(i) + ".example");
            QCOMPARE(sink.observations[2 * i].rdata, "192.0.2." + QByteArray::number(i % 250));
            QCOMPARE(sink.observations[2 * i + 1].rdata, QByteArray("198.51.100.1"));
            QCOMPARE(sink.observations[2 * i].firstUs, (1521911720 + i) * 1000000LL);
        }
    }

    void survivesBinaryGarbage()
    {
        const Parsed p = parse("binary_garbage.jsonl");
        QVERIFY(!p.report.error);
        QCOMPARE(p.report.records, 1);
        QVERIFY(p.report.rejected > 0);
        QCOMPARE(p.report.firstIssues[0].line, 2);
    }

    void storesObservationsAsTheirOwnKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("cof.dnstl"));
        SqliteStore store(path, StoreOpenMode::Create);
        const ImportResult r = import(store, fixture("simple.jsonl"));
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.kind, DatasetKind::Observations);
        QCOMPARE(r.dataset.records, 5);
        QCOMPARE(r.dataset.tsMinUs, qint64(1298419440) * 1000000);
        QCOMPARE(r.dataset.tsMaxUs, qint64(1538148150) * 1000000);
        const QList<DatasetInfo> sets = store.datasets();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets[0].kind, DatasetKind::Observations);
        QCOMPARE(sets[0].format, QStringLiteral("cof"));

        QCOMPARE(store.observations({}).size(), 5);
        ObservationQuery byName;
        byName.rrnameGlob = QStringLiteral("*.EXAMPLE.com");
        QCOMPARE(store.observations(byName).size(), 3); // www, mail, once
        ObservationQuery byRdata;
        byRdata.rdataGlob = QStringLiteral("?.iana-servers.net.");
        const QList<Observation> ns = store.observations(byRdata);
        QCOMPARE(ns.size(), 2);
        QCOMPARE(ns[0].rrname, QStringLiteral("example.com"));
        QCOMPARE(ns[0].count, 2);
        QVERIFY(ns[0].zoneTimes);
        ObservationQuery byTime; // overlaps only the spans around 2018-03-24T17:15:20Z
        byTime.range = {qint64(1521911720) * 1000000, qint64(1521911721) * 1000000};
        QCOMPARE(store.observations(byTime).size(), 5); // every span includes that second
        byTime.range = {qint64(1521911791) * 1000000, qint64(1521911800) * 1000000};
        QCOMPARE(store.observations(byTime).size(), 1); // only www's long span
        ObservationQuery limited;
        limited.limit = 2;
        QCOMPARE(store.observations(limited).size(), 2);

        // Binning leaves observations out rather than counting them as lookups.
        BinQuery bins;
        bins.range = TimeRange{qint64(1298419440) * 1000000, qint64(1538148150) * 1000000};
        bins.width = BinWidth::parse(QStringLiteral("1y"));
        for (const BinSeries &s : store.bins(bins).series)
            QCOMPARE(s.total, 0);

        store.deleteDataset(r.dataset.id);
        QCOMPARE(store.observations({}).size(), 0);
    }

    void failedOrCancelledImportLeavesStoreUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.dnstl"));
        SqliteStore store(path, StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("farsight.jsonl")).report.error);
        const QByteArray before = everyRow(path);
        // Large enough that several observation batches reach the writer thread first.
        const QString big = m_dir.filePath(QStringLiteral("big.jsonl"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 60000; ++i)
                f.write(
                    QStringLiteral("{\"time_first\":%1,\"time_last\":%2,\"rrname\":\"n%3.example\",\"rrtype\":\"A\","
                                   "\"rdata\":\"192.0.2.1\"}\n")
                        .arg(1500000000 + i)
                        .arg(1500000100 + i)
                        .arg(i)
                        .toUtf8());
        }
        const ImportResult cancelled =
            import(store, big, [](const ImportProgress &p) { return p.bytesDone < 1 << 20; });
        QVERIFY(cancelled.report.cancelled);
        QCOMPARE(everyRow(path), before);
        const ImportResult empty = import(store, fixture("framing_only.jsonl"));
        QVERIFY(empty.report.error);
        QVERIFY2(empty.report.error->message().contains(QLatin1String("no valid observation")),
                 qPrintable(empty.report.error->message()));
        QCOMPARE(everyRow(path), before);
        QVERIFY(import(store, fixture("empty.jsonl")).report.error);
        QCOMPARE(everyRow(path), before);
        const ImportResult full = import(store, big);
        QCOMPARE(full.dataset.records, 60000);
        QCOMPARE(store.observations({}).size(), 60002);
    }
};

QTEST_GUILESS_MAIN(TestPassiveDnsImporter)
#include "tst_passive_dns_importer.moc"
