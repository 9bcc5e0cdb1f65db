// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window against the two-shard test cluster (CTest fixture ClickHouseCluster): File →
// Connect to ClickHouse… connects on a worker thread and hands the window its store; a URL
// given as on the command line opens in the background and fills the timeline; a wrong
// password is a clear message; an import by the command line shows up when the window is
// active again. (Failures without a server: tests/ui/tst_store_connect.)
#include "../ui/ui_test_store.h"
#include "clickhouse_connect_dialog.h"
#include "datasets_dock.h"
#include "event_editor.h"
#include "event_workbench.h"
#include "main_window.h"
#include "records_dock.h"
#include "records_model.h"
#include "store_connector.h"
#include "store_watch.h"
#include "test_cluster.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TstClickHouseConnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogConnectsToTheCluster();
    void aWrongPasswordIsClear();
    void windowOpensAUrlAndDrillsDown();
    void eventsUndoAndViewStateOverClickHouse();
    void filesGivenWithAUrlImportOnceOpen();
    void anotherProgramsImportShowsUpWhenTheWindowIsActiveAgain();

private:
    QTemporaryDir m_dir;
    QString m_url;
};

void TstClickHouseConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
    QVERIFY(m_dir.isValid());
    m_url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_connect_test"));
    QVERIFY(ui_test::makeStore(m_dir.path(), m_url)); // imports the GUI tests' 2,000 lookups
}

void TstClickHouseConnect::dialogConnectsToTheCluster()
{
    ClickHouseConnectDialog dialog;
    dialog.setUrl(m_url);
    dialog.show();
    QTimer ticker;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(5);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 20'000);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.store());
    QCOMPARE(dialog.store()->datasets().size(), 1);
    QCOMPARE(dialog.store()->datasets().front().records, qint64(ui_test::kLookups));
    QVERIFY(!dialog.displayUrl().contains(QLatin1String("password")));
}

void TstClickHouseConnect::aWrongPasswordIsClear()
{
    StoreConnector connector;
    QSignalSpy failed(&connector, &StoreConnector::failed);
    QSignalSpy opened(&connector, &StoreConnector::opened);
    std::optional<Failure::Kind> kind;
    connect(&connector, &StoreConnector::failed, this,
            [&](const QString &, const Failure &failure) { kind = failure.kind(); });
    connector.open(m_url + QStringLiteral("&user=default&password=wrong"), m_url, StoreOpenMode::ReadWrite);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(kind, std::optional<Failure::Kind>(Failure::Kind::Refused)); // set where it happened: the server's code
    const QString message = failed.front().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("refused the user or password")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("wrong")), qPrintable(message)); // the password is not shown
}

