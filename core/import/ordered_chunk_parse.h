// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounded_work_queue.h"
#include "failure.h"
#include "import_types.h"
#include "record_chunk.h"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

// OrderedChunkParse: the parse of a line-oriented log on two threads with the records handed on
// strictly in file order. The importing thread reads the input into RecordChunks; each chunk is
// parsed into a Batch (parse(chunk, batch, thread)) either by the one worker thread of a
// BoundedWorkQueue, when it has fewer than two chunks in hand, or by the importing thread
// itself; the importing thread then hands the parsed batches to consume(batch) in the order of
// their chunks, so that whatever spans records (pairing queries with answers, the sink, the
// rejected records' bookkeeping) sees them as a single-threaded import would. With one thread
// there is no worker and every chunk is parsed and consumed in turn.
//
// parse runs on either thread: it must touch only its own thread's state (thread 0 or 1) and
// the batch, which may point into its chunk's text (the chunk stays as it is until consume has
// returned). consume runs on the importing thread; what it throws (the sink's Failure) leaves
// run(). The ends are those of feedJsonRecords: a false from consume stops the read; a cancel
// from the reader sets report.cancelled once the records read before it are consumed (as one
// thread does), a read error sets report.error; a Failure or std::bad_alloc thrown by parse on
// the worker ends the import with report.error. The worker is joined before run() returns or
// throws, in every case.
//
// Ownership: owns the chunks and batches in flight and the worker thread during run().
// Thread-safety: run() from one thread; see parse and consume above.
// Cost: a memcpy of every record (RecordChunk), a lock per chunk; memory: at most kMaxReady + 3
//   chunks and their batches (about 1 MiB of text each) whatever the input's size.
template<typename Batch>
class OrderedChunkParse {
public:
    using Parse = std::function<void(const RecordChunk &chunk, Batch &batch, int thread)>;
    using Consume = std::function<bool(Batch &batch)>;
    // Parsed chunks waiting for an earlier one before the importing thread waits for it.
    static constexpr size_t kMaxReady = 4;

    // The parse threads for threads asked (an importer's parseThreads): 0 means two on a
    // machine with two or more cores, else one.
    static int threadsFor(int asked)
    {
        if (asked > 0)
            return std::min(asked, 2);
        return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
    }

    template<typename Reader>
    static void run(Reader &reader, int threads, ImportReport &report, const Parse &parse, const Consume &consume)
    {
        OrderedChunkParse pipeline(parse, consume);
        pipeline.read(reader, threadsFor(threads), report);
    }

private:
    struct Job {
        size_t seq = 0;
        RecordChunk chunk;
        Batch batch;
        std::optional<Failure> failure;
    };
    using JobPtr = std::unique_ptr<Job>;

    OrderedChunkParse(const Parse &parse, const Consume &consume) : m_parse(parse), m_consume(consume) {}

    template<typename Reader>
    void read(Reader &reader, int threads, ImportReport &report)
    {
        std::unique_ptr<BoundedWorkQueue<JobPtr>> worker;
        if (threads > 1)
            worker = std::make_unique<BoundedWorkQueue<JobPtr>>(2, 1, [this](JobPtr &job, int) {
                parseCatching(*job, 1);
                deliver(std::move(job), true);
            });
        size_t pushed = 0; // chunks given to the worker
        for (;;) {
            JobPtr job = spare();
            const RecordChunk::End end = job->chunk.fill(reader);
            const QString readError = job->chunk.readError();
            if (!job->chunk.isEmpty()) {
                job->seq = m_read++;
                if (worker && pushed - workerDone() < 2) {
                    ++pushed;
                    worker->push(std::move(job));
                } else {
                    parseCatching(*job, 0);
                    deliver(std::move(job), false);
                }
            }
            if (end == RecordChunk::End::ReadError) {
                report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(readError));
                return;
            }
            const bool more = end == RecordChunk::End::Full;
            // Hand on what is ready; wait for the oldest chunk when too many wait behind it, or at the end.
            while (m_consumed < m_read) {
                JobPtr next = take(more && readyCount() <= kMaxReady);
                if (!next)
                    break;
                if (next->failure) {
                    report.error = *next->failure;
                    return;
                }
                if (!m_consume(next->batch))
                    return;
                recycle(std::move(next));
            }
            if (end == RecordChunk::End::Cancelled) { // after what was read before the cancel, as one thread does
                report.cancelled = true;
                return;
            }
            if (!more)
                break;
        }
        if (worker)
            worker->finish();
    }

    void parseCatching(Job &job, int thread)
    {
        job.batch.clear();
        try {
            m_parse(job.chunk, job.batch, thread);
        } catch (const Failure &failure) {
            job.failure = failure;
        } catch (const std::bad_alloc &) {
            job.failure = Failure(Failure::Kind::Io, QStringLiteral("out of memory while reading the input"));
        }
    }

    void deliver(JobPtr job, bool byWorker)
    {
        {
            std::lock_guard guard(m_mutex);
            m_workerDone += byWorker;
            const size_t seq = job->seq;
            m_ready.emplace(seq, std::move(job));
        }
        m_changed.notify_all();
    }

    // The chunk next in order: null if it is not parsed yet and ifReady, else waits for it.
    JobPtr take(bool ifReady)
    {
        std::unique_lock lock(m_mutex);
        if (ifReady && !m_ready.contains(m_consumed))
            return nullptr;
        m_changed.wait(lock, [this] { return m_ready.contains(m_consumed); });
        JobPtr job = std::move(m_ready.at(m_consumed));
        m_ready.erase(m_consumed++);
        return job;
    }

    size_t readyCount()
    {
        std::lock_guard guard(m_mutex);
        return m_ready.size();
    }
    size_t workerDone()
    {
        std::lock_guard guard(m_mutex);
        return m_workerDone;
    }
    JobPtr spare()
    {
        if (m_spare.empty())
            return std::make_unique<Job>();
        JobPtr job = std::move(m_spare.back());
        m_spare.pop_back();
        job->chunk.clear();
        job->failure.reset();
        return job;
    }
    void recycle(JobPtr job) { m_spare.push_back(std::move(job)); }

    const Parse &m_parse;
    const Consume &m_consume;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<size_t, JobPtr> m_ready; // parsed chunks by sequence number (guarded)
    size_t m_workerDone = 0;          // chunks the worker has parsed (guarded)
    size_t m_read = 0;                // chunks read (importing thread only)
    size_t m_consumed = 0;            // chunks handed to consume
    std::vector<JobPtr> m_spare;      // consumed jobs whose buffers are reused (importing thread)
};
