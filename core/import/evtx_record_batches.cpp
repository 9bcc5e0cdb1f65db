// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_record_batches.h"

#include "failure.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {

struct Batch {
    std::vector<WindowsEvent> events; // one per record that could be read
    std::vector<std::pair<int, QString>> unreadable;
};

void parse(EvtxFileReader &reader, int first, int end, EvtxRecordBatches::Wanted wanted, Batch &batch)
{
    batch.events.clear();
    batch.unreadable.clear();
    WindowsEvent event;
    for (int i = first; i < end; ++i) {
        try {
            reader.read(i, event, wanted);
            batch.events.push_back(event);
        } catch (const Failure &unreadable) {
            batch.unreadable.emplace_back(i, unreadable.message());
        }
    }
}

} // namespace

// The hand-over of the helper's batches: one slot, filled by the helper, emptied by the caller.
struct EvtxRecordBatches::Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Batch> ready;
    bool stop = false;
};

EvtxRecordBatches::EvtxRecordBatches() = default;
EvtxRecordBatches::~EvtxRecordBatches() = default;

void EvtxRecordBatches::open(const QString &path)
{
    m_main = std::make_unique<EvtxFileReader>();
    m_helper = std::make_unique<EvtxFileReader>();
    m_main->open(path);
    m_helper->open(path);
}

int EvtxRecordBatches::records() const
{
    return m_main ? m_main->records() : 0;
}

EvtxRecordBatches::End EvtxRecordBatches::read(Wanted wanted, const Callbacks &callbacks)
{
    const int total = records();
    const int batches = (total + kBatch - 1) / kBatch;
    Shared shared;
    std::thread helper([&] {
        for (int b = 1; b < batches; b += 2) {
            Batch batch;
            parse(*m_helper, b * kBatch, std::min(total, (b + 1) * kBatch), wanted, batch);
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock, [&] { return !shared.ready || shared.stop; });
            if (shared.stop)
                return;
            shared.ready = std::move(batch);
            shared.changed.notify_all();
        }
    });
    auto stopHelper = [&] {
        {
            std::lock_guard guard(shared.mutex);
            shared.stop = true;
        }
        shared.changed.notify_all();
        helper.join();
    };
    Batch own;
    for (int b = 0; b < batches; ++b) {
        if (callbacks.progress && !callbacks.progress(b * kBatch, total)) {
            stopHelper();
            return End::Cancelled;
        }
        Batch *batch = &own;
        std::optional<Batch> theirs;
        if (b % 2 == 0) {
            parse(*m_main, b * kBatch, std::min(total, (b + 1) * kBatch), wanted, own);
        } else {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock, [&] { return shared.ready.has_value(); });
            theirs = std::move(shared.ready);
            shared.ready.reset();
            lock.unlock();
            shared.changed.notify_all();
            batch = &*theirs;
        }
        // In file order: each unreadable record where it stood among the others.
        size_t u = 0;
        for (const WindowsEvent &e : batch->events) {
            for (; u < batch->unreadable.size() && batch->unreadable[u].first + 1 < e.recordNumber; ++u) {
                if (!callbacks.unreadable(batch->unreadable[u].first, batch->unreadable[u].second)) {
                    stopHelper();
                    return End::Stopped;
                }
            }
            if (!callbacks.event(e)) {
                stopHelper();
                return End::Stopped;
            }
        }
        for (; u < batch->unreadable.size(); ++u) {
            if (!callbacks.unreadable(batch->unreadable[u].first, batch->unreadable[u].second)) {
                stopHelper();
                return End::Stopped;
            }
        }
    }
    stopHelper();
    return End::Done;
}
