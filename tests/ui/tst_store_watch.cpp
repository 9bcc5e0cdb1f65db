// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and other programs writing its store: an import and an events import by the
// command line, and a dataset deleted by another connection, show up in the open window
// without reopening it, and without taking the user's view (range, current dataset row).
#include "datasets_dock.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "store_watch.h"
#include "ui_test_store.h"

#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ui_test;

class TstStoreWatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importByAnotherProgramShowsUpKeepingTheView();
    void eventsAndDeletionsByOthersShowUp();
    void reloadReadsTheStoreAgain();

private:
    static int run(const QStringList &args, QByteArray *err = nullptr);
    QStringList datasetNames() const;

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
};

int TstStoreWatch::run(const QStringList &args, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(DNSTL_BINARY), args);
    if (!p.waitForFinished(120'000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

QStringList TstStoreWatch::datasetNames() const
{
    QStringList names;
    QListWidget *list = m_window->datasetsDock()->list();
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->data(Qt::UserRole + 1).toString());
    return names;
}

void TstStoreWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-store-watch"));
}

void TstStoreWatch::init()
{
    QSettings().clear();
    m_storePath = m_dir.filePath(QStringLiteral("watched%1.dnstl").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
}

void TstStoreWatch::cleanup()
{
    m_window.reset();
}

void TstStoreWatch::importByAnotherProgramShowsUpKeepingTheView()
{
    TimelinePlot *plot = m_window->plot();
    const TimeRange view{kStartUs + 2 * kDayUs, kStartUs + 4 * kDayUs};
    plot->moveTo(view);
    QVERIFY(settle(*m_window));
    m_window->datasetsDock()->list()->setCurrentRow(0);
    const qint64 lookupsBefore = m_window->controller()->lookupsIn(view);

    // Another program imports a second file: lookups in the same days.
    const QString csv = m_dir.filePath(QStringLiteral("more.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,client,qname\n");
    for (int i = 0; i < 500; ++i)
        f.write(QByteArray::number((kStartUs + 3 * kDayUs) / 1'000'000 + i * 60) + ",10.9.9.9,other.example.net\n");
    f.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("import"), m_storePath, csv}, &err), 0);

    QTRY_COMPARE_WITH_TIMEOUT(datasetNames(), QStringList({QStringLiteral("lookups.csv"), QStringLiteral("more.csv")}),
                              3 * StoreWatch::kPollMs + 5000);
    QVERIFY(settle(*m_window));
    QCOMPARE(plot->visibleRange(), view);                        // the user's range stays
    QCOMPARE(m_window->datasetsDock()->list()->currentRow(), 0); // and the row they were on
    QCOMPARE(m_window->controller()->lookupsIn(view), lookupsBefore + 500);
}

void TstStoreWatch::eventsAndDeletionsByOthersShowUp()
{
    const QString events = m_dir.filePath(QStringLiteral("events.csv"));
    QFile f(events);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("start,title\n2016-07-20T10:00:00Z,Announced elsewhere\n");
    f.close();
    QCOMPARE(run({QStringLiteral("events"), m_storePath, QStringLiteral("import"), events}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->eventWorkbench()->events().size(), 2, 3 * StoreWatch::kPollMs + 5000);
    QCOMPARE(m_window->eventsDock()->list()->count(), 2);

    // Another connection deletes the dataset: the window stops showing its lookups.
    {
        auto other = openStore(m_storePath, StoreOpenMode::ReadWrite);
        other->deleteDataset(other->datasets().first().id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(datasetNames().isEmpty(), 3 * StoreWatch::kPollMs + 5000);
    QTRY_COMPARE(m_window->controller()->table().binCount(), 0);
}

void TstStoreWatch::reloadReadsTheStoreAgain()
{
    QAction *reload = nullptr;
    for (QAction *action : m_window->menuBar()->findChildren<QAction *>())
        if (action->text() == QStringLiteral("Re&load"))
            reload = action;
    QVERIFY(reload);
    QCOMPARE(reload->shortcut(), QKeySequence(QKeySequence::Refresh));
    QSignalSpy reloaded(m_window->controller(), &TimelineController::datasetsChanged);
    reload->trigger();
    QVERIFY(reloaded.wait(10'000));
}

QTEST_MAIN(TstStoreWatch)
#include "tst_store_watch.moc"
