// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_writer.h"

#include "rollup_tables.h"

#include <algorithm>
#include <vector>

namespace {
// Value counts go kCountsPerInsert rows to a statement, in key order: a dataset has as many as
// it has distinct names (350,000 in the 1 M-query pcap benchmark), written after the last
// lookup while nothing else runs; one statement per row took 235 ms of CPU there, this 104 ms.
constexpr int kCountsPerInsert = 64;

QByteArray insertCountsSql(int rows)
{
    QByteArray sql = "INSERT INTO lookup_value_counts(dataset, field, value, lookups) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
    return sql;
}
} // namespace

RollupWriter::RollupWriter(SqliteDb &db, qint64 datasetId)
    : m_db(db), m_datasetId(datasetId),
      m_insertDay(db.prepare("INSERT INTO lookup_rollups(dataset, field, day, minutes) VALUES (?, ?, ?, ?)")),
      m_insertCount(db.prepare(insertCountsSql(1))), m_insertCounts(db.prepare(insertCountsSql(kCountsPerInsert)))
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
    std::vector<std::pair<quint32, qint64>> counts;
    for (int field = 0; field < RollupBuilder::kFields; ++field) {
        counts.clear();
        counts.reserve(m_builder->totals(field).size());
        m_builder->totals(field).forEach([&](quint32 value, qint64 n) { counts.emplace_back(value, n); });
        std::sort(counts.begin(), counts.end()); // the primary key's order: appends to the B-tree
        size_t at = 0;
        for (; at + kCountsPerInsert <= counts.size(); at += kCountsPerInsert) {
            for (int i = 0; i < kCountsPerInsert; ++i) {
                const auto &[value, n] = counts[at + size_t(i)];
                m_insertCounts.bind(4 * i + 1, m_datasetId).bind(4 * i + 2, field);
                m_insertCounts.bind(4 * i + 3, qint64(value)).bind(4 * i + 4, n);
            }
            m_insertCounts.exec();
        }
        for (; at < counts.size(); ++at)
            m_insertCount.bind(1, m_datasetId)
                .bind(2, field)
                .bind(3, qint64(counts[at].first))
                .bind(4, counts[at].second)
                .exec();
    }
}

void RollupWriter::restart()
{
    RollupTables::remove(m_db, m_datasetId);
    makeBuilder();
}
