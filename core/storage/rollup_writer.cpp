// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_writer.h"

#include "rollup_tables.h"
#include "row_buffer_table.h"

#include <algorithm>
#include <vector>

RollupWriter::RollupWriter(SqliteDb &db, RowBufferTable &buffer, qint64 datasetId)
    : m_db(db), m_buffer(buffer), m_datasetId(datasetId),
      m_insertDay(db.prepare("INSERT INTO lookup_rollups(dataset, field, day, minutes) VALUES (?, ?, ?, ?)")),
      m_insertCounts(db.prepare("INSERT INTO lookup_value_counts(dataset, field, value, lookups)"
                                " SELECT ?, ?, value, lookups FROM dnstl_counts"))
{
    makeBuilder();
}

void RollupWriter::makeBuilder()
{
    m_builder = std::make_unique<RollupBuilder>([this](int field, qint64 day, const std::optional<QByteArray> &blob) {
        m_insertDay.bind(1, m_datasetId).bind(2, field).bind(3, day);
        if (blob)
            m_insertDay.bindBlob(4, *blob);
        else
            m_insertDay.bindNull(4);
        m_insertDay.exec();
    });
}

// Value counts go in after the last lookup, while nothing else runs: as many as the dataset has
// distinct names (350,000 in the 1 M-query pcap benchmark). Each field's go in one statement
// from RowBufferTable, in key order (appends to the primary key's B-tree). There: 235 ms of CPU
// one row to a statement in the counter's order; 64 rows to a statement in key order 98 ms, this
// 63 ms in the same session (perf, load 7-9).
void RollupWriter::finish()
{
    m_builder->finish();
    std::vector<RowBufferTable::ValueCount> counts;
    for (int field = 0; field < RollupBuilder::kFields; ++field) {
        counts.clear();
        counts.reserve(m_builder->totals(field).size());
        m_builder->totals(field).forEach([&](quint32 value, qint64 n) { counts.emplace_back(value, n); });
        std::sort(counts.begin(), counts.end());
        m_buffer.setCounts(counts);
        m_insertCounts.bind(1, m_datasetId).bind(2, field).exec();
        m_buffer.setCounts({});
    }
}

void RollupWriter::restart()
{
    RollupTables::remove(m_db, m_datasetId);
    makeBuilder();
}
