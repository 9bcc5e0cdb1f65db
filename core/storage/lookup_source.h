// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_columns.h"
#include "lookup_block_index.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class SqliteDb;

// The SQLite store's lookups as its engines read them (ViewEngine, drill-down, analyses):
// each dataset's time index (LookupBlockIndex), single blocks decoded into columns, and the
// rollups (lookup_rollups, lookup_value_counts). Decoded blocks are kept in a cache bounded
// by bytes, least recently used first out, so memory follows what is looked at, not the data.
// Every read takes the store's connection mutex only while it steps SQLite.
// Thread-safe. Cost: a block decodes 65,536 lookups (about 0.3 ms for times and one column).
class LookupSource {
public:
    static constexpr size_t kDefaultCacheBytes = size_t(64) << 20;

    LookupSource(SqliteDb &db, std::recursive_mutex &dbMutex, int schemaVersion,
                 size_t cacheBytes = kDefaultCacheBytes);
    ~LookupSource();

    // Forgets everything read (the store's data changed).
    void clear();

    std::shared_ptr<const LookupBlockIndex> index(qint64 datasetId);
    // The statement index() reads a dataset's blocks with: served by the index
    // lookup_blocks_span where the store has it (a few bytes a block, where lookup_blocks holds
    // a page a block).
    static constexpr const char *kIndexSql =
        "SELECT first_rowid, row_count, ts_min, ts_max FROM lookup_blocks WHERE dataset = ? ORDER BY first_rowid";
    // Block b of the dataset with its times and at least these name columns (DatasetColumns
    // indexes) decoded. keep false: a block not cached is decoded without entering the cache
    // (for long passes, which would only push out what views use). Throws Failure on a
    // damaged block.
    DatasetColumnsPtr block(qint64 datasetId, size_t b, const QList<int> &columns, bool keep = true);
    // Blocks [first, last) of the dataset in order, as block(…, keep false); visit returns
    // false to stop.
    void forEachBlock(qint64 datasetId, size_t first, size_t last, const QList<int> &columns,
                      const std::function<bool(size_t b, const DatasetColumns &block)> &visit);

    // Whether the dataset's rollups were written (at import, or by a later build).
    bool hasRollups(qint64 datasetId);
    // Per value, the dataset's lookups (lookup_value_counts of a field).
    std::vector<std::pair<quint32, qint64>> valueCounts(qint64 datasetId, int field);
    // The rollup rows of a field for the UTC days [firstDay, lastDay], in day order:
    // visit(day, blob); a day without a row has no lookups; a null blob means "count the lookups".
    void forEachDay(qint64 datasetId, int field, qint64 firstDay, qint64 lastDay,
                    const std::function<void(qint64 day, const std::optional<QByteArray> &blob)> &visit);

    size_t cachedBytes() const;

private:
    DatasetColumnsPtr decode(qint64 datasetId, const LookupBlockIndex::Block &block, const QList<int> &columns,
                             const DatasetColumns *have);

    SqliteDb &m_db;
    std::recursive_mutex &m_dbMutex;
    int m_schemaVersion;
    size_t m_cacheBytes;

    mutable std::mutex m_mutex; // guards the members below
    QHash<qint64, std::shared_ptr<const LookupBlockIndex>> m_indexes;
    QHash<qint64, bool> m_hasRollups;
    struct Cached {
        qint64 datasetId;
        size_t block;
        DatasetColumnsPtr columns;
        size_t bytes;
    };
    std::list<Cached> m_lru; // most recently used first
    size_t m_bytes = 0;
};
