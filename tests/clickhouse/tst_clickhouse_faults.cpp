// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of the two-shard test cluster (CTest fixture ClickHouseCluster) under the store and
// the window: a shard killed in the middle of an import, a shard stopped while the window
// shows a view, and a server that does not answer (SIGSTOP) while the window waits for it.
// Every shard stopped here is started again before the test ends.
#include "../robustness/robustness_support.h"
#include "../ui/ui_test_store.h"
#include "analysis_dock.h"
#include "analysis_runner.h"
#include "clickhouse_sink.h"
#include "clickhouse_store.h"
#include "import_job.h"
#include "main_window.h"
#include "periodicity_panel.h"
#include "store_watch.h"
#include "task_progress.h"
#include "test_cluster.h"
#include "timeline_controller.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <thread>

namespace {

bool cluster(const char *command, int shard)
{
    return QProcess::execute(QStringLiteral(DNSTL_CLUSTER_SCRIPT),
                             {QLatin1String(command), QStringLiteral(DNSTL_CLUSTER_DIR), QString::number(shard)}) == 0;
}

ClickHouseHttp shardServer(int shard)
{
    return ClickHouseHttp(QStringLiteral("127.0.0.1"), test_cluster::portBase() + shard, {}, {}, 30'000);
}

qint64 count(int shard, const QByteArray &sql)
{
    return shardServer(shard).query(sql).trimmed().toLongLong();
}

QString shardEndpoint(int shard)
{
    return QStringLiteral("127.0.0.1:%1").arg(test_cluster::portBase() + shard);
}

// Counts GUI-thread timer ticks: a thread blocked in a call to the server would not tick.
struct Ticker {
    QTimer timer;
    int ticks = 0;
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start(10);
    }
};

} // namespace

class TstClickHouseFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shardKilledMidImportFailsNamingItAndLeavesNothing();
    void shardStoppedUnderAViewIsSaidAndTheViewComesBack();
    void silentServerNeverBlocksTheWindowAndCancelWorks();

private:
    QTemporaryDir m_dir;
};

void TstClickHouseFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-clickhouse-faults"));
    QVERIFY(m_dir.isValid());
    // Whatever ran before, both shards answer.
    QVERIFY(cluster("start-shard", 1));
    QVERIFY(cluster("start-shard", 2));
}

void TstClickHouseFaults::cleanup()
{
    // A failed check must not leave a shard down for the tests after this one.
    QVERIFY(cluster("start-shard", 1));
    QVERIFY(cluster("start-shard", 2));
}

void TstClickHouseFaults::shardKilledMidImportFailsNamingItAndLeavesNothing()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_faults_import"));
    QVERIFY(ui_test::makeStore(m_dir.path(), url)); // 2,000 lookups to keep
    auto store = openStore(url, StoreOpenMode::ReadWrite);
    const QList<DatasetInfo> before = store->datasets();
    QCOMPARE(before.size(), 1);

    // Enough rows that each shard gets whole batches (ClickHouseSink::kBatchRows) before the end.
    const qint64 rows = 5 * ClickHouseSink::kBatchRows;
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(RobustnessSupport::writeLookupsCsv(csv, rows));
    auto *clickhouse = static_cast<ClickHouseStore *>(store.get());
    const QByteArray db = clickhouse->database();
    ImportRequest request;
    request.filePath = csv;
    bool killed = false;
    qint64 id = 0, nextLook = 0;
    // Shard 2 dies once it holds some of the import's rows, while more are on their way.
    const ImportResult result = runImport(*store, request, [&](const ImportProgress &p) {
        if (killed || p.bytesDone < std::max(nextLook, p.bytesTotal / 3))
            return true;
        nextLook = p.bytesDone + p.bytesTotal / 50;
        id = count(1, "SELECT max(id) FROM " + db + ".dataset_ids");
        if (count(2, "SELECT count() FROM " + db + ".lookups_local WHERE dataset = " + QByteArray::number(id)) > 0 ||
            p.bytesDone > p.bytesTotal * 9 / 10) {
            killed = cluster("kill-shard", 2); // checked after the import
        }
        return true;
    });
    QVERIFY(killed);
    QVERIFY2(result.report.error, "the import did not fail");
    QVERIFY2(result.report.error->message().contains(shardEndpoint(2)), qPrintable(result.report.error->message()));

    // Nothing of it is visible: not in the datasets, not in the counts, and the rows that
    // reached shard 1 are gone.
    QCOMPARE(store->datasets().size(), 1);
    QCOMPARE(count(1, "SELECT count() FROM " + db + ".lookups_local WHERE dataset = " + QByteArray::number(id)), 0);
    QCOMPARE(count(1, "SELECT count() FROM " + db + ".name_counts WHERE dataset = " + QByteArray::number(id)), 0);

    // Shard 2 comes back with the rows it took before it died; the next writable open drops
    // them, and every view counts what it counted before.
    QVERIFY(cluster("start-shard", 2));
    auto reopened = openStore(url, StoreOpenMode::ReadWrite);
    for (int shard : {1, 2})
        for (const char *table : {"lookups_local", "lookups_1m_local", "lookups_1h_qname_local"})
            QCOMPARE(
                count(shard, "SELECT count() FROM " + db + '.' + table + " WHERE dataset = " + QByteArray::number(id)),
                0);
    BinQuery all;
    all.width = BinWidth::parse(QStringLiteral("1d"));
    qint64 total = 0;
    for (const BinSeries &s : reopened->bins(all).series)
        total += s.total;
    QCOMPARE(total, qint64(ui_test::kLookups));
    QCOMPARE(reopened->datasets().size(), 1);
}

