// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rollup_builder.h"
#include "sqlite_db.h"

#include <memory>
#include <span>

class RowBufferTable;

// Writes one dataset's rollups into lookup_rollups and lookup_value_counts as a RollupBuilder
// makes them, inside the caller's transaction on the caller's connection (an import's, or the
// store's own for RollupTables::build), whose RowBufferTable shows it the value counts. Not
// thread-safe; lives on the thread that writes.
class RollupWriter {
public:
    RollupWriter(SqliteDb &db, RowBufferTable &buffer, qint64 datasetId);

    void add(std::span<const LookupRow> rows) { m_builder->add(rows); }
    // Writes the last day and the value counts.
    void finish();
    // Forgets what was built and deletes what was written (the rows come again, re-sorted).
    void restart();

private:
    void makeBuilder();

    SqliteDb &m_db;
    RowBufferTable &m_buffer;
    qint64 m_datasetId;
    Statement m_insertDay;
    Statement m_insertCounts; // a field's value counts, from m_buffer
    std::unique_ptr<RollupBuilder> m_builder;
};
