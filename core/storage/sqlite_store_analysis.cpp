// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's aggregates for the analyses: ColumnAggregates over the datasets' blocks,
// decoded one at a time (BlockCursor), so that an analysis of any number of lookups holds what
// it computes, not the lookups.
#include "sqlite_store.h"

#include "block_cursor.h"
#include "block_silences.h"
#include "column_aggregates.h"
#include "lookup_filter.h"
#include "pair_gaps_scan.h"
#include "qname_counter.h"

#include <algorithm>
#include <limits>

namespace {
TimeRange orAllTime(std::optional<TimeRange> range)
{
    return range.value_or(TimeRange{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()});
}
} // namespace

PairTimes SqliteStore::pairTimes(const BinQuery &query, qint64 minLookups)
{
    const auto all = names();
    const QList<ViewDataset> chosen = viewDatasets(query.datasets);
    const QList<int> needed =
        LookupFilter::neededColumns(query, {nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)});
    const AnswerSetTablePtr sets = answerSets();
    return ColumnAggregates::pairTimesOver(
        chosen.size(),
        [&](qsizetype k, std::optional<TimeRange> r) {
            return BlockCursor(*m_source, chosen[k].id, orAllTime(r), needed, false);
        },
        query.range, LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen)), all,
        minLookups);
}

PairGaps SqliteStore::pairGaps(const BinQuery &query, qint64 minLookups, const std::function<bool(double)> &progress)
{
    PairGaps out;
    pairGapsByShare(query, minLookups, std::numeric_limits<qint64>::max(), progress,
                    [&](PairGaps &&gaps, const PairShare &) { out = std::move(gaps); });
    return out;
}

void SqliteStore::pairGapsByShare(const BinQuery &query, qint64 minLookups, qint64 budgetBytes,
                                  const std::function<bool(double)> &progress, const PairGapsShareFn &each)
{
    const auto all = names();
    const QList<ViewDataset> chosen = viewDatasets(query.datasets);
    qint64 total = 0; // the lookups of the blocks the range overlaps
    for (const ViewDataset &d : chosen) {
        const auto index = m_source->index(d.id);
        const auto [first, last] = index->overlapping(orAllTime(query.range));
        for (size_t b = first; b < last; ++b)
            total += index->blocks[b].rows;
    }
    const QList<int> needed =
        LookupFilter::neededColumns(query, {nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)});
    const AnswerSetTablePtr sets = answerSets();
    const LookupFilter filter = LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen));
    QList<qint64> ids;
    for (const ViewDataset &d : chosen)
        ids.append(d.id);
    const int shares = PairGapsScan::shares(total, budgetBytes);
    const double walk = double(std::max<qint64>(total, 1)) * shares;
    for (int k = 0; k < shares; ++k) {
        const PairShare share{k, shares};
        const qint64 before = total * k;
        each(PairGapsScan::run(
                 *m_source, ids, orAllTime(query.range), needed, filter, all, minLookups,
                 [&](qint64 walked) { return !progress || progress(double(before + walked) / walk); }, share),
             share);
    }
}

QList<DatasetSilences> SqliteStore::silences(const BinQuery &query, qint64 gapUs)
{
    QList<DatasetSilences> out;
    for (const ViewDataset &d : viewDatasets(query.datasets))
        out.append(BlockSilences::of(*m_source, d.id, orAllTime(query.range), gapUs));
    return out;
}

QnameCounts SqliteStore::qnameCounts(const BinQuery &query)
{
    const auto all = names();
    const QList<ViewDataset> chosen = viewDatasets(query.datasets);
    TimeRange covered;
    const BinTable frame = TimelineEngine::frame(query, ViewEngine::extent(chosen), &covered);
    const AnswerSetTablePtr sets = answerSets();
    return QnameCounter::count(*m_source, chosen, frame.edges,
                               LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen)));
}
