// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_writer.h"

#include "store_write_session.h"

namespace {
constexpr size_t kBatchRows = 65536;
constexpr size_t kMaxQueued = 4;
constexpr size_t kBatchObservations = 8192;
} // namespace

DatasetWriter::DatasetWriter(const QString &storePath, const DatasetInfo &meta)
    : DatasetWriter(storePath, meta, Options{}) {}

DatasetWriter::DatasetWriter(const QString &storePath, const DatasetInfo &meta, Options options)
    : m_session(std::make_unique<StoreWriteSession>(storePath, meta, options.sortChunkRows))
{
    m_session->preloadNames(m_interner);
    m_batch.rows.reserve(kBatchRows);
    m_thread = std::thread([this] { writerLoop(); });
}

DatasetWriter::~DatasetWriter()
{
    stopThread();
}

void DatasetWriter::add(const RawLookup &lookup)
{
    LookupRow row;
    row.tsUs = lookup.tsUs;
    row.names[0] = m_interner.intern(lookup.client);
    row.names[1] = m_interner.intern(lookup.qname);
    row.names[2] = m_interner.intern(lookup.qtype);
    row.names[3] = m_interner.intern(lookup.rcode);
    row.names[4] = m_interner.intern(lookup.server);
    m_batch.rows.push_back(row);
    if (m_batch.rows.size() >= kBatchRows)
        flushBatch();
}

void DatasetWriter::addObservation(const RawObservation &o)
{
    m_batch.observations.push_back({o.rrname.toByteArray(), o.rrtype.toByteArray(), o.rdata.toByteArray(),
                                    o.bailiwick.toByteArray(), o.timeFirstUs, o.timeLastUs, o.count, o.zoneTimes});
    if (m_batch.observations.size() >= kBatchObservations)
        flushBatch();
}

void DatasetWriter::flushBatch()
{
    m_batch.names = m_interner.takeNew();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_failure; });
    if (!m_failure)
        m_queue.push_back(std::move(m_batch));
    lock.unlock();
    m_changed.notify_all();
    m_batch = Batch{};
    m_batch.rows.reserve(kBatchRows);
}

void DatasetWriter::writerLoop()
{
    while (true) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return;
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        try {
            m_session->addNames(batch.names);
            m_session->addRows(batch.rows);
            m_session->addObservations(batch.observations);
        } catch (const StoreError &error) {
            std::lock_guard guard(m_mutex);
            m_failure = error.message();
            m_queue.clear();
            m_changed.notify_all();
            return;
        } catch (const std::bad_alloc &) {
            std::lock_guard guard(m_mutex);
            m_failure = QStringLiteral("out of memory while writing the store");
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
    }
}

void DatasetWriter::stopThread()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard guard(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::optional<QString> DatasetWriter::failure() const
{
    std::lock_guard guard(m_mutex);
    return m_failure;
}

void DatasetWriter::finishWrites()
{
    if (m_finished)
        return;
    m_finished = true;
    flushBatch();
    stopThread();
    if (auto failed = failure())
        throw StoreError(*failed);
}

qint64 DatasetWriter::datasetWithSha256(const QString &sha256)
{
    finishWrites();
    return m_session->datasetWithSha256(sha256);
}

DatasetInfo DatasetWriter::commit(const QString &sha256, qint64 rejected)
{
    finishWrites();
    DatasetInfo info = m_session->commit(sha256, rejected);
    m_session.reset();
    return info;
}

void DatasetWriter::abort()
{
    {
        std::lock_guard guard(m_mutex);
        m_queue.clear();
    }
    stopThread();
    m_session.reset(); // rolls back
}
