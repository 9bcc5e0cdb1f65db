// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTask, the one way the window works off the GUI thread: of a burst of requests only
// the last result arrives, a running request is cancelled or finished as its Overlap says,
// cancel reaches the work (and its store queries), failures arrive as Failure on the GUI
// thread, and destroying the owner or closing the window cancels and joins the work.
#include "background_task.h"
#include "main_window.h"
#include "query_cancel_scope.h"
#include "timeline_controller.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace {

using namespace std::chrono_literals;

// Spins until the token is cancelled or 10 s have passed; true if it was cancelled.
bool waitForCancel(const CancelToken &token)
{
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!token.isCancelled() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(1ms);
    return token.isCancelled();
}

bool waitIdle(const BackgroundTask &task)
{
    return QTest::qWaitFor([&] { return !task.isBusy(); }, 10'000);
}

} // namespace

class TstBackgroundTask : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void burstDeliversOnlyTheLastResult();
    void finishRunningDeliversTheRunningOneAndTheNewest();
    void runWhenFreePreparesFromTheStateOfThatMoment();
    void cancelReachesTheWorkAndDropsItsResult();
    void cancelReachesTheStoreQueries();
    void interruptStopsTheWorkButDeliversItsResult();
    void failureArrivesOnTheGuiThread();
    void busyEndsAfterTheLastDelivery();
    void destroyingTheOwnerCancelsAndJoins();
    void closingTheWindowJoinsItsWork();
};

void TstBackgroundTask::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
}

void TstBackgroundTask::burstDeliversOnlyTheLastResult()
{
    BackgroundTask task(BackgroundTask::Overlap::CancelRunning);
    std::atomic<int> started = 0, sawCancel = 0;
    for (int round = 0; round < 3; ++round) {
        QList<int> delivered;
        started = sawCancel = 0;
        for (int i = 0; i < 50; ++i) {
            task.run(
                [i, &started, &sawCancel](const CancelToken &token) {
                    ++started;
                    if (i < 49 && waitForCancel(token)) // each but the last runs until a newer one comes
                        ++sawCancel;
                    return i;
                },
                [&delivered](int i) { delivered.append(i); });
            if (i % 9 == 0)
                QTest::qWait(2); // some requests start, and are cancelled, while newer ones wait
        }
        QVERIFY(waitIdle(task));
        QTest::qWait(20); // nothing late arrives
        QCOMPARE(delivered, QList<int>{49});
        QVERIFY(started >= 2);                                         // the first and the last at least
        QCOMPARE(sawCancel.load(), started - 1);                       // every other one that started was cancelled
        QVERIFY2(started <= 12, qPrintable(QString::number(started))); // the others never ran
    }
}

void TstBackgroundTask::finishRunningDeliversTheRunningOneAndTheNewest()
{
    BackgroundTask task(BackgroundTask::Overlap::FinishRunning);
    QSemaphore release;
    std::atomic<int> runs = 0;
    QList<int> delivered;
    const auto work = [&](int i) {
        return [i, &release, &runs](const CancelToken &) {
            ++runs;
            if (i == 0)
                release.acquire();
            return i;
        };
    };
    task.run(work(0), [&](int i) { delivered.append(i); });
    for (int i = 1; i <= 20; ++i)
        task.run(work(i), [&](int i) { delivered.append(i); });
    QVERIFY(task.hasWaiting());
    release.release();
    QVERIFY(waitIdle(task));
    QCOMPARE(delivered, (QList<int>{0, 20})); // the running one is not cancelled by newer requests
    QCOMPARE(runs.load(), 2);                 // requests 1..19 never ran
}

void TstBackgroundTask::runWhenFreePreparesFromTheStateOfThatMoment()
{
    BackgroundTask task(BackgroundTask::Overlap::FinishRunning);
    QSemaphore release;
    int state = 0, prepared = 0;
    QList<int> delivered;
    const auto prepare = [&]() {
        ++prepared;
        const int seen = state;
        return BackgroundTask::request(
            [seen, &release](const CancelToken &) {
                if (seen == 0)
                    release.acquire();
                return seen;
            },
            [&delivered](int seen) { delivered.append(seen); });
    };
    task.runWhenFree(prepare); // starts at once with state 0
    for (state = 1; state <= 5; ++state)
        task.runWhenFree(prepare); // folded: prepared once the worker is free
    QCOMPARE(prepared, 1);
    release.release();
    QVERIFY(waitIdle(task));
    QCOMPARE(prepared, 2);
    QCOMPARE(delivered, (QList<int>{0, 6})); // the loop left state at 6
}

void TstBackgroundTask::cancelReachesTheWorkAndDropsItsResult()
{
    BackgroundTask task(BackgroundTask::Overlap::FinishRunning);
    std::atomic<bool> sawCancel = false, running = false;
    bool delivered = false, failed = false;
    task.run(
        [&](const CancelToken &token) {
            running = true;
            sawCancel = waitForCancel(token);
            throw Failure(Failure::Kind::Cancelled, QStringLiteral("stopped"));
        },
        [&] { delivered = true; }, [&](const Failure &) { failed = true; });
    QTRY_VERIFY(running);
    QVERIFY(task.isBusy());
    task.cancel();
    QVERIFY(!task.isBusy()); // at once: the cancelled work no longer counts
    task.join();
    QVERIFY(sawCancel);
    QTest::qWait(20);
    QVERIFY(!delivered);
    QVERIFY(!failed); // a cancelled request's failure is dropped like its result
}

