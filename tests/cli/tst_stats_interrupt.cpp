// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dnstimeline stats` under Ctrl-C: with progress forced on (DNSTL_PROGRESS=1, as on a
// terminal) it reports how far it is on stderr, and SIGINT stops it with a message, exit 130
// and nothing on stdout. A coincidence test with ten million shifts is the long analysis.
#include "failure.h"
#include "lookup_store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestStatsInterrupt : public QObject {
    Q_OBJECT

private slots:
    void ctrlCStopsTheAnalysisWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.dnstl"));
        {
            auto store = openStore(path, StoreOpenMode::Create);
            DatasetInfo meta;
            meta.name = QStringLiteral("hourly");
            auto sink = store->beginImport(meta);
            const qint64 start = 1'467'331'200'000'000LL; // 2016-07-01T00:00Z
            for (int h = 0; h < 24 * 60; ++h)
                sink->add(RawLookup{start + h * 3'600'000'000LL, "10.0.0.1", "a.example", "A", "NOERROR", {}});
            sink->commit(QStringLiteral("sha"), 0);
            TimelineEvent e;
            e.startUs = start + 20 * 86'400'000'000LL;
            e.title = QStringLiteral("event");
            store->addEvent(e);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DNSTL_PROGRESS"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DNSTL_BINARY),
                {QStringLiteral("stats"), path, QStringLiteral("coincidence"), QStringLiteral("--shifts"),
                 QStringLiteral("10000000")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
                return err.contains("coincidence: ") || p.state() == QProcess::NotRunning;
            },
            60'000));
        QVERIFY2(err.contains("coincidence: "), err.constData());
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(60'000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("coincidence interrupted (Ctrl-C)"), err.constData());
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestStatsInterrupt)
#include "tst_stats_interrupt.moc"
