// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_tables.h"

#include "lookup_source.h"
#include "rollup_writer.h"
#include "sqlite_db.h"

namespace {
// The flags whose LookupFlags::protoId is id (the one proto bit or role they stand for).
quint8 flagsOfProto(quint32 id)
{
    return id <= 2 ? quint8(id - 1) : quint8((id - 2) << 1);
}

bool tablesExist(SqliteDb &db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('lookup_rollups', 'lookup_value_counts')") ==
        2;
}
} // namespace

QList<qint64> RollupTables::missing(SqliteDb &db)
{
    const bool kinds = db.queryInt("SELECT count(*) FROM pragma_table_info('datasets') WHERE name = 'kind'") > 0;
    QByteArray sql = "SELECT id FROM datasets d WHERE record_count > 0";
    if (kinds)
        sql += " AND kind = 'lookups'";
    if (tablesExist(db))
        sql += " AND NOT EXISTS (SELECT 1 FROM lookup_rollups r WHERE r.dataset = d.id AND r.field = 6)";
    QList<qint64> out;
    Statement st = db.prepare(sql + " ORDER BY id");
    while (st.step())
        out.append(st.int64(0));
    return out;
}

void RollupTables::build(SqliteDb &db, RowBufferTable &buffer, LookupSource &source, qint64 datasetId,
                         const std::function<bool(double)> &progress)
{
    Transaction tx(db);
    RollupWriter writer(db, buffer, datasetId);
    const auto index = source.index(datasetId);
    const size_t blocks = index->blocks.size();
    std::vector<LookupRow> rows;
    bool cancelled = false;
    source.forEachBlock(datasetId, 0, blocks, {0, 1, 2, 3, 4, kProtoColumn}, [&](size_t b, const DatasetColumns &d) {
        if (progress && !progress(double(b) / double(std::max<size_t>(blocks, 1)))) {
            cancelled = true;
            return false;
        }
        rows.resize(d.ts.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].tsUs = d.ts[i];
            for (size_t f = 0; f < 5; ++f)
                rows[i].names[f] = d.names[f][i];
            rows[i].flags = flagsOfProto(d.names[kProtoColumn][i]);
        }
        writer.add(rows);
        return true;
    });
    if (cancelled)
        throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
    writer.finish();
    tx.commit();
}

void RollupTables::remove(SqliteDb &db, qint64 datasetId)
{
    if (!tablesExist(db))
        return;
    for (const char *sql :
         {"DELETE FROM lookup_rollups WHERE dataset = ?", "DELETE FROM lookup_value_counts WHERE dataset = ?"}) {
        Statement st = db.prepare(sql);
        st.bind(1, datasetId).exec();
    }
}
