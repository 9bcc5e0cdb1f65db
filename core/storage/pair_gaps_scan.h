// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "lookup_filter.h"
#include "lookup_source.h"
#include "pair_share.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

// The SQLite store's PairGaps of a view (LookupStore::pairGaps), built from its blocks on
// worker threads: the same gaps as ColumnAggregates::pairGapsOver merging the datasets' block
// cursors lookup by lookup, in a fraction of the time. The blocks are cut into slices of time
// that follow one another (blocks that follow one another go into one slice up to about
// kSliceRows / 4 lookups; blocks of datasets whose times overlap go into one slice, cut in time
// when it grows past kSliceRows); workers decode a slice's blocks and group its lookups by pair
// (PairRuns), and the calling thread hands the slices to one PairGapsBuilder in time order, a
// run of one pair's lookups at a time.
// One pass may take only a share of the pairs (PairShare): the blocks are all read, but only
// that share's gaps are held. shares() says how many passes keep the gaps within a budget.
// Honours the calling thread's QueryCancelScope in the workers; walked(lookups so far) is called
// after each slice, and when it returns false the scan stops with Failure (Cancelled). A
// damaged block throws its Failure (Corrupt). Stateless; thread-safe as LookupSource is.
// Memory: the gaps (PairGapsBuilder: 4 bytes per poll of the share's pairs) and a few slices in
// flight (20 bytes per lookup each). Cost: one decode of each block (more for blocks that span
// a cut) and O(lookups) grouping, split over up to four threads, plus O(lookups) on the calling
// thread to write the gaps.
class PairGapsScan {
public:
    // Slices of blocks that overlap are cut at this many lookups; blocks that follow one another
    // are merged up to a quarter of it (a slice's rows, 20 bytes each, then stay in cache).
    static constexpr qint64 kSliceRows = qint64(1) << 20;

    // columns: the block columns to decode (client, qname and what the filter reads).
    static PairGaps run(LookupSource &source, const QList<qint64> &datasetIds, const TimeRange &range,
                        const QList<int> &columns, const LookupFilter &filter,
                        std::shared_ptr<const std::vector<QString>> names, qint64 minLookups,
                        const std::function<bool(qint64)> &walked, const PairShare &share = {},
                        qint64 sliceRows = kSliceRows);

    // The shares a view of `lookups` lookups is cut into so that the gaps of one, at most 4 bytes
    // a lookup (a poll's gap; a gap over 71 minutes takes 12 but stands for many lookups not
    // made), take at most budgetBytes: ceil(4 × lookups / budgetBytes), from 1 to kMaxShares
    // (each share reads every block again).
    static constexpr int kMaxShares = 1024;
    static int shares(qint64 lookups, qint64 budgetBytes);

    // A run of a slice's rows: rows of block `block` of the dataset with times in [fromUs, toUs);
    // shared when another slice reads the block too (it is then kept in the source's cache);
    // follows when every row of it is at or after every row of the slice's pieces before it.
    struct Piece {
        qint64 datasetId = 0;
        size_t block = 0;
        qint64 fromUs = 0, toUs = 0;
        bool shared = false;
        bool follows = false;
    };
    // The slices of the datasets' blocks overlapping range, in time order: every lookup of a
    // slice is at or before every lookup of the next. Exposed for the tests.
    static std::vector<std::vector<Piece>> slices(LookupSource &source, const QList<qint64> &datasetIds,
                                                  const TimeRange &range, qint64 sliceRows = kSliceRows);
};
