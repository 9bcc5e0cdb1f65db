// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "lookup_filter.h"
#include "lookup_source.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

// The SQLite store's PairGaps of a view (LookupStore::pairGaps), built from its blocks on
// worker threads: the same gaps as ColumnAggregates::pairGapsOver merging the datasets' block
// cursors lookup by lookup, in a fraction of the time. The blocks are cut into slices of time
// that follow one another (a block alone, usually; blocks of datasets whose times overlap go
// into one slice, cut in time when it grows past a few blocks); workers decode a slice's blocks
// and group its lookups by pair (PairRuns), and the calling thread hands the slices to one
// PairGapsBuilder in time order, a run of one pair's lookups at a time.
// Honours the calling thread's QueryCancelScope in the workers; walked(lookups so far) is called
// after each slice, and when it returns false the scan stops with Failure (Cancelled). A
// damaged block throws its Failure (Corrupt). Stateless; thread-safe as LookupSource is.
// Memory: the gaps (PairGapsBuilder) and a few slices in flight (20 bytes per lookup each).
// Cost: one decode of each block (more for blocks that span a cut) and O(lookups) grouping,
// split over up to four threads, plus O(lookups) on the calling thread to write the gaps.
class PairGapsScan {
public:
    // A slice of blocks whose times overlap is cut in time once its blocks hold this many lookups.
    static constexpr qint64 kSliceRows = qint64(1) << 20;

    // columns: the block columns to decode (client, qname and what the filter reads).
    static PairGaps run(LookupSource &source, const QList<qint64> &datasetIds, const TimeRange &range,
                        const QList<int> &columns, const LookupFilter &filter,
                        std::shared_ptr<const std::vector<QString>> names, qint64 minLookups,
                        const std::function<bool(qint64)> &walked, qint64 sliceRows = kSliceRows);

    // A run of a slice's rows: rows of block `block` of the dataset with times in [fromUs, toUs);
    // shared when another slice reads the block too (it is then kept in the source's cache).
    struct Piece {
        qint64 datasetId = 0;
        size_t block = 0;
        qint64 fromUs = 0, toUs = 0;
        bool shared = false;
    };
    // The slices of the datasets' blocks overlapping range, in time order: every lookup of a
    // slice is at or before every lookup of the next. Exposed for the tests.
    static std::vector<std::vector<Piece>> slices(LookupSource &source, const QList<qint64> &datasetIds,
                                                  const TimeRange &range, qint64 sliceRows = kSliceRows);
};
