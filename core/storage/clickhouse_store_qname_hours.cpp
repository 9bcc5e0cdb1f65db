// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's rollup of lookups per (dataset, qname, hour), lookups_1h_qname(_local):
// its tables, how the shards fill it from their own lookups (at an import's commit, and on a
// writable open for datasets an earlier version imported), and whether it covers a view's
// datasets. A whole-range qname glob reads it instead of every lookup's ts and qname_h
// (ClickHouseBinQuery::sourceFor).
#include "bounded_work_queue.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"

#include <algorithm>

using ClickHouseSql::quote;

namespace {
const QByteArray kQnameHoursColumns = "(dataset UInt32, qname_h UInt64, hour UInt32, n UInt64)";
constexpr qint64 kHourUs = 3'600'000'000;

struct ShardFill {
    const ClickHouseHttp *shard = nullptr;
    QList<qint64> ids;
};
} // namespace

QByteArray ClickHouseStore::qnameHoursTable() const
{
    return table(m_url.cluster.isEmpty() ? "lookups_1h_qname_local" : "lookups_1h_qname");
}

void ClickHouseStore::createQnameHours()
{
    for (const ClickHouseHttp &shard : m_shards) {
        // Ordered by name first: a glob matching a few names reads only their granules.
        shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1h_qname_local") + ' ' + kQnameHoursColumns +
                    " ENGINE = SummingMergeTree(n) PARTITION BY dataset ORDER BY (dataset, qname_h, hour)");
        if (!m_url.cluster.isEmpty())
            shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1h_qname") + ' ' + kQnameHoursColumns +
                        " ENGINE = Distributed(" + m_url.cluster.toUtf8() + ", " + database() +
                        ", lookups_1h_qname_local, rand())");
    }
    m_qnameHours = true;
    fillMissingQnameHours();
}

void ClickHouseStore::fillQnameHours(const ClickHouseHttp &shard, const QList<qint64> &ids) const
{
    shard.query("INSERT INTO " + table("lookups_1h_qname_local") + " SELECT dataset, qname_h, toUInt32(intDiv(ts, " +
                QByteArray::number(kHourUs) + ")) AS hour, count() FROM " + table("lookups_local") +
                " WHERE dataset IN (" + ClickHouseSql::numberList(ids) + ") GROUP BY dataset, qname_h, hour");
}

void ClickHouseStore::fillQnameHours(qint64 id)
{
    // Every shard at once (one sender per shard, as for the lookups); the first failure is thrown.
    BoundedWorkQueue<ShardFill> fills(m_shards.size(), int(m_shards.size()),
                                      [this](ShardFill &f, int) { fillQnameHours(*f.shard, f.ids); });
    for (const ClickHouseHttp &shard : m_shards)
        fills.push(ShardFill{&shard, {id}});
    fills.finish();
}

void ClickHouseStore::fillMissingQnameHours()
{
    // A dataset is missing on a shard that holds its lookups (a partition of lookups_local)
    // but no partition of the rollup; only registered datasets count, so a running import
    // (which fills its own at commit, before registering) is left alone. Two writers opening
    // an older database at the same moment could both fill it: open it once with one first.
    QSet<qint64> registered;
    for (const DatasetInfo &d : datasets()) {
        if (d.records > 0)
            registered.insert(d.id);
    }
    const auto partitions = [this](const ClickHouseHttp &shard, const char *name) {
        QSet<qint64> out;
        ClickHouseRows rows(shard.query("SELECT DISTINCT partition_id FROM system.parts WHERE active AND database = " +
                                        quote(QByteArrayView(database())) +
                                        " AND table = " + quote(QByteArrayView(name)) + " FORMAT RowBinary"));
        while (!rows.atEnd())
            out.insert(rows.text().toLongLong());
        return out;
    };
    std::vector<ShardFill> work;
    QSet<qint64> touched;
    for (const ClickHouseHttp &shard : m_shards) {
        const QSet<qint64> filled = partitions(shard, "lookups_1h_qname_local");
        QList<qint64> missing;
        for (qint64 id : partitions(shard, "lookups_local")) {
            if (registered.contains(id) && !filled.contains(id))
                missing.append(id);
        }
        std::sort(missing.begin(), missing.end());
        touched.unite(QSet<qint64>(missing.begin(), missing.end()));
        if (!missing.isEmpty())
            work.push_back(ShardFill{&shard, missing});
    }
    if (work.empty())
        return;
    // One dataset at a time per shard (the GROUP BY's memory is one dataset's), shards at once.
    BoundedWorkQueue<ShardFill> fills(work.size(), int(work.size()), [this](ShardFill &f, int) {
        for (qint64 id : std::as_const(f.ids))
            fillQnameHours(*f.shard, {id});
    });
    try {
        for (ShardFill &f : work)
            fills.push(std::move(f));
        fills.finish();
    } catch (const Failure &) {
        // A dataset filled on some shards only would be counted short: its rows are dropped on
        // every shard, views read its lookups (qnameHoursCover), and the next writable open
        // tries again. The open itself goes on.
        for (qint64 id : std::as_const(touched)) {
            for (const ClickHouseHttp &shard : m_shards) {
                try {
                    shard.query("ALTER TABLE " + table("lookups_1h_qname_local") + " DROP PARTITION " +
                                QByteArray::number(id));
                } catch (const Failure &) {
                    // A shard gone since its fill keeps its rows of the dataset: if it answers
                    // again before the next writable open refills the others, views count only
                    // its share from the rollup (a failed fill and a lost shard at once).
                }
            }
        }
    }
}

bool ClickHouseStore::qnameHoursCover(const QList<DatasetInfo> &sets, const QList<qint64> &ids)
{
    if (!m_qnameHours)
        return false;
    QList<qint64> unknown;
    {
        std::lock_guard guard(m_mutex);
        for (const DatasetInfo &d : sets) {
            if (d.records > 0 && ids.contains(d.id) && !m_qnameHoursCovered.contains(d.id))
                unknown.append(d.id);
        }
    }
    if (unknown.isEmpty())
        return true;
    ClickHouseRows rows(readLookups("SELECT DISTINCT dataset FROM " + qnameHoursTable() + " WHERE dataset IN (" +
                                    ClickHouseSql::numberList(unknown) + ") FORMAT RowBinary"));
    qsizetype found = 0;
    std::lock_guard guard(m_mutex);
    while (!rows.atEnd()) {
        m_qnameHoursCovered.insert(rows.u32());
        ++found;
    }
    return found == unknown.size();
}