void TstClickHouseConnect::windowOpensAUrlAndDrillsDown()
{
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, m_url));
    QCOMPARE(window.storePath(), m_url);
    qint64 total = 0;
    for (const BinSeries &s : window.plot()->table().series)
        total += s.total;
    QCOMPARE(total, qint64(ui_test::kLookups));
    QSignalSpy loaded(window.recordsDock()->model(), &RecordsModel::loaded);
    window.drillDown(TimeRange{ui_test::kStartUs, ui_test::kStartUs + ui_test::kDayUs}, -1);
    QVERIFY(loaded.wait(20'000));
    QCOMPARE(window.recordsDock()->model()->total(), qint64(ui_test::kLookups / ui_test::kDays));
}

void TstClickHouseConnect::eventsUndoAndViewStateOverClickHouse()
{
    {
        MainWindow window;
        QVERIFY(ui_test::openAndWait(window, m_url));
        // An event added, edited and undone is written to the cluster's events table each time.
        EventEditor *editor = window.eventWorkbench()->editor();
        const qsizetype before = editor->events().size();
        TimelineEvent e;
        e.startUs = ui_test::kStartUs + 2 * ui_test::kDayUs;
        e.title = QStringLiteral("Added over ClickHouse");
        const qint64 id = editor->add(e);
        QVERIFY(id > 0);
        auto stored = openStore(m_url, StoreOpenMode::ReadOnly);
        QCOMPARE(stored->events().size(), before + 1);
        e.id = id;
        e.title = QStringLiteral("Edited");
        QCOMPARE(editor->edit(e), id);
        editor->undoStack()->undo();
        editor->undoStack()->undo();
        QCOMPARE(stored->events().size(), before);
        editor->undoStack()->redo();
        QCOMPARE(stored->events().size(), before + 1);
        // Drill-down with a pair hidden ("Hide automated traffic") pages through the rest.
        window.controller()->setExcludedPairs({{ui_test::lookupClient(0), ui_test::lookupName(0)}});
        QVERIFY(ui_test::settle(window));
        QSignalSpy loaded(window.recordsDock()->model(), &RecordsModel::loaded);
        window.drillDown(TimeRange{ui_test::kStartUs, ui_test::kStartUs + ui_test::kDays * ui_test::kDayUs}, -1);
        QVERIFY(loaded.wait(20'000));
        qint64 hidden = 0;
        for (int i = 0; i < ui_test::kLookups; ++i)
            hidden += ui_test::lookupClient(i) == ui_test::lookupClient(0) &&
                ui_test::lookupName(i) == ui_test::lookupName(0);
        QCOMPARE(window.recordsDock()->model()->total(), qint64(ui_test::kLookups) - hidden);
        window.controller()->setSplit(LookupField::Client);
        QVERIFY(ui_test::settle(window));
        window.saveViewState();
    }
    MainWindow again; // the view of the URL comes back
    QVERIFY(ui_test::openAndWait(again, m_url));
    QCOMPARE(again.controller()->split(), std::optional<LookupField>(LookupField::Client));
    QCOMPARE(again.plot()->table().series.size(), 7);
}

// `dnstimeline URL lookups.csv`: the import waits for the background connection.
void TstClickHouseConnect::filesGivenWithAUrlImportOnceOpen()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_connect_import"));
    const QString csv = m_dir.filePath(QStringLiteral("few.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,client,qname,qtype,rcode\n");
    for (int i = 0; i < 100; ++i)
        f.write(QStringLiteral("2016-07-18T00:%1:00Z,10.0.0.1,a.example.com,A,NOERROR\n")
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .toUtf8());
    f.close();
    MainWindow window;
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(url));
    window.importFiles({csv}); // the store is not open yet
    QTRY_COMPARE_WITH_TIMEOUT(window.storePath(), url, 20'000);
    auto store = openStore(url, StoreOpenMode::ReadOnly);
    QTRY_VERIFY_WITH_TIMEOUT(store->datasets().size() == 1, 30'000);
    QCOMPARE(store->datasets().front().records, qint64(100));
}

// ClickHouse has no change stamp to poll (as SQLite's data_version in tst_store_watch): another
// program's import shows up when the user comes back to the window, in the range they left.
void TstClickHouseConnect::anotherProgramsImportShowsUpWhenTheWindowIsActiveAgain()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_connect_watch"));
    QVERIFY(ui_test::makeStore(m_dir.path(), url));
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, url));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const TimeRange view{ui_test::kStartUs + 2 * ui_test::kDayUs, ui_test::kStartUs + 4 * ui_test::kDayUs};
    window.plot()->moveTo(view);
    QVERIFY(ui_test::settle(window));
    const qint64 before = window.controller()->lookupsIn(view);

    QWidget terminal; // where the user runs the command line
    terminal.show();
    terminal.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&terminal));
    const QString csv = m_dir.filePath(QStringLiteral("later.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,client,qname\n");
    for (int i = 0; i < 500; ++i)
        f.write(QByteArray::number((ui_test::kStartUs + 3 * ui_test::kDayUs) / 1'000'000 + i * 60) +
                ",10.9.9.9,other.example.net\n");
    f.close();
    QProcess import;
    import.start(QStringLiteral(DNSTL_BINARY), {QStringLiteral("import"), url, csv});
    QVERIFY(import.waitForFinished(60'000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QTest::qWait(StoreWatch::kPollMs + 500);
    QCOMPARE(window.datasetsDock()->list()->count(), 1); // in the background, the window waits

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.datasetsDock()->list()->count(), 2, 20'000);
    QVERIFY(ui_test::settle(window));
    QCOMPARE(window.plot()->visibleRange(), view);
    QCOMPARE(window.controller()->lookupsIn(view), before + 500);
}

QTEST_MAIN(TstClickHouseConnect)
#include "tst_clickhouse_connect.moc"
