// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_row.h"
#include "name_interner.h"

#include <span>
#include <utility>

class SqliteDb;

// Two eponymous virtual tables that show SQLite batches held in memory, so that one
// `INSERT … SELECT` moves a whole batch without a bind/step/reset per row (about twice as fast
// as multi-row INSERT … VALUES for lookups, five times as fast as one INSERT per name):
// - `dnstl_rows`: LookupRows; columns dataset, ts, client, qname, qtype, rcode, server, flags;
//   a name id of 0 reads as NULL.
// - `dnstl_names`: new names; columns id, name (TEXT).
// - `dnstl_counts`: one field's value counts (RollupWriter); columns value, lookups.
// The tables never own the data: setRows()/setNames() point them at the caller's, which must
// outlive the statement that reads it. One instance per connection; not thread-safe, like the
// connection itself.
class RowBufferTable {
public:
    explicit RowBufferTable(SqliteDb &db);
    void setRows(std::span<const LookupRow> rows, qint64 dataset);
    // order: indexes into names.names, the order in which the rows are read.
    void setNames(const NameInterner::NewNames *names, std::span<const quint32> order);
    using ValueCount = std::pair<quint32, qint64>; // a value and its lookups
    void setCounts(std::span<const ValueCount> counts) { m_counts = counts; }

    struct Batch {
        std::span<const LookupRow> rows;
        qint64 dataset = 0;
    };
    struct NameBatch {
        const NameInterner::NewNames *names = nullptr;
        std::span<const quint32> order;
    };

private:
    Batch m_batch;
    NameBatch m_names;
    std::span<const ValueCount> m_counts;
};
