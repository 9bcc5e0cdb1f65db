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
// and the statements that append names, answer sets, lookups and lookup_blocks. Used by DatasetWriter's
// writer thread only (after construction); throws Failure on any failure, after which
// destroying it rolls everything back. Imports into one store take turns: the constructor
// waits up to writeLockWaitMs() (kWriteLockWaitMs unless set) for another writer (another
// import) to finish, then fails with a Failure of kind TimedOut naming the store.
class StoreWriteSession {
public:
    static constexpr int kWriteLockWaitMs = 10 * 60 * 1000;
    // The wait for another writer's lock, for every session of this process from now on
    // (thread-safe); tests shorten it.
    static int writeLockWaitMs();
    static void setWriteLockWaitMs(int ms);

    StoreWriteSession(const QString &storePath, const DatasetInfo &meta, qsizetype sortChunkRows);
    ~StoreWriteSession();

    void preloadNames(NameInterner &interner);
    void addNames(const NameInterner::NewNames &names);
    void preloadAnswerSets(NameInterner &interner);
    void addAnswerSets(const NameInterner::NewNames &sets);
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
    // Rows emitted before the sorter began spilling, re-read from their lookup_blocks (which
    // hold every column, answers too) and dropped when it merges.
    qint64 m_readBackNext = 0;
    qint64 m_readBackEnd = 0;
    Statement m_readBack;
    std::vector<LookupRow> m_readBackBlock; // the block being re-read, from row m_readBackAt
    size_t m_readBackAt = 0;
    Statement m_insertObservation;
    qint64 m_observations = 0;
    qint64 m_observedFirstUs = 0;
    qint64 m_observedLastUs = 0;
    Statement m_insertAnswerSet;
};
