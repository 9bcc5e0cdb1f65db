// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <vector>

// Batches handed from one producing thread to worker threads it owns: the writer/sender
// pipeline of DatasetWriter (one worker), ClickHouseSink (one per shard) and HashingReader.
// push() blocks while the waiting batches weigh `capacity` or more (each weighs 1, or what the
// optional weight function says, e.g. its bytes), so memory stays bounded whatever the input. A worker
// whose handler throws a Failure or std::bad_alloc records the first failure and the queue is
// emptied; from then on push() throws that Failure, so the producer stops at its next batch.
// finish() lets the workers drain the queue, joins them and throws the failure, if any;
// abort() drops what waits and joins. push/finish/abort from the producing thread only. Cost:
// one lock and one wake-up per batch.
template<typename Batch>
class BoundedWorkQueue {
public:
    using Handler = std::function<void(Batch &batch, int worker)>;
    using Weight = std::function<size_t(const Batch &batch)>;

    BoundedWorkQueue(size_t capacity, int workers, Handler handler, Weight weight = {})
        : m_capacity(capacity), m_handler(std::move(handler)), m_weight(std::move(weight))
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this, i] { work(i); });
    }
    ~BoundedWorkQueue() { abort(); }
    BoundedWorkQueue(const BoundedWorkQueue &) = delete;
    BoundedWorkQueue &operator=(const BoundedWorkQueue &) = delete;

    void push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queued < m_capacity || m_failure; });
        if (m_failure)
            throw *m_failure;
        m_queued += weightOf(batch);
        m_queue.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
    void finish()
    {
        stop(false);
        if (m_failure) // the workers have ended: no lock needed
            throw *m_failure;
    }
    void abort() { stop(true); }

private:
    void work(int worker)
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            Batch batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_queued -= weightOf(batch);
            lock.unlock();
            m_changed.notify_all();
            std::optional<Failure> failed;
            try {
                m_handler(batch, worker);
            } catch (const Failure &error) {
                failed = error;
            } catch (const std::bad_alloc &) {
                failed = Failure(Failure::Kind::Io, QStringLiteral("out of memory while writing the store"));
            }
            if (failed) {
                lock.lock();
                if (!m_failure)
                    m_failure = failed;
                m_queue.clear();
                m_queued = 0;
                lock.unlock();
                m_changed.notify_all();
                return;
            }
        }
    }
    void stop(bool dropWaiting)
    {
        {
            std::lock_guard guard(m_mutex);
            m_closing = true;
            if (dropWaiting) {
                m_queue.clear();
                m_queued = 0;
            }
        }
        m_changed.notify_all();
        for (std::thread &t : m_threads) {
            if (t.joinable())
                t.join();
        }
    }

    size_t weightOf(const Batch &batch) const { return m_weight ? m_weight(batch) : 1; }

    const size_t m_capacity;
    const Handler m_handler;
    const Weight m_weight;
    std::deque<Batch> m_queue;
    size_t m_queued = 0; // the waiting batches' weight
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closing = false;
    std::optional<Failure> m_failure;
    std::vector<std::thread> m_threads; // last: started once everything above exists
};
