// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "lookup_row.h"
#include "name_interner.h"
#include "observation_row.h"
#include "rollup_writer.h"
#include "row_buffer_table.h"
#include "sqlite_db.h"
#include "time_sorter.h"

#include <memory>
#include <span>

// The SQL side of one import: a connection with an open transaction, the new dataset's row,
// and the statements that append names, lookups and lookup_blocks. Used by DatasetWriter's
// writer thread only (after construction); throws Failure on any failure, after which
// destroying it rolls everything back.
class StoreWriteSession {
public:
    StoreWriteSession(const QString &storePath, const DatasetInfo &meta, qsizetype sortChunkRows);
    ~StoreWriteSession();

    void preloadNames(NameInterner &interner);
    void addNames(const NameInterner::NewNames &names);
    void addRows(std::span<const LookupRow> rows) { m_sorter.push(rows); }
    // Inserts passive-DNS observations; a dataset with observations and no lookups is of kind
    // observations, its extent from the first time_first to the last time_last.
    void addObservations(std::span<const ObservationRow> rows);
    qint64 datasetWithSha256(const QString &sha256);
    DatasetInfo commit(const QString &sha256, qint64 rejected);

private:
    void writeSorted(std::span<const LookupRow> rows);
    qsizetype readBack(LookupRow *out, qsizetype max);

    SqliteDb m_db;
    std::unique_ptr<Transaction> m_transaction;
    RowBufferTable m_rowBuffer;
    Statement m_insertRows;
    Statement m_insertBlock;
    Statement m_insertNames;
    TimeSorter m_sorter;
    DatasetInfo m_meta;
    std::unique_ptr<RollupWriter> m_rollups;
    qint64 m_nextRowid = 1;
    qint64 m_firstRowid = 1;
    qint64 m_count = 0;
    // Rows emitted before the sorter began spilling, re-read and dropped when it merges.
    qint64 m_readBackNext = 0;
    qint64 m_readBackEnd = 0;
    Statement m_readBack;
    Statement m_insertObservation;
    qint64 m_observations = 0;
    qint64 m_observedFirstUs = 0;
    qint64 m_observedLastUs = 0;
};
