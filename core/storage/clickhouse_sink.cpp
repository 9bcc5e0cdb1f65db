// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_sink.h"

#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "sqlite_db.h"

#include <QDateTime>

#include <limits>

ClickHouseSink::ClickHouseSink(ClickHouseStore &store, const DatasetInfo &meta) : m_store(store), m_info(meta)
{
    m_info.id = store.newDatasetId();
    m_info.records = 0;
    m_info.tsMinUs = std::numeric_limits<qint64>::max();
    m_info.tsMaxUs = std::numeric_limits<qint64>::min();
    ClickHouseRows::putU32(m_prefix, quint32(m_info.id));
    m_thread = std::thread([this] { senderLoop(); });
}

ClickHouseSink::~ClickHouseSink()
{
    if (!m_done)
        abort();
}

void ClickHouseSink::add(const RawLookup &l)
{
    m_batch += m_prefix;
    ClickHouseRows::putU64(m_batch, quint64(std::max<qint64>(l.tsUs, 0)));
    ClickHouseRows::putU64(m_batch, quint64(m_info.records));
    for (QByteArrayView name : {l.client, l.qname, l.qtype, l.rcode, l.server})
        ClickHouseRows::putBytes(m_batch, name);
    ClickHouseRows::putU8(m_batch, l.flags);
    ++m_info.records;
    m_info.tsMinUs = std::min(m_info.tsMinUs, l.tsUs);
    m_info.tsMaxUs = std::max(m_info.tsMaxUs, l.tsUs);
    if (++m_batchRows >= kBatchRows)
        flushBatch();
}

void ClickHouseSink::flushBatch()
{
    if (m_batchRows == 0)
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() + m_inFlight < 2 || m_failure; });
    if (!m_failure)
        m_queue.push_back(std::move(m_batch));
    lock.unlock();
    m_changed.notify_all();
    m_batch = QByteArray();
    m_batch.reserve(kBatchRows * 64);
    m_batchRows = 0;
}

void ClickHouseSink::senderLoop()
{
    const QByteArray insert = "INSERT INTO " + m_store.table("lookups_local") + " FORMAT RowBinary";
    size_t next = 0;
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return;
        QByteArray batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_inFlight = 1;
        lock.unlock();
        try {
            const auto &shards = m_store.shards();
            shards[next++ % shards.size()].insert(insert, batch);
        } catch (const StoreError &error) {
            lock.lock();
            m_failure = error.message();
            m_inFlight = 0;
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
        lock.lock();
        m_inFlight = 0;
        lock.unlock();
        m_changed.notify_all();
    }
}

void ClickHouseSink::stopThread()
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

std::optional<QString> ClickHouseSink::failure() const
{
    std::lock_guard guard(m_mutex);
    return m_failure;
}

void ClickHouseSink::finishWrites()
{
    if (m_finished)
        return;
    m_finished = true;
    flushBatch();
    stopThread();
    if (auto failed = failure())
        throw StoreError(*failed);
}

qint64 ClickHouseSink::datasetWithSha256(const QString &sha256)
{
    finishWrites();
    for (const DatasetInfo &d : m_store.datasets()) {
        if (d.sha256 == sha256)
            return d.id;
    }
    return 0;
}

DatasetInfo ClickHouseSink::commit(const QString &sha256, qint64 rejected)
{
    try {
        finishWrites();
        if (m_info.records == 0)
            m_info.tsMinUs = m_info.tsMaxUs = 0;
        m_info.sha256 = sha256;
        m_info.rejected = rejected;
        m_info.importedAt = QDateTime::currentDateTimeUtc();
        m_store.writeDatasetRow(m_info, false);
    } catch (const StoreError &) {
        abort();
        throw;
    }
    m_done = true;
    return m_info;
}

void ClickHouseSink::abort()
{
    m_done = true;
    {
        std::lock_guard guard(m_mutex);
        m_queue.clear();
    }
    stopThread();
    try {
        m_store.dropDatasetRows(m_info.id);
    } catch (const StoreError &) {
        // Unregistered rows stay invisible; newDatasetId() skips their id.
    }
}
