// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Several `dnstimeline` processes writing one store at once: N imports (and events imports)
// started together into a store that does not exist yet must all land, whoever creates the
// schema; a writer that holds the store longer than the busy timeout is waited for by an
// import, and a lock that never goes away ends an import with a message instead of a hang.
#include "../core/store_downgrade.h"
#include "robustness_support.h"
#include "store_probe.h"
#include "store_schema.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <vector>

class TestConcurrentWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Outcome {
        int exitCode = -1; // -1: crashed or did not finish in time
        QByteArray err;
    };

    // Starts every command at once (each a `dnstimeline` argument list) and waits for all.
    static QList<Outcome> runTogether(const QList<QStringList> &commands)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &args : commands) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->setProcessChannelMode(QProcess::SeparateChannels);
            processes.back()->start(QStringLiteral(DNSTL_BINARY), args);
        }
        QList<Outcome> out;
        for (auto &p : processes) {
            Outcome o;
            if (p->waitForFinished(240000) && p->exitStatus() == QProcess::NormalExit)
                o.exitCode = p->exitCode();
            else
                p->kill();
            o.err = p->readAllStandardError();
            out.append(o);
        }
        return out;
    }

    static qint64 count(const QString &store, const char *sql)
    {
        sqlite3 *db = nullptr;
        qint64 n = -1;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
            sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Distinct files (distinct SHA-256), so that no import is refused as a duplicate.
        for (int i = 0; i < 8; ++i)
            QVERIFY(RobustnessSupport::writeLookupsCsv(path(QStringLiteral("part%1.csv").arg(i)), 2000 + i));
        QVERIFY(RobustnessSupport::writeEventsCsv(path(QStringLiteral("events.csv")), 5));
    }

    void importsStartedTogetherIntoMissingStoreAllLand_data()
    {
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("rounds");
        QTest::newRow("2 processes") << 2 << 8;
        QTest::newRow("8 processes") << 8 << 3;
    }

    void importsStartedTogetherIntoMissingStoreAllLand()
    {
        QFETCH(int, processes);
        QFETCH(int, rounds);
        for (int round = 0; round < rounds; ++round) {
            const QString store = path(QStringLiteral("new_%1_%2.dnstl").arg(processes).arg(round));
            QList<QStringList> commands;
            qint64 rows = 0;
            for (int i = 0; i < processes; ++i) {
                commands.append({QStringLiteral("import"), store, path(QStringLiteral("part%1.csv").arg(i))});
                rows += 2000 + i;
            }
            const QList<Outcome> outcomes = runTogether(commands);
            for (int i = 0; i < outcomes.size(); ++i)
                QVERIFY2(outcomes[i].exitCode == 0,
                         QByteArray("round ") + QByteArray::number(round) + ", import " + QByteArray::number(i) + ": " +
                             outcomes[i].err);
            const StoreProbe::State state = StoreProbe::read(store);
            QCOMPARE(state.integrity, QStringLiteral("ok"));
            QCOMPARE(state.datasets.count('\n'), processes);
            QCOMPARE(state.lookupRows, rows);
            QCOMPARE(count(store, "PRAGMA user_version"), qint64(StoreSchema::kVersion));
        }
    }

    // A store of schema version 2 that eight imports open at once is migrated once (two
    // processes migrating it together failed with "duplicate column name: flags").
    void importsStartedTogetherIntoOlderStoreMigrateItOnce()
    {
        for (int round = 0; round < 3; ++round) {
            const QString store = path(QStringLiteral("older_%1.dnstl").arg(round));
            QCOMPARE(
                runTogether({{QStringLiteral("import"), store, path(QStringLiteral("part0.csv"))}}).value(0).exitCode,
                0);
            QVERIFY(downgradeToVersion2(store));
            QCOMPARE(count(store, "PRAGMA user_version"), 2);
            QList<QStringList> commands;
            for (int i = 1; i < 8; ++i)
                commands.append({QStringLiteral("import"), store, path(QStringLiteral("part%1.csv").arg(i))});
            commands.append(
                {QStringLiteral("events"), store, QStringLiteral("import"), path(QStringLiteral("events.csv"))});
            const QList<Outcome> outcomes = runTogether(commands);
            for (int i = 0; i < outcomes.size(); ++i)
                QVERIFY2(outcomes[i].exitCode == 0,
                         QByteArray("round ") + QByteArray::number(round) + ", command " + QByteArray::number(i) +
                             ": " + outcomes[i].err);
            const StoreProbe::State state = StoreProbe::read(store);
            QCOMPARE(state.integrity, QStringLiteral("ok"));
            QCOMPARE(state.datasets.count('\n'), 8);
            QCOMPARE(count(store, "PRAGMA user_version"), qint64(StoreSchema::kVersion));
        }
    }

    // Lookup imports and events imports mixed, all creating the store at once.
    void lookupAndEventImportsIntoMissingStoreAllLand()
    {
        for (int round = 0; round < 3; ++round) {
            const QString store = path(QStringLiteral("mixed_%1.dnstl").arg(round));
            QList<QStringList> commands;
            for (int i = 0; i < 4; ++i) {
                commands.append({QStringLiteral("import"), store, path(QStringLiteral("part%1.csv").arg(i))});
                commands.append(
                    {QStringLiteral("events"), store, QStringLiteral("import"), path(QStringLiteral("events.csv"))});
            }
            const QList<Outcome> outcomes = runTogether(commands);
            for (int i = 0; i < outcomes.size(); ++i)
                QVERIFY2(outcomes[i].exitCode == 0,
                         QByteArray("round ") + QByteArray::number(round) + ", command " + QByteArray::number(i) +
                             ": " + outcomes[i].err);
            const StoreProbe::State state = StoreProbe::read(store);
            QCOMPARE(state.integrity, QStringLiteral("ok"));
            QCOMPARE(state.datasets.count('\n'), 4);
            QCOMPARE(state.eventRows, 4 * 5);
        }
    }

    // Another writer keeps the store's write lock for longer than SQLite's busy timeout (5 s):
    // the import waits for it instead of failing with "database is locked", then lands.
    void importWaitsForAnotherWriterToFinish()
    {
        const QString store = path(QStringLiteral("held.dnstl"));
        QCOMPARE(runTogether({{QStringLiteral("import"), store, path(QStringLiteral("part0.csv"))}}).value(0).exitCode,
                 0);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO store_meta VALUES ('held', 1)", nullptr, nullptr, nullptr),
            SQLITE_OK);
        QProcess import;
        import.start(QStringLiteral(DNSTL_BINARY),
                     {QStringLiteral("import"), store, path(QStringLiteral("part1.csv"))});
        QVERIFY(import.waitForStarted());
        QTest::qWait(7000);
        QCOMPARE(import.state(), QProcess::Running); // still waiting for the lock
        QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError());
        QCOMPARE(StoreProbe::read(store).datasets.count('\n'), 2);
    }

    // A store locked by another program (here: an exclusive lock that is never released)
    // ends an import after the bounded wait, with a message that names the store and says
    // why, and the store unchanged.
    void importGivesUpOnLockedStoreWithMessage()
    {
        const QString store = path(QStringLiteral("locked.dnstl"));
        QCOMPARE(runTogether({{QStringLiteral("import"), store, path(QStringLiteral("part0.csv"))}}).value(0).exitCode,
                 0);
        const StoreProbe::State before = StoreProbe::read(store);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        // Out of WAL, an exclusive lock keeps readers out too: nothing can even read the schema.
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE; INSERT INTO store_meta VALUES "
                              "('held', 1)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = runTogether({{QStringLiteral("import"), store, path(QStringLiteral("part1.csv"))}}).value(0);
        const qint64 waited = timer.elapsed();
        QCOMPARE(sqlite3_exec(db, "ROLLBACK; PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QFile::encodeName(store)) && o.err.contains("locked by another program"), o.err);
        QVERIFY2(waited >= 4000 && waited < 60000, QByteArray::number(waited));
        QCOMPARE(StoreProbe::read(store), before);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
