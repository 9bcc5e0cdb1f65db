// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_sink.h"
#include "model/dataset_info.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

class ClickHouseStore;

// One import into a ClickHouseStore. add() (the importing thread) appends RowBinary rows to a
// batch of kBatchRows; a sender thread POSTs full batches to the shards' lookups_local tables in
// turn, so parsing and sending overlap and both shards get data. The rows carry a dataset id
// that is registered in `datasets` only by commit(): until then no read sees them, and abort()
// (or destruction without commit) drops them again. A failed drop leaves invisible rows,
// which the next id allocation skips. Memory: at most three batches (~15 MB each).
// Not thread-safe (one importer), apart from the sender it owns.
class ClickHouseSink : public DatasetSink {
public:
    static constexpr qsizetype kBatchRows = 256 * 1024;

    ClickHouseSink(ClickHouseStore &store, const DatasetInfo &meta);
    ~ClickHouseSink() override;

    void add(const RawLookup &lookup) override;
    std::optional<QString> failure() const override;
    qint64 datasetWithSha256(const QString &sha256) override;
    DatasetInfo commit(const QString &sha256, qint64 rejected) override;
    void abort() override;

private:
    void flushBatch();
    void finishWrites();
    void senderLoop();
    void stopThread();

    ClickHouseStore &m_store;
    DatasetInfo m_info;
    QByteArray m_prefix; // the dataset column of every row
    QByteArray m_batch;
    qsizetype m_batchRows = 0;
    std::deque<QByteArray> m_queue;
    int m_inFlight = 0; // batches the sender took and is sending
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closing = false;
    bool m_finished = false;
    bool m_done = false; // committed or aborted
    std::optional<QString> m_failure;
    std::thread m_thread;
};
