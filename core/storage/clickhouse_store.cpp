// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_store.h"

#include "clickhouse_rows.h"
#include "clickhouse_sink.h"
#include "clickhouse_sql.h"
#include "sqlite_db.h"

#include <QDateTime>

#include <limits>

using ClickHouseSql::quote;

namespace {
const QByteArray kRollupColumns = "(dataset UInt32, minute UInt32, n UInt64)";
} // namespace

ClickHouseStore::ClickHouseStore(const QString &location, StoreOpenMode mode)
    : m_url(ClickHouseUrl::parse(location)), m_readOnly(mode == StoreOpenMode::ReadOnly),
      m_entry(m_url.host, m_url.port, m_url.user, m_url.password, m_url.timeoutMs)
{
    findShards();
    createSchema(mode != StoreOpenMode::ReadOnly);
}

ClickHouseStore::~ClickHouseStore() = default;

void ClickHouseStore::findShards()
{
    if (m_url.cluster.isEmpty()) {
        m_shards.push_back(m_entry);
        return;
    }
    QList<QPair<QString, int>> endpoints = m_url.shards;
    if (endpoints.isEmpty()) {
        const QByteArray answer = m_entry.query("SELECT any(host_address) FROM system.clusters WHERE cluster = "
                                                + quote(m_url.cluster) + " GROUP BY shard_num ORDER BY shard_num FORMAT RowBinary");
        ClickHouseRows rows(answer);
        while (!rows.atEnd())
            endpoints.append({rows.text(), m_url.port});
    }
    if (endpoints.isEmpty())
        throw StoreError(QStringLiteral("ClickHouse at %1: no cluster named %2 in its remote_servers")
                             .arg(m_entry.endpoint(), m_url.cluster));
    for (const auto &[host, port] : endpoints)
        m_shards.emplace_back(host, port, m_url.user, m_url.password, m_url.timeoutMs);
}

void ClickHouseStore::createSchema(bool create)
{
    const QByteArray db = database();
    if (!create) {
        if (m_entry.query("EXISTS TABLE " + table("datasets")).trimmed() != "1")
            throw StoreError(QStringLiteral("%1: no DNS Timeline store in this database").arg(location()));
        ensureFlagsColumn(false);
        return;
    }
    const QByteArray lookupsColumns = "(dataset UInt32, ts UInt64, seq UInt64, client String, qname String,"
                                      " qtype String, rcode String, server String, flags UInt8)";
    for (const ClickHouseHttp &shard : m_shards) {
        shard.query("CREATE DATABASE IF NOT EXISTS " + db);
        shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_local") + ' ' + lookupsColumns
                    + " ENGINE = MergeTree() PARTITION BY dataset ORDER BY (dataset, ts)");
        // The per-minute rollup, kept by a materialized view on every insert into lookups_local.
        shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1m_local") + ' ' + kRollupColumns
                    + " ENGINE = SummingMergeTree(n) PARTITION BY dataset ORDER BY (dataset, minute)");
        shard.query("CREATE MATERIALIZED VIEW IF NOT EXISTS " + table("lookups_1m_mv") + " TO " + table("lookups_1m_local")
                    + " AS SELECT dataset, toUInt32(intDiv(ts, 60000000)) AS minute, count() AS n FROM "
                    + table("lookups_local") + " GROUP BY dataset, minute");
        if (!m_url.cluster.isEmpty()) {
            shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups") + ' ' + lookupsColumns + " ENGINE = Distributed("
                        + m_url.cluster.toUtf8() + ", " + db + ", lookups_local, rand())");
            shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1m") + ' ' + kRollupColumns + " ENGINE = Distributed("
                        + m_url.cluster.toUtf8() + ", " + db + ", lookups_1m_local, rand())");
        }
    }
    ensureFlagsColumn(true);
    m_entry.query("CREATE DATABASE IF NOT EXISTS " + db);
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("datasets")
                  + " (id UInt32, version UInt64, deleted UInt8, name String, source_file String, sha256 String,"
                    " format String, import_options String, records UInt64, rejected UInt64, ts_min UInt64,"
                    " ts_max UInt64, imported_at String) ENGINE = MergeTree() ORDER BY (id, version)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("events")
                  + " (id UInt64, version UInt64, deleted UInt8, start_us Int64, has_end UInt8, end_us Int64,"
                    " all_day UInt8, time_zone String, title String, notes String, category String, color String,"
                    " url String) ENGINE = MergeTree() ORDER BY (id, version)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("store_meta")
                  + " (key String, version UInt64, value String) ENGINE = MergeTree() ORDER BY (key, version)");
}

QByteArray ClickHouseStore::lookupsTable() const
{
    return table(m_url.cluster.isEmpty() ? "lookups_local" : "lookups");
}

QByteArray ClickHouseStore::rollupTable() const
{
    return table(m_url.cluster.isEmpty() ? "lookups_1m_local" : "lookups_1m");
}

