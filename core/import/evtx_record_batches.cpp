// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_record_batches.h"

#include "evtx_record_order.h"
#include "failure.h"

#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {

// One record of a batch: its event, or why libevtx cannot read it.
struct Slot {
    WindowsEvent event;
    QString unreadable; // set: the record cannot be read
    bool read = false;
};

struct Batch {
    std::vector<Slot> records; // record first + i at i, in file order
};

// Reads records [first, end) in EvtxRecordOrder's order into their places in file order.
void parse(EvtxFileReader &reader, const std::vector<int> &chunkStarts, int first, int end,
           EvtxRecordBatches::Wanted wanted, Batch &batch)
{
    batch.records.resize(size_t(end - first));
    EvtxRecordOrder order(first, end, chunkStarts);
    for (int i = order.next(); i >= 0; i = order.next()) {
        Slot &slot = batch.records[size_t(i - first)];
        try {
            reader.read(i, slot.event, wanted);
            slot.unreadable.clear();
            slot.read = true;
        } catch (const Failure &unreadable) {
            slot.unreadable =
                unreadable.message().isEmpty() ? QStringLiteral("libevtx gives no reason") : unreadable.message();
            slot.read = false;
        }
    }
}

} // namespace

// The hand-over of the helper's batches: one slot, filled by the helper, emptied by the caller,
// who gives the emptied batch back (spare) so that its events' buffers are reused.
struct EvtxRecordBatches::Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Batch> ready, spare;
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
    m_census.read(path);
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
            {
                std::lock_guard guard(shared.mutex);
                if (shared.spare)
                    batch = std::move(*shared.spare);
                shared.spare.reset();
            }
            parse(*m_helper, m_census.chunkStarts(), b * kBatch, std::min(total, (b + 1) * kBatch), wanted, batch);
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
    // A record the chunks hold that libevtx went past.
    const EvtxChunkCensus::Missing missing = [&](quint64 record, int chunk, const QString &why) {
        const QString message =
            QStringLiteral("record %1 (chunk %2) could not be read by libevtx").arg(record).arg(chunk);
        return callbacks.unreadable(qint64(record), why.isEmpty() ? message : message + QStringLiteral(": ") + why);
    };
    qint64 previous = 0; // the last record number handed on
    Batch own;
    for (int b = 0; b < batches; ++b) {
        if (callbacks.progress && !callbacks.progress(b * kBatch, total)) {
            stopHelper();
            return End::Cancelled;
        }
        Batch *batch = &own;
        std::optional<Batch> theirs;
        if (b % 2 == 0) {
            parse(*m_main, m_census.chunkStarts(), b * kBatch, std::min(total, (b + 1) * kBatch), wanted, own);
        } else {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock, [&] { return shared.ready.has_value(); });
            theirs = std::move(shared.ready);
            shared.ready.reset();
            lock.unlock();
            shared.changed.notify_all();
            batch = &*theirs;
        }
        for (const Slot &slot : batch->records) {
            // A record libevtx cannot even find gives no number: it is taken to be the next.
            const qint64 number = slot.event.recordNumber > 0   ? slot.event.recordNumber
                : previous < std::numeric_limits<qint64>::max() ? previous + 1
                                                                : previous; // a damaged file's last number
            previous = number;
            bool go = m_census.seen(quint64(number), missing);
            if (go && slot.read)
                go = callbacks.event(slot.event);
            else if (go)
                go = callbacks.unreadable(
                    number, QStringLiteral("record %1 cannot be read: %2").arg(number).arg(slot.unreadable));
            if (!go) {
                stopHelper();
                return End::Stopped;
            }
        }
        if (theirs) {
            std::lock_guard guard(shared.mutex);
            shared.spare = std::move(theirs);
        }
    }
    stopHelper();
    return m_census.finish(missing) ? End::Done : End::Stopped;
}
