// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// BoundedWorkQueue, the producer/worker pipeline of DatasetWriter, ClickHouseSink and
// HashingReader: bounded memory, every batch handled once, failures reach the producer.
#include "bounded_work_queue.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

class TstBoundedWorkQueue : public QObject {
    Q_OBJECT
private slots:
    void finishHandlesEveryBatchOnce();
    void pushBlocksAtCapacity();
    void weightBoundsByBytes();
    void aFailureStopsTheQueueAndIsReported();
    void abortDropsWhatWaits();
};

void TstBoundedWorkQueue::finishHandlesEveryBatchOnce()
{
    std::mutex mutex;
    std::multiset<int> seen;
    std::set<int> workers;
    {
        BoundedWorkQueue<int> queue(2, 3, [&](int &batch, int worker) {
            std::lock_guard guard(mutex);
            seen.insert(batch);
            workers.insert(worker);
        });
        for (int i = 0; i < 1000; ++i)
            queue.push(int(i));
        queue.finish();
    }
    QCOMPARE(seen.size(), size_t(1000));
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(seen.count(i), size_t(1));
    for (int w : workers)
        QVERIFY(w >= 0 && w < 3);
}

void TstBoundedWorkQueue::pushBlocksAtCapacity()
{
    std::atomic<bool> release = false;
    std::atomic<int> started = 0;
    BoundedWorkQueue<int> queue(2, 1, [&](int &, int) {
        ++started;
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    queue.push(1); // taken by the worker, which holds it
    QTRY_COMPARE(started.load(), 1);
    queue.push(2);
    queue.push(3); // two wait: the queue is full
    std::atomic<bool> pushed = false;
    std::thread producer([&] {
        queue.push(4);
        pushed = true;
    });
    QTest::qWait(100);
    QVERIFY(!pushed); // blocked while two batches wait
    release = true;
    producer.join();
    QVERIFY(pushed);
    queue.finish();
    QCOMPARE(started.load(), 4);
}

void TstBoundedWorkQueue::weightBoundsByBytes()
{
    std::atomic<bool> release = false;
    std::atomic<int> started = 0;
    BoundedWorkQueue<QByteArray> queue(
        100, 1,
        [&](QByteArray &, int) {
            ++started;
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        },
        [](const QByteArray &b) { return size_t(b.size()); });
    queue.push(QByteArray(10, 'x'));
    QTRY_COMPARE(started.load(), 1);
    queue.push(QByteArray(60, 'x'));
    queue.push(QByteArray(50, 'x')); // 60 < 100 waited: accepted, now 110 wait
    std::atomic<bool> pushed = false;
    std::thread producer([&] {
        queue.push(QByteArray(1, 'x'));
        pushed = true;
    });
    QTest::qWait(100);
    QVERIFY(!pushed);
    release = true;
    producer.join();
    queue.finish();
    QCOMPARE(started.load(), 4);
}

void TstBoundedWorkQueue::aFailureStopsTheQueueAndIsReported()
{
    std::atomic<int> handled = 0;
    BoundedWorkQueue<int> queue(1, 1, [&](int &batch, int) {
        ++handled;
        if (batch == 3)
            throw Failure(Failure::Kind::Io, QStringLiteral("disk full"));
    });
    std::optional<Failure> thrown;
    int pushed = 0;
    try {
        for (; pushed < 100; ++pushed) // after the failure, the next push throws it
            queue.push(int(pushed));
        queue.finish(); // or the failure comes once the queue has drained
    } catch (const Failure &f) {
        thrown = f;
    }
    QVERIFY(thrown);
    QCOMPARE(thrown->kind(), Failure::Kind::Io);
    QCOMPARE(thrown->message(), QStringLiteral("disk full"));
    QVERIFY(handled >= 4 && handled < 100);
    QVERIFY(pushed < 100);
    QVERIFY_THROWS_EXCEPTION(Failure, queue.finish()); // and again: the queue stays failed
}

void TstBoundedWorkQueue::abortDropsWhatWaits()
{
    std::atomic<bool> release = false;
    std::atomic<int> handled = 0;
    BoundedWorkQueue<int> queue(10, 1, [&](int &, int) {
        ++handled;
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    for (int i = 0; i < 5; ++i)
        queue.push(int(i));
    QTRY_COMPARE(handled.load(), 1);
    std::thread aborter([&] { queue.abort(); }); // drops the four waiting, then waits for the worker
    QTest::qWait(100);
    release = true;
    aborter.join();
    QCOMPARE(handled.load(), 1);
    queue.finish(); // no failure to report
}

QTEST_GUILESS_MAIN(TstBoundedWorkQueue)
#include "tst_bounded_work_queue.moc"
