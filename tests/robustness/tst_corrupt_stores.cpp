// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not a sound store of ours, given to the command line: a truncated store, a
// random file, another program's SQLite database, a store of a newer schema version, a
// read-only store, and a store on a full disk. Each time: a clear "dnstimeline: ..." message,
// no crash, and the file untouched (same bytes and modification time) or, for the full disk,
// rolled back to what it held.
#include "child_process.h"
#include "robustness_support.h"
#include "store_probe.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {
bool sqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}
} // namespace

class TestCorruptStores : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ChildProcess m_cli{QStringLiteral(DNSTL_BINARY)};
    QString m_good;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString csv() const { return QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv"); }

    // Every command on `store` fails with a message containing `expected`, without writing.
    void rejectedUntouched(const QString &store, const QString &expected)
    {
        const QByteArray before = StoreProbe::fingerprint(store);
        for (const QStringList &args :
             {QStringList{QStringLiteral("datasets"), store},
              QStringList{QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1h")},
              QStringList{QStringLiteral("import"), store, csv()},
              QStringList{QStringLiteral("events"), store, QStringLiteral("list")}}) {
            const ChildProcess::Result r = m_cli.run(args);
            const QByteArray what = args.join(QLatin1Char(' ')).toUtf8() + ": ";
            QVERIFY2(r.exited, what + "crashed with signal " + QByteArray::number(r.signal) + '\n' + r.err.right(3000));
            QVERIFY2(r.exitCode == 1, what + "exit code " + QByteArray::number(r.exitCode) + ' ' + r.err);
            QVERIFY2(r.err.startsWith("dnstimeline: ") && r.err.contains(expected.toUtf8()), what + r.err);
            QVERIFY2(!r.err.contains("runtime error") && !r.err.contains("Sanitizer"), what + r.err);
            QCOMPARE(StoreProbe::fingerprint(store), before);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = path(QStringLiteral("good.dnstl"));
        QVERIFY(RobustnessSupport::writeLookupsCsv(path(QStringLiteral("lookups.csv")), 20000));
        const ChildProcess::Result r =
            m_cli.run({QStringLiteral("import"), m_good, path(QStringLiteral("lookups.csv"))});
        QVERIFY2(r.exited && r.exitCode == 0, r.err);
        QVERIFY(!QFile::exists(m_good + QStringLiteral("-wal")) ||
                QFileInfo(m_good + QStringLiteral("-wal")).size() == 0);
    }

    void truncatedStoreIsRejected()
    {
        const QString store = path(QStringLiteral("truncated.dnstl"));
        QVERIFY(QFile::copy(m_good, store));
        QFile f(store);
        QVERIFY(f.resize(QFileInfo(m_good).size() / 3));
        f.close();
        rejectedUntouched(store, QStringLiteral("truncated.dnstl"));
    }

    void randomFileIsRejected()
    {
        const QString store = path(QStringLiteral("random.bin"));
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QRandomGenerator random(7);
        QByteArray bytes(256 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        f.write(bytes);
        f.close();
        rejectedUntouched(store, QStringLiteral("not a DNS Timeline store"));
    }

    void otherProgramsDatabaseIsRejected()
    {
        const QString store = path(QStringLiteral("places.sqlite"));
        QVERIFY(sqlite(store,
                       "CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);"
                       "INSERT INTO moz_places(url) VALUES ('https://example.org/');"));
        rejectedUntouched(store, QStringLiteral("another program"));
    }

    void newerSchemaVersionIsRejected()
    {
        const QString store = path(QStringLiteral("future.dnstl"));
        QVERIFY(QFile::copy(m_good, store));
        QVERIFY(sqlite(store, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);"));
        rejectedUntouched(store, QStringLiteral("newer"));
    }

    void readOnlyStoreIsReadWithoutWriting()
    {
        const QString store = path(QStringLiteral("readonly.dnstl"));
        QVERIFY(QFile::copy(m_good, store));
        QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = StoreProbe::fingerprint(store);
        for (const QStringList &args :
             {QStringList{QStringLiteral("datasets"), store},
              QStringList{QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1d")},
              QStringList{QStringLiteral("events"), store, QStringLiteral("list")}}) {
            const ChildProcess::Result r = m_cli.run(args);
            QVERIFY2(r.exited && r.exitCode == 0, args.join(QLatin1Char(' ')).toUtf8() + ": " + r.err);
            QCOMPARE(StoreProbe::fingerprint(store), before);
        }
        if (geteuid() == 0)
            return; // root writes through 0444: importing would rightly succeed (see the next test)
        const ChildProcess::Result r = m_cli.run({QStringLiteral("import"), store, csv()});
        QVERIFY2(r.exited && r.exitCode == 1 && r.err.startsWith("dnstimeline: "), r.err);
        QCOMPARE(StoreProbe::fingerprint(store), before);
    }

    // A store on a read-only file system (a CD, a read-only share): readable; imports fail clearly.
    void storeOnReadOnlyFileSystemIsReadAndImportFails()
    {
        const QString source = path(QStringLiteral("ro-source")), mountPoint = path(QStringLiteral("ro-mount"));
        QVERIFY(QDir().mkpath(source) && QDir().mkpath(mountPoint));
        const QString original = QDir(source).filePath(QStringLiteral("ro.dnstl"));
        QFile::remove(original);
        QVERIFY(QFile::copy(m_good, original));
        const QByteArray src = QFile::encodeName(source), mp = QFile::encodeName(mountPoint);
        if (mount(src.constData(), mp.constData(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP("cannot bind-mount here (not root, or no CAP_SYS_ADMIN)");
        if (mount(nullptr, mp.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
            umount(mp.constData());
            QSKIP("cannot remount read-only here");
        }
        const QString store = QDir(mountPoint).filePath(QStringLiteral("ro.dnstl"));
        const QByteArray before = StoreProbe::fingerprint(store);
        QList<ChildProcess::Result> runs;
        for (const QStringList &args :
             {QStringList{QStringLiteral("datasets"), store},
              QStringList{QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1d")},
              QStringList{QStringLiteral("import"), store, csv()}})
            runs.append(m_cli.run(args));
        const QByteArray after = StoreProbe::fingerprint(store);
        umount(mp.constData());
        for (const ChildProcess::Result &r : runs)
            QVERIFY2(r.exited && r.err.startsWith("dnstimeline: ") == (r.exitCode != 0), r.err);
        QVERIFY2(runs[2].exitCode == 1, "import: " + runs[2].err);
        qInfo("import into a read-only file system: %s", runs[2].err.trimmed().constData());
        QCOMPARE(after, before);
        // A WAL store on read-only media is read as immutable (SQLite cannot create its -shm).
        QVERIFY2(runs[0].exitCode == 0, "datasets: " + runs[0].err);
        QVERIFY2(runs[1].exitCode == 0, "bins: " + runs[1].err);
    }

    // A real full disk where mounting is allowed (root), else a file size limit (EFBIG).
    void fullDiskFailsImportAndRollsBack_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("small tmpfs") << true;
        QTest::newRow("RLIMIT_FSIZE") << false;
    }
    void fullDiskFailsImportAndRollsBack()
    {
        QFETCH(bool, tmpfs);
        const QString mountPoint = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray mp = QFile::encodeName(mountPoint);
        if (tmpfs && mount("tmpfs", mp.constData(), "tmpfs", 0, "size=24m") != 0)
            QSKIP("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)");
        const QString store = QDir(mountPoint).filePath(QStringLiteral("full.dnstl"));
        QFile::remove(store);
        QVERIFY(QFile::copy(m_good, store));
        const QString big = path(QStringLiteral("big.csv"));
        if (!QFile::exists(big))
            QVERIFY(RobustnessSupport::writeLookupsCsv(big, 1500000, 500, 400000));
        const StoreProbe::State before = StoreProbe::read(store);
        ChildProcess::Limits limits;
        if (!tmpfs)
            limits.fileSizeBytes = QFileInfo(store).size() + (8 << 20);
        const ChildProcess::Result r = m_cli.run({QStringLiteral("import"), store, big}, limits);
        qInfo("message: %s", r.err.trimmed().constData());
        const bool failedClearly = r.exited && r.exitCode == 1 && r.err.startsWith("dnstimeline: ");
        const StoreProbe::State after = StoreProbe::read(store);
        if (tmpfs)
            umount(mp.constData());
        QVERIFY2(failedClearly,
                 "exit " + QByteArray::number(r.exitCode) + " signal " + QByteArray::number(r.signal) + ": " +
                     r.err.right(3000));
        QVERIFY2(!r.err.contains("Sanitizer") && !r.err.contains("runtime error"), r.err);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QVERIFY(after == before);
    }
};

QTEST_GUILESS_MAIN(TestCorruptStores)
#include "tst_corrupt_stores.moc"