quint64 ClickHouseStore::newVersion()
{
    std::lock_guard guard(m_mutex);
    m_lastVersion = std::max(m_lastVersion + 1, quint64(QDateTime::currentMSecsSinceEpoch()) * 1000);
    return m_lastVersion;
}

QList<DatasetInfo> ClickHouseStore::datasets()
{
    const QByteArray answer = m_entry.query(
        "SELECT id, argMax(name, version), argMax(source_file, version), argMax(sha256, version),"
        " argMax(format, version), argMax(import_options, version), argMax(records, version),"
        " argMax(rejected, version), argMax(ts_min, version), argMax(ts_max, version), argMax(imported_at, version),"
        " argMax(deleted, version) AS gone FROM "
        + table("datasets") + " GROUP BY id HAVING gone = 0 ORDER BY id FORMAT RowBinary");
    QList<DatasetInfo> out;
    ClickHouseRows rows(answer);
    while (!rows.atEnd()) {
        DatasetInfo d;
        d.id = rows.u32();
        d.name = rows.text();
        d.sourceFile = rows.text();
        d.sha256 = rows.text();
        d.format = rows.text();
        d.importOptions = rows.text();
        d.records = qint64(rows.u64());
        d.rejected = qint64(rows.u64());
        d.tsMinUs = qint64(rows.u64());
        d.tsMaxUs = qint64(rows.u64());
        d.importedAt = QDateTime::fromString(rows.text(), Qt::ISODate);
        rows.u8();
        out.append(d);
    }
    return out;
}

QList<qint64> ClickHouseStore::visibleIds(const QList<qint64> &wanted)
{
    QList<qint64> out;
    for (const DatasetInfo &d : datasets()) {
        if (wanted.isEmpty() || wanted.contains(d.id))
            out.append(d.id);
    }
    return out;
}

TimeRange ClickHouseStore::extent(const QList<qint64> &datasetIds)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const DatasetInfo &d : datasets()) {
        if ((!datasetIds.isEmpty() && !datasetIds.contains(d.id)) || d.records == 0)
            continue;
        lo = std::min(lo, d.tsMinUs);
        hi = std::max(hi, d.tsMaxUs);
    }
    return lo > hi ? TimeRange{} : TimeRange{lo, hi + 1};
}

void ClickHouseStore::writeDatasetRow(const DatasetInfo &d, bool deleted)
{
    QByteArray row;
    ClickHouseRows::putU32(row, quint32(d.id));
    ClickHouseRows::putU64(row, newVersion());
    ClickHouseRows::putU8(row, deleted ? 1 : 0);
    for (const QString *s : {&d.name, &d.sourceFile, &d.sha256, &d.format, &d.importOptions})
        ClickHouseRows::putBytes(row, s->toUtf8());
    for (qint64 v : {d.records, d.rejected, d.tsMinUs, d.tsMaxUs})
        ClickHouseRows::putU64(row, quint64(v));
    ClickHouseRows::putBytes(row, d.importedAt.toUTC().toString(Qt::ISODate).toUtf8());
    m_entry.insert("INSERT INTO " + table("datasets") + " FORMAT RowBinary", row);
}

qint64 ClickHouseStore::newDatasetId()
{
    // Past every registered id and every id with rows (those of failed imports included).
    const qint64 registered = m_entry.query("SELECT max(id) FROM " + table("datasets")).trimmed().toLongLong();
    const qint64 used = m_entry.query("SELECT max(dataset) FROM " + lookupsTable()).trimmed().toLongLong();
    return std::max(registered, used) + 1;
}

void ClickHouseStore::renameDataset(qint64 id, const QString &name)
{
    if (m_readOnly)
        throw StoreError(QStringLiteral("%1 is open read-only").arg(location()));
    for (DatasetInfo d : datasets()) {
        if (d.id == id) {
            d.name = name;
            writeDatasetRow(d, false);
            return;
        }
    }
    throw StoreError(QStringLiteral("%1 has no dataset %2").arg(location()).arg(id));
}

void ClickHouseStore::dropDatasetRows(qint64 id)
{
    for (const ClickHouseHttp &shard : m_shards) {
        for (const char *name : {"lookups_local", "lookups_1m_local"})
            shard.query("ALTER TABLE " + table(name) + " DROP PARTITION " + QByteArray::number(id));
    }
}

void ClickHouseStore::deleteDataset(qint64 id)
{
    if (m_readOnly)
        throw StoreError(QStringLiteral("%1 is open read-only").arg(location()));
    for (const DatasetInfo &d : datasets()) {
        if (d.id == id) {
            writeDatasetRow(d, true); // invisible from here on, even if dropping fails below
            dropDatasetRows(id);
            return;
        }
    }
}

std::unique_ptr<DatasetSink> ClickHouseStore::beginImport(const DatasetInfo &meta)
{
    if (m_readOnly)
        throw StoreError(QStringLiteral("%1 is open read-only").arg(location()));
    return std::make_unique<ClickHouseSink>(*this, meta);
}

void ClickHouseStore::cancelRunning()
{
    m_entry.cancelAll();
    for (const ClickHouseHttp &shard : m_shards)
        shard.cancelAll();
}
