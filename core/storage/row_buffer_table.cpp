// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_buffer_table.h"

#include "sqlite_db.h"

#include <sqlite3.h>

namespace {

struct Table {
    sqlite3_vtab base;
    const RowBufferTable::Batch *batch;
};

struct Cursor {
    sqlite3_vtab_cursor base;
    size_t index;
};

const RowBufferTable::Batch &batchOf(sqlite3_vtab_cursor *cursor)
{
    return *reinterpret_cast<Table *>(cursor->pVtab)->batch;
}

int connect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(dataset INTEGER, ts INTEGER, client INTEGER, qname INTEGER,"
            " qtype INTEGER, rcode INTEGER, server INTEGER)");
    if (rc != SQLITE_OK)
        return rc;
    auto *table = static_cast<Table *>(sqlite3_malloc(sizeof(Table)));
    if (!table)
        return SQLITE_NOMEM;
    *table = Table{};
    table->batch = static_cast<const RowBufferTable::Batch *>(aux);
    *out = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    return SQLITE_OK;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *cursor = static_cast<Cursor *>(sqlite3_malloc(sizeof(Cursor)));
    if (!cursor)
        return SQLITE_NOMEM;
    *cursor = Cursor{};
    *out = &cursor->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    sqlite3_free(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    reinterpret_cast<Cursor *>(cursor)->index = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->index;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<Cursor *>(cursor)->index >= batchOf(cursor).rows.size();
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int col)
{
    const auto &batch = batchOf(cursor);
    const size_t index = reinterpret_cast<Cursor *>(cursor)->index;
    const LookupRow &row = batch.rows[index];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, batch.dataset); break;
    case 1: sqlite3_result_int64(ctx, row.tsUs); break;
    default: {
        const quint32 id = row.names[size_t(col - 2)];
        if (id)
            sqlite3_result_int64(ctx, id);
        else
            sqlite3_result_null(ctx);
    }
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out)
{
    *out = sqlite3_int64(reinterpret_cast<Cursor *>(cursor)->index);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.iVersion = 1;
    module.xConnect = connect; // no xCreate: eponymous-only
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}

const sqlite3_module kModule = makeModule();

} // namespace

RowBufferTable::RowBufferTable(SqliteDb &db)
{
    if (sqlite3_create_module_v2(db.handle(), "dnstl_rows", &kModule, &m_batch, nullptr) != SQLITE_OK)
        throw StoreError(QString::fromUtf8(sqlite3_errmsg(db.handle())));
}

void RowBufferTable::setRows(std::span<const LookupRow> rows, qint64 dataset)
{
    m_batch = Batch{rows, dataset};
}
