// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The store and the delimited-text import, end to end through runImport.
#include "dataset_writer.h"
#include "import_job.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "store_columns.h"
#include "store_downgrade.h"
#include "store_schema.h"
#include "store_write_session.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

// A digest of everything a store holds, to prove a failed import changed nothing.
QByteArray storeDigest(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT rowid, * FROM lookups ORDER BY rowid", "SELECT * FROM datasets ORDER BY id",
          "SELECT * FROM names ORDER BY id", "SELECT * FROM lookup_blocks ORDER BY dataset, first_rowid",
          "SELECT * FROM events ORDER BY id"}) {
        Statement st = db.prepare(sql);
        const int columns = st.columnCount();
        while (st.step()) {
            for (int c = 0; c < columns; ++c) {
                hash.addData(st.blob(c));
                hash.addData(QByteArrayView("|"));
            }
        }
    }
    return hash.result().toHex();
}
} // namespace

class TestSqliteStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString storePath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    ImportResult import(LookupStore &store, const QString &file, ImportOptions options = {}, bool force = false,
                        const ProgressFn &progress = {})
    {
        ImportRequest request;
        request.filePath = file;
        request.options = options;
        request.force = force;
        return runImport(store, request, progress);
    }

    // A DatasetWriter into a new store at storePath(file).
    std::unique_ptr<DatasetWriter> writerIntoNewStore(const char *file, DatasetWriter::Options options)
    {
        const QString path = storePath(file);
        QFile::remove(path);
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        DatasetInfo meta;
        meta.name = QString::fromLatin1(file);
        return std::make_unique<DatasetWriter>(path, meta, options);
    }

    // A CSV of n lookups, one per second from 2016-07-18, with a bad row at the end if asked;
    // lookup i asks for n<i % names>.example.
    QString writeLargeCsv(const char *name, int n, bool badLastRow, int names = 13)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        QByteArray text("timestamp,client,qname\n");
        const qint64 base = 1468800000;
        for (int i = 0; i < n; ++i)
            text += QByteArray::number(base + i) + ",10.0.0." + QByteArray::number(i % 7) + ",n" +
                QByteArray::number(i % names) + ".example\n";
        if (badLastRow)
            text += "yesterday,10.0.0.1,x.example\n";
        f.write(text);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsCsvAndNormalisesNames()
    {
        SqliteStore store(storePath("simple.dnstl"), StoreOpenMode::Create);
        const ImportResult r = import(store, fixture("simple.csv"));
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.records, 4);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.dataset.tsMinUs, 1468833300000000LL); // 2016-07-18T11:15:00+02:00
        QCOMPARE(r.dataset.tsMaxUs, 1468886400000000LL); // 2016-07-19T00:00:00Z
        QCOMPARE(r.dataset.sha256.size(), 64);
        SqliteDb db(store.location(), SqliteDb::Mode::ReadOnly);
        Statement st =
            db.prepare("SELECT ts, client, qname, qtype, rcode, coalesce(server, '') FROM lookup_view ORDER BY id");
        QStringList rows;
        while (st.step())
            rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(st.int64(0))
                            .arg(st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)));
        // Stored in time order: the +02:00 row (09:15Z) comes first.
        QCOMPARE(rows,
                 QStringList({
                     QStringLiteral("1468833300000000 10.0.0.1 www.example.org AAAA NXDOMAIN 192.0.2.53"),
                     QStringLiteral("1468836000000000 10.0.0.1 mail1.example.com A NOERROR 192.0.2.53"),
                     QStringLiteral("1468837800500000 10.0.0.2 mail1.example.com AAAA NXDOMAIN 192.0.2.53"),
                     QStringLiteral("1468886400000000 10.0.0.3 www.example.org MX NOERROR "),
                 }));
    }

    void rejectsBadRowsWithLineNumbers()
    {
        SqliteStore store(storePath("bad.dnstl"), StoreOpenMode::Create);
        const ImportResult r = import(store, fixture("bad_rows.csv"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.dataset.records, 2);
        QCOMPARE(r.report.rejected, 3);
        QCOMPARE(r.report.firstIssues.size(), 3);
        QCOMPARE(r.report.firstIssues[0].line, 3);
        QVERIFY(r.report.firstIssues[0].message.contains(QLatin1String("not-a-time")));
        QCOMPARE(r.report.firstIssues[1].line, 5);
        QCOMPARE(r.report.firstIssues[2].line, 6);
        QCOMPARE(store.datasets().first().rejected, 3);
    }

    void strictModeFailsAndStoresNothing()
    {
        const QString path = storePath("strict.dnstl");
        SqliteStore store(path, StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        const QByteArray before = storeDigest(path);
        ImportOptions strict;
        strict.strict = true;
        const ImportResult r = import(store, fixture("bad_rows.csv"), strict);
        QVERIFY(r.report.error);
        QVERIFY2(r.report.error->message().contains(QLatin1String("line 3")), qPrintable(r.report.error->message()));
        QVERIFY(r.report.error->message().contains(QLatin1String("bad_rows.csv")));
        QCOMPARE(storeDigest(path), before);
        QCOMPARE(store.datasets().size(), 1);
    }

    void failureAfterManyRowsLeavesStoreUnchanged()
    {
        const QString path = storePath("rollback.dnstl");
        SqliteStore store(path, StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        const QByteArray before = storeDigest(path);
        ImportOptions strict;
        strict.strict = true;
        // 300,000 rows, each with a name of its own: several batches reach the writer thread, and
        // store their new names, before the bad last row.
        const ImportResult r = import(store, writeLargeCsv("large_bad.csv", 300000, true, 300000), strict);
        QVERIFY(r.report.error);
        QCOMPARE(storeDigest(path), before);
    }

    // The writer thread stores each batch's new names with the batch, or, once the names index
    // outgrows its share of the page cache, holds them back and stores them sorted at the end:
    // either way every lookup of several batches, each with 16,384 new names, reads back its own.
    void newNamesStoredPerBatchOrHeldBackReadBack_data()
    {
        QTest::addColumn<qsizetype>("namesInCacheBytes");
        QTest::newRow("with each batch") << DatasetWriter::Options{}.namesInCacheBytes;
        QTest::newRow("held back to the end") << qsizetype(0);
    }

    void newNamesStoredPerBatchOrHeldBackReadBack()
    {
        QFETCH(qsizetype, namesInCacheBytes);
        DatasetWriter::Options options;
        options.namesInCacheBytes = namesInCacheBytes;
        const auto writer = writerIntoNewStore("names_per_batch.dnstl", options);
        const int n = 100000;
        QByteArray name;
        for (int i = 0; i < n; ++i) {
            name = "n" + QByteArray::number(i) + ".example";
            writer->add(RawLookup{1468800000000000LL + i * 1000000LL, "10.0.0.1", name, "A", "NOERROR", {}});
        }
        QCOMPARE(writer->commit(QStringLiteral("abc"), 0).records, n);
        SqliteDb db(storePath("names_per_batch.dnstl"), SqliteDb::Mode::ReadOnly);
        QCOMPARE(db.queryInt("SELECT count(*) FROM names"), n + 3);
        Statement st = db.prepare("SELECT ts, qname FROM lookup_view ORDER BY ts");
        int rows = 0;
        for (; st.step(); ++rows) {
            const qint64 i = st.int64(0) / 1000000 - 1468800000;
            QCOMPARE(st.text(1), QStringLiteral("n%1.example").arg(i));
        }
        QCOMPARE(rows, n);
    }

    void cancelLeavesStoreUnchanged()
    {
        const QString path = storePath("cancel.dnstl");
        SqliteStore store(path, StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        const QByteArray before = storeDigest(path);
        int calls = 0;
        const ImportResult r =
            import(store, writeLargeCsv("large.csv", 400000, false), {}, false, [&](const ImportProgress &p) {
                ++calls;
                return p.bytesDone < 4 << 20; // cancel after the first chunk
            });
        QVERIFY(r.report.cancelled);
        QVERIFY(r.report.error);
        QCOMPARE(r.report.error->kind(), Failure::Kind::Cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(storeDigest(path), before);
        // And the same file imports fully without the cancel.
        const ImportResult full = import(store, m_dir.filePath(QStringLiteral("large.csv")));
        QCOMPARE(full.dataset.records, 400000);
    }

    void refusesDuplicateUnlessForced()
    {
        SqliteStore store(storePath("dup.dnstl"), StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        const ImportResult again = import(store, fixture("simple.csv"));
        QVERIFY(again.report.error);
        QVERIFY(again.report.error->message().contains(QLatin1String("already imported")));
        QCOMPARE(again.report.error->kind(), Failure::Kind::Refused);
        QCOMPARE(store.datasets().size(), 1);
        const ImportResult forced = import(store, fixture("simple.csv"), {}, true);
        QVERIFY(!forced.report.error);
        QCOMPARE(store.datasets().size(), 2);
    }

    void failsOnFilesWithoutLookups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<Failure::Kind>("kind");
        QTest::newRow("header only") << fixture("header_only.csv") << QStringLiteral("no valid lookup")
                                     << Failure::Kind::BadInput;
        QTest::newRow("no timestamp column")
            << fixture("no_timestamp_column.csv") << QStringLiteral("no timestamp column") << Failure::Kind::BadInput;
        QTest::newRow("binary garbage") << fixture("binary_garbage.csv") << QStringLiteral("unknown format")
                                        << Failure::Kind::BadInput;
        QTest::newRow("missing file") << fixture("does_not_exist.csv") << QStringLiteral("does_not_exist.csv")
                                      << Failure::Kind::NotFound;
    }
    void failsOnFilesWithoutLookups()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(Failure::Kind, kind);
        const QString path = storePath("empty_cases.dnstl");
        SqliteStore store(path, StoreOpenMode::Create);
        const QByteArray before = storeDigest(path);
        const ImportResult r = import(store, file);
        QVERIFY(r.report.error);
        QVERIFY2(r.report.error->message().contains(message), qPrintable(r.report.error->message()));
        QCOMPARE(r.report.error->kind(), kind);
        QCOMPARE(storeDigest(path), before);
    }

    // Another connection holds the write lock longer than the busy timeout (5 s): the import
    // fails as TimedOut (so the window can say "busy, try again"), and stores nothing.
    void aLockedStoreTimesOut()
    {
        const QString path = storePath("locked.dnstl");
        SqliteStore store(path, StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        SqliteDb other(path, SqliteDb::Mode::ReadWrite);
        other.exec("BEGIN IMMEDIATE");
        // An import waits 10 minutes for another writer (tst_concurrent_writers); 2 s here.
        StoreWriteSession::setWriteLockWaitMs(2000);
        const ImportResult r = import(store, fixture("simple.csv"), {}, true);
        StoreWriteSession::setWriteLockWaitMs(StoreWriteSession::kWriteLockWaitMs);
        other.exec("ROLLBACK");
        QVERIFY(r.report.error);
        QCOMPARE(r.report.error->kind(), Failure::Kind::TimedOut);
        QVERIFY2(r.report.error->message().contains(QLatin1String("locked")), qPrintable(r.report.error->message()));
        QCOMPARE(store.datasets().size(), 1);
    }

    // Another process has begun to write the new, still empty file (as a second import started
    // at the same moment does): choosing WAL, a read that SQLite upgrades to a write without
    // calling the busy handler, fails at once with SQLITE_BUSY. The open waits and tries again
    // instead of giving up, and makes the store once the other lets go.
    void creatingAStoreWaitsForAnotherWriterOfTheEmptyFile()
    {
        const QString path = storePath("created_together.dnstl");
        SqliteDb other(path, SqliteDb::Mode::ReadWriteCreate);
        other.exec("BEGIN IMMEDIATE");
        std::thread release([&other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            other.exec("ROLLBACK");
        });
        QElapsedTimer waited;
        waited.start();
        std::optional<Failure> failure;
        try {
            SqliteStore store(path, StoreOpenMode::Create);
        } catch (const Failure &f) {
            failure = f;
        }
        release.join();
        QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));
        QVERIFY2(waited.elapsed() >= 300, qPrintable(QString::number(waited.elapsed())));
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        QCOMPARE(StoreSchema::version(db), StoreSchema::kVersion);
        Statement mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void readsLocalTimesInTheGivenZone()
    {
        SqliteStore store(storePath("tz.dnstl"), StoreOpenMode::Create);
        ImportOptions options;
        options.zone = QTimeZone("America/New_York");
        const ImportResult r = import(store, fixture("semicolon_local_time.csv"), options);
        QVERIFY(!r.report.error);
        QCOMPARE(r.dataset.tsMinUs, 1468836000000000LL); // 06:00 EDT = 10:00Z
    }

    void takesColumnsInOrderWithoutHeaderAndEpochByMagnitude()
    {
        SqliteStore store(storePath("epoch.dnstl"), StoreOpenMode::Create);
        const ImportResult r = import(store, fixture("epoch_no_header.csv"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.dataset.records, 3);
        QCOMPARE(r.dataset.tsMinUs, 1468836000000000LL);
        QCOMPARE(r.dataset.tsMaxUs, 1468836000123456LL);
    }

    void handlesBomTabsCrlfAndQuotes()
    {
        SqliteStore store(storePath("bom.dnstl"), StoreOpenMode::Create);
        const ImportResult r = import(store, fixture("bom_tab_crlf.csv"));
        QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
        QCOMPARE(r.dataset.records, 1);
        SqliteDb db(store.location(), SqliteDb::Mode::ReadOnly);
        Statement st = db.prepare("SELECT qname FROM lookup_view");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("quoted\tname.example"));
    }

    void columnMappingOverridesHeader()
    {
        SqliteStore store(storePath("map.dnstl"), StoreOpenMode::Create);
        ImportOptions options;
        options.columnMap = {QStringLiteral("client=server"), QStringLiteral("server=2")};
        const ImportResult r = import(store, fixture("simple.csv"), options);
        QVERIFY(!r.report.error);
        SqliteDb db(store.location(), SqliteDb::Mode::ReadOnly);
        Statement st = db.prepare("SELECT client, server FROM lookup_view ORDER BY id LIMIT 1");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("192.0.2.53"));
        QCOMPARE(st.text(1), QStringLiteral("10.0.0.1"));
    }

    void outOfOrderInputIsStoredSorted_data()
    {
        QTest::addColumn<int>("chunkRows");
        QTest::addColumn<int>("disorder"); // how far back in µs×1000 a time may jump; 0: shuffled
        // A tiny sort chunk forces the spill-and-merge path that large shuffled files take; a
        // chunk larger than the writer's batches takes several pushes per chunk (a sorter bug
        // once merged unsorted rows there), with and without spilling.
        QTest::newRow("shuffled, tiny chunks") << 64 << 0;
        QTest::newRow("shuffled, chunk over several batches") << 50000 << 0;
        QTest::newRow("local disorder, chunk over several batches") << 50000 << 3000;
    }

    void outOfOrderInputIsStoredSorted()
    {
        QFETCH(int, chunkRows);
        QFETCH(int, disorder);
        const QString path = storePath("spill.dnstl");
        const auto writerPtr = writerIntoNewStore("spill.dnstl", DatasetWriter::Options{chunkRows});
        DatasetWriter &writer = *writerPtr;
        QList<qint64> times;
        quint32 state = 1;
        for (int i = 0; i < 100000; ++i) {
            state = state * 1664525u + 1013904223u;
            const qint64 step =
                disorder == 0 ? qint64(state % 5000000) : qint64(i) * 50 - qint64(state % quint32(disorder));
            times.append(1468800000000000LL + step * 1000);
        }
        QByteArray name;
        for (int i = 0; i < times.size(); ++i) {
            name = "n" + QByteArray::number(i % 17);
            writer.add(RawLookup{times[i], "10.0.0.1", name, "A", "NOERROR", {}});
        }
        const DatasetInfo info = writer.commit(QStringLiteral("abc"), 0);
        QCOMPARE(info.records, 100000);
        std::sort(times.begin(), times.end());
        QCOMPARE(info.tsMinUs, times.front());
        QCOMPARE(info.tsMaxUs, times.back());
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        Statement st = db.prepare("SELECT rowid, ts FROM lookups ORDER BY rowid");
        QList<qint64> stored;
        qint64 expectedRowid = db.queryInt("SELECT first_rowid FROM datasets");
        while (st.step()) {
            QCOMPARE(st.int64(0), expectedRowid++);
            stored.append(st.int64(1));
        }
        QCOMPARE(stored, times);
        const TimelineEngine::Input decoded = store_columns::decodeAll(path);
        const DatasetColumnsPtr columns = decoded.datasets.front();
        QCOMPARE(QList<qint64>(columns->ts.begin(), columns->ts.end()), times);
        QCOMPARE(qsizetype(columns->names[1].size()), times.size());
    }

    void refusesNewerSchema()
    {
        const QString path = storePath("newer.dnstl");
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        {
            SqliteDb db(path, SqliteDb::Mode::ReadWrite);
            db.exec("PRAGMA user_version = 99");
        }
        try {
            SqliteStore store(path, StoreOpenMode::ReadWrite);
            QFAIL("a store of a newer schema opened");
        } catch (const Failure &e) {
            QVERIFY2(e.message().contains(QLatin1String("newer")), qPrintable(e.message()));
            QCOMPARE(e.kind(), Failure::Kind::NewerVersion);
        }
    }

    // A version-1 store (made by dropping what version 2 added) is read as it is when opened
    // read-only, and migrated with its data kept when opened for writing.
    void migratesVersionOneStores()
    {
        const QString path = storePath("v1.dnstl");
        {
            SqliteStore store(path, StoreOpenMode::Create);
            QCOMPARE(import(store, fixture("simple.csv")).report.records, 4);
        }
        QVERIFY(downgradeToVersion2(path));
        {
            SqliteDb db(path, SqliteDb::Mode::ReadWrite);
            QCOMPARE(StoreSchema::version(db), 2);
            db.exec("ALTER TABLE datasets DROP COLUMN kind; DROP TABLE observations; DROP TABLE store_meta;"
                    "PRAGMA user_version = 1; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        {
            SqliteStore store(path, StoreOpenMode::ReadOnly);
            QCOMPARE(store.datasets().size(), 1);
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), 1);
        }
        {
            SqliteStore store(path, StoreOpenMode::ReadWrite);
            QCOMPARE(store.datasets().size(), 1);
            QCOMPARE(store.datasets().first().records, 4);
        }
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        QCOMPARE(StoreSchema::version(db), StoreSchema::kVersion);
        QCOMPARE(db.queryInt("SELECT count(*) FROM datasets WHERE kind = 'lookups'"), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_view WHERE proto = 'dns'"), 4);
        QCOMPARE(db.queryInt("SELECT count(*) FROM observations"), 0);
    }

    void refusesForeignFiles()
    {
        const QString foreign = storePath("foreign.db");
        {
            SqliteDb db(foreign, SqliteDb::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE t(x)");
        }
        const QString text = storePath("notes.txt");
        {
            QFile f(text);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(5000, 'x'));
        }
        for (const QString &path : {foreign, text}) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            const QByteArray before = f.readAll();
            f.close();
            try {
                SqliteStore store(path, StoreOpenMode::ReadWrite);
                QFAIL("a foreign file opened as a store");
            } catch (const Failure &e) {
                QVERIFY2(e.message().contains(QLatin1String("not a DNS Timeline store")), qPrintable(e.message()));
                QCOMPARE(e.kind(), Failure::Kind::Corrupt);
            }
            f.open(QIODevice::ReadOnly);
            QCOMPARE(f.readAll(), before);
        }
    }

    void eventsSurviveReopening()
    {
        const QString path = storePath("events.dnstl");
        {
            SqliteStore store(path, StoreOpenMode::Create);
            TimelineEvent e;
            e.startUs = 1468800000000000LL;
            e.endUs = 1469145600000000LL;
            e.allDay = true;
            e.timeZone = QStringLiteral("America/New_York");
            e.title = QStringLiteral("Convention");
            e.category = QStringLiteral("convention");
            QVERIFY(store.addEvent(e) > 0);
        }
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        const QList<TimelineEvent> events = store.events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].title, QStringLiteral("Convention"));
        QCOMPARE(events[0].endUs.value_or(0), 1469145600000000LL);
        QVERIFY(events[0].allDay);
    }

    void binsSeeNewImportsAndDeletions()
    {
        SqliteStore store(storePath("live.dnstl"), StoreOpenMode::Create);
        QVERIFY(!import(store, fixture("simple.csv")).report.error);
        BinQuery q;
        q.width = BinWidth::parse(QStringLiteral("1d"));
        QCOMPARE(store.bins(q).series.value(0).total, 4);
        const ImportResult second = import(store, fixture("bad_rows.csv"));
        QCOMPARE(store.bins(q).series.value(0).total, 6);
        store.deleteDataset(second.dataset.id);
        QCOMPARE(store.bins(q).series.value(0).total, 4);
        SqliteDb db(store.location(), SqliteDb::Mode::ReadOnly);
        QCOMPARE(db.queryInt("SELECT count(*) FROM lookups"), 4);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlite_store.moc"
