// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's aggregates for the analyses: ColumnAggregates over the cached columns.
#include "sqlite_store.h"

#include "column_aggregates.h"
#include "lookup_filter.h"

QList<DatasetColumnsPtr> SqliteStore::selectedColumns(const BinQuery &query, const QList<int> &nameColumns)
{
    QList<DatasetColumnsPtr> out;
    for (const DatasetInfo &d : datasets()) {
        if ((query.datasets.isEmpty() || query.datasets.contains(d.id)) && d.kind != DatasetKind::Observations)
            out.append(columns(d.id, nameColumns));
    }
    return out;
}

PairTimes SqliteStore::pairTimes(const BinQuery &query, qint64 minLookups)
{
    const auto all = names();
    const QList<int> needed =
        LookupFilter::neededColumns(query, {nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)});
    const QList<DatasetColumnsPtr> chosen = selectedColumns(query, needed);
    const AnswerSetTablePtr sets = answerSets();
    return ColumnAggregates::pairTimes(
        chosen, query.range, LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen)), all,
        minLookups);
}

QList<DatasetSilences> SqliteStore::silences(const BinQuery &query, qint64 gapUs)
{
    QList<DatasetSilences> out;
    for (const DatasetColumnsPtr &d : selectedColumns(query, {}))
        out.append(ColumnAggregates::silences(*d, query.range, gapUs));
    return out;
}

QnameCounts SqliteStore::qnameCounts(const BinQuery &query)
{
    const auto all = names();
    const QList<DatasetColumnsPtr> chosen =
        selectedColumns(query, LookupFilter::neededColumns(query, {nameFieldIndex(LookupField::Qname)}));
    TimeRange covered;
    const BinTable frame = TimelineEngine::frame(query, TimelineEngine::extent(chosen), &covered);
    const AnswerSetTablePtr sets = answerSets();
    return ColumnAggregates::qnameCounts(
        frame.edges, chosen, LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen)));
}
