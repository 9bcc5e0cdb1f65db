// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "lookup_aggregates.h"
#include "pair_gaps_builder.h"
#include "pair_share.h"

#include <QList>

#include <functional>

// AggregateQueries: the role of a store that the analyses ask for aggregates
// (lookup_aggregates.h) over a view's datasets, range and filters (bins' rules; the split is
// ignored): per (client, qname) pair with at least minLookups lookups its times, or the gaps
// between its polls (a store that can stream its lookups holds only these); per dataset
// the silences longer than gapUs (no filters); per bin of the view the distinct and first-seen
// query names; per (name, answer set, rcode) the first and last times and counts (resolution
// histories). Equal for equal lookups, whichever store answers. One of the role interfaces
// LookupStore is made of. Thread-safe; failures throw Failure.
class AggregateQueries {
public:
    virtual ~AggregateQueries() = default;

    virtual PairTimes pairTimes(const BinQuery &query, qint64 minLookups) = 0;
    // progress(fraction done) returning false cancels: Failure (Cancelled) is thrown.
    virtual PairGaps pairGaps(const BinQuery &query, qint64 minLookups, const std::function<bool(double)> &progress)
    {
        (void)progress; // one query
        return PairGapsBuilder::fromTimes(pairTimes(query, minLookups), minLookups);
    }
    // The same gaps with memory bounded: the pairs cut into shares (PairShare) few enough
    // lookups each that the gaps of one, estimated, take at most budgetBytes, each handed to
    // each(gaps, share) in turn and dropped when it returns (every pair in one share; one share
    // when they fit). progress as pairGaps', over all the shares; each may throw to stop. A store
    // that does not hold the lookups' gaps itself gives pairGaps in one share.
    using PairGapsShareFn = std::function<void(PairGaps &&gaps, const PairShare &share)>;
    virtual void pairGapsByShare(const BinQuery &query, qint64 minLookups, qint64 budgetBytes,
                                 const std::function<bool(double)> &progress, const PairGapsShareFn &each)
    {
        (void)budgetBytes;
        each(pairGaps(query, minLookups, progress), PairShare{});
    }
    virtual QList<DatasetSilences> silences(const BinQuery &query, qint64 gapUs) = 0;
    virtual QnameCounts qnameCounts(const BinQuery &query) = 0;
    // The groups' errorTimesUs hold at most maxTimes times each.
    virtual AnswerGroups answerGroups(const BinQuery &query, qsizetype maxTimes) = 0;
};