void TstBackgroundTask::cancelReachesTheStoreQueries()
{
    BackgroundTask task(BackgroundTask::Overlap::CancelRunning);
    std::atomic<bool> scopeHadToken = false, sawCancel = false;
    task.run(
        [&](const CancelToken &token) {
            // What a ClickHouse request polls while it runs.
            const std::atomic<bool> *flag = QueryCancelScope::current();
            scopeHadToken = flag == token.flag();
            const auto deadline = std::chrono::steady_clock::now() + 10s;
            while (flag && !flag->load() && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(1ms);
            sawCancel = flag && flag->load();
        },
        [] {});
    QTRY_VERIFY(task.isBusy());
    QTest::qWait(10);
    task.cancel();
    task.join();
    QVERIFY(scopeHadToken);
    QVERIFY(sawCancel);
}

void TstBackgroundTask::interruptStopsTheWorkButDeliversItsResult()
{
    BackgroundTask task(BackgroundTask::Overlap::FinishRunning);
    std::atomic<bool> running = false;
    std::optional<bool> delivered;
    task.run(
        [&](const CancelToken &token) {
            running = true;
            return waitForCancel(token);
        },
        [&](bool sawCancel) { delivered = sawCancel; });
    QTRY_VERIFY(running);
    task.interrupt();
    QVERIFY(waitIdle(task));
    QCOMPARE(delivered, std::optional<bool>(true));
}

void TstBackgroundTask::failureArrivesOnTheGuiThread()
{
    BackgroundTask task(BackgroundTask::Overlap::CancelRunning);
    std::optional<Failure> failure;
    QThread *thread = nullptr;
    task.run([](const CancelToken &) -> int { throw Failure(Failure::Kind::NotFound, QStringLiteral("no dataset 7")); },
             [](int) { QFAIL("no result"); },
             [&](const Failure &f) {
                 failure = f;
                 thread = QThread::currentThread();
             });
    QVERIFY(waitIdle(task));
    QVERIFY(failure);
    QCOMPARE(failure->kind(), Failure::Kind::NotFound);
    QCOMPARE(failure->message(), QStringLiteral("no dataset 7"));
    QCOMPARE(thread, QCoreApplication::instance()->thread());
    // Another exception becomes a Failure too.
    failure.reset();
    task.run([](const CancelToken &) -> int { throw std::runtime_error("bad_alloc-like"); }, [](int) {},
             [&](const Failure &f) { failure = f; });
    QVERIFY(waitIdle(task));
    QVERIFY(failure);
    QCOMPARE(failure->message(), QStringLiteral("bad_alloc-like"));
}

void TstBackgroundTask::busyEndsAfterTheLastDelivery()
{
    BackgroundTask task(BackgroundTask::Overlap::FinishRunning);
    QList<int> delivered;
    QList<QList<int>> deliveredWhenIdle;
    connect(&task, &BackgroundTask::busyChanged, this, [&](bool busy) {
        if (!busy)
            deliveredWhenIdle.append(delivered);
    });
    QSignalSpy busy(&task, &BackgroundTask::busyChanged);
    for (int i = 0; i < 10; ++i) {
        task.run(
            [i](const CancelToken &) {
                std::this_thread::sleep_for(2ms);
                return i;
            },
            [&](int i) { delivered.append(i); });
        QTest::qWait(i % 3);
    }
    QVERIFY(waitIdle(task));
    QVERIFY(!deliveredWhenIdle.isEmpty());
    QCOMPARE(deliveredWhenIdle.last().last(), 9);
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
}

void TstBackgroundTask::destroyingTheOwnerCancelsAndJoins()
{
    auto owner = std::make_unique<QObject>();
    auto *task = new BackgroundTask(BackgroundTask::Overlap::FinishRunning, owner.get());
    std::atomic<bool> running = false, sawCancel = false, ended = false;
    bool delivered = false;
    task->run(
        [&](const CancelToken &token) {
            running = true;
            sawCancel = waitForCancel(token);
            std::this_thread::sleep_for(50ms); // still working after the cancel
            ended = true;
        },
        [&] { delivered = true; });
    QTRY_VERIFY(running);
    owner.reset();
    QVERIFY(sawCancel);
    QVERIFY(ended); // joined: nothing runs once the owner is gone
    QTest::qWait(20);
    QVERIFY(!delivered);
}

void TstBackgroundTask::closingTheWindowJoinsItsWork()
{
    MainWindow window;
    window.show();
    // A task deep among the window's parts, as the controller's and the docks' are.
    auto *task = new BackgroundTask(BackgroundTask::Overlap::CancelRunning, window.controller());
    std::atomic<bool> running = false, sawCancel = false, ended = false;
    task->run(
        [&](const CancelToken &token) {
            running = true;
            sawCancel = waitForCancel(token);
            std::this_thread::sleep_for(50ms);
            ended = true;
        },
        [] {});
    QTRY_VERIFY(running);
    QVERIFY(window.close());
    QVERIFY(sawCancel);
    QVERIFY(ended);
    QVERIFY(!window.controller()->isBusy());
}

QTEST_MAIN(TstBackgroundTask)
#include "tst_background_task.moc"
