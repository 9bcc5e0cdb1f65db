// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_source.h"

#include "storage/sqlite_db.h"
#include "storage/sqlite_store.h"

#include <algorithm>
#include <limits>

QList<qint64> AnalysisSource::datasetIds(const BinQuery &view)
{
    QList<qint64> ids;
    for (const DatasetInfo &d : m_store.datasets()) {
        if (view.datasets.isEmpty() || view.datasets.contains(d.id))
            ids.append(d.id);
    }
    return ids;
}

TimeRange AnalysisSource::extent(const BinQuery &view)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const DatasetInfo &d : m_store.datasets()) {
        if ((view.datasets.isEmpty() || view.datasets.contains(d.id)) && d.records > 0) {
            lo = std::min(lo, d.tsMinUs);
            hi = std::max(hi, d.tsMaxUs);
        }
    }
    return lo > hi ? TimeRange{} : TimeRange{lo, hi + 1};
}

FineCounts AnalysisSource::fineCounts(const BinQuery &view)
{
    return FineCounts::fromTable(m_store.bins(FineCounts::query(view, extent(view))));
}

QList<TimelineEvent> AnalysisSource::events(const QString &category)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : m_store.events()) {
        if (category.isEmpty() || category.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0
            || e.category.compare(category, Qt::CaseInsensitive) == 0)
            out.append(e);
    }
    return out;
}

namespace {
SqliteStore &inMemory(LookupStore &store)
{
    auto *sqlite = dynamic_cast<SqliteStore *>(&store);
    if (!sqlite)
        throw StoreError(QStringLiteral("%1: this analysis needs individual lookups in memory, which this store does not"
                                        " offer (over ClickHouse: not supported yet; heatmap, bursts, coincidence and"
                                        " baseline are)")
                             .arg(store.location()));
    return *sqlite;
}
} // namespace

TimelineEngine::NameTable AnalysisSource::names()
{
    return inMemory(m_store).names();
}

QList<DatasetColumnsPtr> AnalysisSource::columns(const BinQuery &view, const QList<int> &nameColumns)
{
    SqliteStore *sqlite = &inMemory(m_store);
    QList<DatasetColumnsPtr> out;
    for (qint64 id : datasetIds(view))
        out.append(sqlite->columns(id, nameColumns));
    return out;
}