void TstClickHouseFaults::shardStoppedUnderAViewIsSaidAndTheViewComesBack()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_faults_view"));
    QVERIFY(ui_test::makeStore(m_dir.path(), url));
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, url));
    const int binsBefore = int(window.plot()->table().binCount());

    QVERIFY(cluster("stop-shard", 2));
    Ticker ticker;
    QSignalSpy failed(window.controller(), &TimelineController::failed);
    window.controller()->setSplit(LookupField::Client); // a new query: it needs shard 2
    QVERIFY(failed.wait(30'000));
    const QString message = window.statusBar()->currentMessage();
    // The shard by the endpoint the store reaches it at (the URL's server names its native port).
    QVERIFY2(message.contains(QStringLiteral("shard ") + shardEndpoint(2)) &&
                 message.contains(QStringLiteral("trying again")),
             qPrintable(message));
    // The window stays usable: it keeps drawing the last table, zooms, and its thread ticks.
    QCOMPARE(int(window.plot()->table().binCount()), binsBefore);
    window.plot()->zoomBy(0.8);
    QTest::qWait(500);
    QVERIFY2(ticker.ticks > 20, qPrintable(QString::number(ticker.ticks)));

    // The shard returns: the view comes back by itself, split as asked.
    QVERIFY(cluster("start-shard", 2));
    QTRY_VERIFY_WITH_TIMEOUT(window.plot()->table().series.size() == 7, 3 * StoreWatch::kRetryMs + 20'000);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("answers again")));
}

void TstClickHouseFaults::silentServerNeverBlocksTheWindowAndCancelWorks()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_faults_silent"));
    QVERIFY(ui_test::makeStore(m_dir.path(), url));
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, url));
    AnalysisDock *analysis = window.analysisDock();

    QVERIFY(cluster("pause-shard", 2)); // accepts connections, answers nothing
    Ticker ticker;
    QElapsedTimer waited;
    waited.start();
    window.plot()->zoomBy(0.5); // the re-bin waits for shard 2
    analysis->show();
    analysis->tabs()->setCurrentWidget(analysis->periodicityPanel());
    analysis->recompute(AnalysisDock::Kind::Periodicity);
    QTRY_VERIFY(analysis->isBusy());
    QTest::qWait(3000);
    // 3 s of waiting for the server: the GUI thread ticked all along (10 ms timer).
    QVERIFY2(ticker.ticks > 150, qPrintable(QString::number(ticker.ticks)));
    QVERIFY(window.controller()->isBusy());

    // Cancel ends the analysis promptly, although the server never answers its KILL QUERY.
    QElapsedTimer cancel;
    cancel.start();
    QToolButton *cancelButton = analysis->findChild<TaskProgress *>()->findChild<QToolButton *>();
    QVERIFY(cancelButton && cancelButton->isVisible());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!analysis->isBusy(), 10'000);
    QVERIFY2(cancel.elapsed() < 8'000, qPrintable(QString::number(cancel.elapsed())));

    // The server answers again: the view's query finishes and the window shows it.
    QVERIFY(cluster("resume-shard", 2));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 60'000);
    QVERIFY(window.plot()->table().binCount() > 0);
    QVERIFY2(ticker.ticks > 200, qPrintable(QString::number(ticker.ticks)));
}

QTEST_MAIN(TstClickHouseFaults)
#include "tst_clickhouse_faults.moc"
