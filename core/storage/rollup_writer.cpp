// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_writer.h"

#include "rollup_tables.h"

#include <algorithm>
#include <vector>

RollupWriter::RollupWriter(SqliteDb &db, qint64 datasetId)
    : m_db(db), m_datasetId(datasetId),
      m_insertDay(db.prepare("INSERT INTO lookup_rollups(dataset, field, day, minutes) VALUES (?, ?, ?, ?)")),
      m_insertCount(db.prepare("INSERT INTO lookup_value_counts(dataset, field, value, lookups) VALUES (?, ?, ?, ?)"))
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

void RollupWriter::finish()
{
    m_builder->finish();
    // In key order: each row lands after the one before it in the table's B-tree, not at a
    // random place (the counter holds the values in hash order).
    std::vector<std::pair<quint32, qint64>> counts;
    for (int field = 0; field < RollupBuilder::kFields; ++field) {
        counts.clear();
        m_builder->totals(field).forEach([&](quint32 value, qint64 n) { counts.emplace_back(value, n); });
        std::sort(counts.begin(), counts.end());
        for (const auto &[value, n] : counts)
            m_insertCount.bind(1, m_datasetId).bind(2, field).bind(3, qint64(value)).bind(4, n).exec();
    }
}

void RollupWriter::restart()
{
    RollupTables::remove(m_db, m_datasetId);
    makeBuilder();
}
