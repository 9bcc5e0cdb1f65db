// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <vector>

// A view's lookups counted on a fine regular grid (1 minute unless the range is long):
// counts[i] lookups in [fromUs + i·stepUs, fromUs + (i+1)·stepUs), µs UTC. The analyses that
// need lookup times (heatmap, coincidence) read this grid instead of the lookups, so they
// honour the view's datasets, range and filters through TimelineEngine and cost O(grid bins)
// instead of O(lookups). Times inside one grid step are not told apart.
// A value type; 8 bytes per grid bin (at most kMaxBins). Thread-safe as a value.
class FineCounts {
public:
    static constexpr qsizetype kMaxBins = 4'000'000;

    qint64 fromUs = 0;
    qint64 stepUs = 60'000'000;
    std::vector<qint64> counts;

    // The query to ask TimelineEngine / LookupStore::bins for: the view's datasets, range and
    // filters, no split, UTC, the finest of 1m 5m 15m 1h 3h 6h 12h giving at most kMaxBins bins
    // over extent (the view's range, or the data's extent when the view has none).
    static BinQuery query(const BinQuery &view, const TimeRange &extent);
    // The grid of a fixed-width table, all series summed. Empty if the table is not fixed-width.
    static FineCounts fromTable(const BinTable &table);

    qsizetype size() const { return qsizetype(counts.size()); }
    qint64 total() const;
    TimeRange range() const { return {fromUs, fromUs + stepUs * qint64(counts.size())}; }
    // [first bin with a lookup, last bin with a lookup + 1) as times; empty without lookups.
    TimeRange occupied() const;
};
