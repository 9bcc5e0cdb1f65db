// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_buffer_table.h"

#include "sqlite_db.h"

#include <sqlite3.h>

namespace {

// What a table shows: a count of rows and a way to read one cell of a row.
struct Source {
    const char *schema;
    size_t (*count)(const void *batch);
    void (*cell)(const void *batch, size_t row, int column, sqlite3_context *ctx);
};

struct Table {
    sqlite3_vtab base;
    const void *batch;
    const Source *source;
};

struct Cursor {
    sqlite3_vtab_cursor base;
    size_t index;
};

const Table &tableOf(sqlite3_vtab_cursor *cursor)
{
    return *reinterpret_cast<Table *>(cursor->pVtab);
}

struct Aux {
    const void *batch;
    const Source *source;
};

size_t rowCount(const void *batch)
{
    return static_cast<const RowBufferTable::Batch *>(batch)->rows.size();
}

void rowCell(const void *data, size_t index, int col, sqlite3_context *ctx)
{
    const auto &batch = *static_cast<const RowBufferTable::Batch *>(data);
    const LookupRow &row = batch.rows[index];
    switch (col) {
    case 0:
        sqlite3_result_int64(ctx, batch.dataset);
        break;
    case 1:
        sqlite3_result_int64(ctx, row.tsUs);
        break;
    case 7:
        sqlite3_result_int64(ctx, row.flags);
        break;
    default: {
        const quint32 id = row.names[size_t(col - 2)];
        if (id)
            sqlite3_result_int64(ctx, id);
        else
            sqlite3_result_null(ctx);
    }
    }
}

size_t nameCount(const void *batch)
{
    return static_cast<const RowBufferTable::NameBatch *>(batch)->order.size();
}

void nameCell(const void *data, size_t index, int col, sqlite3_context *ctx)
{
    const auto &batch = *static_cast<const RowBufferTable::NameBatch *>(data);
    const NameInterner::NewName &name = batch.names->names[batch.order[index]];
    if (col == 0)
        sqlite3_result_int64(ctx, name.id);
    else
        sqlite3_result_text(ctx, batch.names->text.data() + name.offset, int(name.length), SQLITE_STATIC);
}

size_t countCount(const void *batch)
{
    return static_cast<const std::span<const RowBufferTable::ValueCount> *>(batch)->size();
}

void countCell(const void *data, size_t index, int col, sqlite3_context *ctx)
{
    const RowBufferTable::ValueCount &count =
        (*static_cast<const std::span<const RowBufferTable::ValueCount> *>(data))[index];
    sqlite3_result_int64(ctx, col == 0 ? qint64(count.first) : count.second);
}

const Source kRows = {"CREATE TABLE x(dataset INTEGER, ts INTEGER, client INTEGER, qname INTEGER,"
                      " qtype INTEGER, rcode INTEGER, server INTEGER, flags INTEGER)",
                      rowCount, rowCell};
const Source kNames = {"CREATE TABLE x(id INTEGER, name TEXT)", nameCount, nameCell};
const Source kCounts = {"CREATE TABLE x(value INTEGER, lookups INTEGER)", countCount, countCell};

int connect(sqlite3 *db, void *auxData, int, const char *const *, sqlite3_vtab **out, char **)
{
    const Aux &aux = *static_cast<const Aux *>(auxData);
    const int rc = sqlite3_declare_vtab(db, aux.source->schema);
    if (rc != SQLITE_OK)
        return rc;
    auto *table = static_cast<Table *>(sqlite3_malloc(sizeof(Table)));
    if (!table)
        return SQLITE_NOMEM;
    *table = Table{};
    table->batch = aux.batch;
    table->source = aux.source;
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
    const Table &table = tableOf(cursor);
    return reinterpret_cast<Cursor *>(cursor)->index >= table.source->count(table.batch);
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int col)
{
    const Table &table = tableOf(cursor);
    table.source->cell(table.batch, reinterpret_cast<Cursor *>(cursor)->index, col, ctx);
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

void registerModule(SqliteDb &db, const char *name, const void *batch, const Source &source)
{
    auto *aux = new Aux{batch, &source};
    if (sqlite3_create_module_v2(db.handle(), name, &kModule, aux, [](void *p) { delete static_cast<Aux *>(p); }) !=
        SQLITE_OK)
        throw Failure(Failure::Kind::Io, QString::fromUtf8(sqlite3_errmsg(db.handle())));
}

} // namespace

RowBufferTable::RowBufferTable(SqliteDb &db)
{
    registerModule(db, "dnstl_rows", &m_batch, kRows);
    registerModule(db, "dnstl_names", &m_names, kNames);
    registerModule(db, "dnstl_counts", &m_counts, kCounts);
}

void RowBufferTable::setRows(std::span<const LookupRow> rows, qint64 dataset)
{
    m_batch = Batch{rows, dataset};
}

void RowBufferTable::setNames(const NameInterner::NewNames *names, std::span<const quint32> order)
{
    m_names = NameBatch{names, order};
}
