// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lookup_row.h"

#include <span>

class SqliteDb;

// An eponymous virtual table, `dnstl_rows`, that shows SQLite a batch of LookupRows held in
// memory, so that one `INSERT INTO lookups SELECT … FROM dnstl_rows` moves a whole batch
// without a bind/step/reset per row (about twice as fast as multi-row INSERT … VALUES).
// Columns: dataset, ts, client, qname, qtype, rcode, server; a name
// id of 0 reads as NULL. The table never owns the rows: setRows() points it at the caller's
// span, which must outlive the statement that reads it. One instance per connection; not
// thread-safe, like the connection itself.
class RowBufferTable {
public:
    explicit RowBufferTable(SqliteDb &db);
    void setRows(std::span<const LookupRow> rows, qint64 dataset);

    struct Batch {
        std::span<const LookupRow> rows;
        qint64 dataset = 0;
    };

private:
    Batch m_batch;
};
