// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL during `dnstimeline import` and `dnstimeline events import`: after each kill the
// store opens, passes PRAGMA integrity_check, and holds exactly what it held before (or, when
// the import had already committed, that plus the whole new dataset): never a partial one.
// DNSTL_CRASH_ROWS sets the size of the generated import (default 2,000,000 rows; the events
// import has a twentieth of that many events).
#include "child_process.h"
#include "robustness_support.h"
#include "store_probe.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ChildProcess m_cli{QStringLiteral(DNSTL_BINARY)};
    QString m_store, m_bigCsv;
    qint64 m_rows = 2000000;
    qint64 m_events = 100000;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Kills `args` at 20 seeded moments within [2 %, 98 %] of a full run's time `fullMs`.
    void killRepeatedly(const QStringList &args, double fullMs, quint32 seed, bool lookups)
    {
        QRandomGenerator random(seed);
        // After a committed run the store is put back, so that it does not grow by millions of
        // rows per commit (integrity_check reads it all after each kill).
        const QString pristine = m_store + QStringLiteral(".pristine");
        QFile::remove(pristine);
        QVERIFY(StoreProbe::checkpoint(m_store) && QFile::copy(m_store, pristine));
        const StoreProbe::State before = StoreProbe::read(m_store);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        int killed = 0, commits = 0;
        for (int i = 0; i < 20; ++i) {
            const int afterMs = int(fullMs * (0.02 + 0.96 * random.generateDouble()));
            const ChildProcess::Result r = m_cli.runAndKill(args, afterMs);
            const QByteArray what = "kill " + QByteArray::number(i) + " after " + QByteArray::number(afterMs) + " ms";
            QVERIFY2(r.signal == SIGKILL || (r.exited && r.exitCode == 0), what + ": " + r.err);
            const ChildProcess::Result opened = m_cli.run({QStringLiteral("datasets"), m_store});
            QVERIFY2(opened.exited && opened.exitCode == 0, what + ": the store does not open: " + opened.err);
            const StoreProbe::State after = StoreProbe::read(m_store);
            QVERIFY2(after.integrity == QLatin1String("ok"), what + ": " + after.integrity.toUtf8());
            killed += r.signal == SIGKILL;
            // Killed before the commit: nothing changed. Killed after it (while checkpointing or
            // exiting) or not killed at all: everything is there.
            const bool committed = r.signal != SIGKILL || !(after == before);
            if (!committed)
                continue;
            ++commits;
            QVERIFY2(after.events == before.events || !lookups, what + ": events changed");
            if (lookups) { // exactly one whole new dataset
                QVERIFY2(after.datasets.count('\n') == before.datasets.count('\n') + 1 &&
                             after.datasets.startsWith(before.datasets),
                         what + ": not one new dataset:\n" + before.datasets + "--\n" + after.datasets);
                QCOMPARE(after.lookupRows, before.lookupRows + m_rows);
            } else { // all the events, and the datasets as they were
                QCOMPARE(after.datasets, before.datasets);
                QCOMPARE(after.lookups, before.lookups);
                QCOMPARE(after.eventRows, before.eventRows + m_events);
            }
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(m_store + QLatin1String(suffix));
            QVERIFY(QFile::copy(pristine, m_store));
        }
        qInfo("%d of 20 runs were killed; %d imports had committed", killed, commits);
        QVERIFY(killed >= 8 && commits < 20);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rows = qEnvironmentVariableIntValue("DNSTL_CRASH_ROWS") > 0 ? qEnvironmentVariableIntValue("DNSTL_CRASH_ROWS")
                                                                      : m_rows;
        m_events = std::max<qint64>(1000, m_rows / 20);
        m_store = path("crash.dnstl");
        m_bigCsv = path("big.csv");
        QVERIFY(RobustnessSupport::writeLookupsCsv(m_bigCsv, m_rows));
        QVERIFY(RobustnessSupport::writeLookupsCsv(path("small.csv"), 1000));
        QVERIFY(RobustnessSupport::writeEventsCsv(path("events.csv"), 3));
        for (const QStringList &args :
             {QStringList{QStringLiteral("import"), m_store, path("small.csv")},
              QStringList{QStringLiteral("import"), m_store, QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv")},
              QStringList{QStringLiteral("events"), m_store, QStringLiteral("import"), path("events.csv")}}) {
            const ChildProcess::Result r = m_cli.run(args);
            QVERIFY2(r.exited && r.exitCode == 0, r.err);
        }
    }

    void importKilledAtRandomMomentsLeavesStoreAsBefore()
    {
        // How long a whole import takes here, into a scratch store.
        double seconds = 1e9;
        for (int run = 0; run < 2; ++run) { // the faster of two: the first may read a cold file
            const ChildProcess::Result full =
                m_cli.run({QStringLiteral("import"), QStringLiteral("--force"), path("scratch.dnstl"), m_bigCsv});
            QVERIFY2(full.exited && full.exitCode == 0, full.err);
            qInfo("a whole import of %lld rows takes %.2f s, peak RSS %ld MiB", m_rows, full.seconds,
                  full.maxRssKiB / 1024);
            seconds = std::min(seconds, full.seconds);
        }
        killRepeatedly({QStringLiteral("import"), QStringLiteral("--force"), m_store, m_bigCsv}, seconds * 1000,
                       20260101, true);
    }

    void eventsImportKilledAtRandomMomentsLeavesStoreAsBefore()
    {
        QVERIFY(RobustnessSupport::writeEventsCsv(path("many_events.csv"), m_events));
        const QStringList args = {QStringLiteral("events"), m_store, QStringLiteral("import"), path("many_events.csv")};
        double seconds = 1e9;
        for (int run = 0; run < 2; ++run) {
            const ChildProcess::Result full = m_cli.run({QStringLiteral("events"), path("scratch_events.dnstl"),
                                                         QStringLiteral("import"), path("many_events.csv")});
            QVERIFY2(full.exited && full.exitCode == 0, full.err);
            qInfo("a whole events import of %lld events takes %.2f s", m_events, full.seconds);
            seconds = std::min(seconds, full.seconds);
        }
        killRepeatedly(args, seconds * 1000, 20260102, false);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
