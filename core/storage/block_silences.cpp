// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "block_silences.h"

#include "lookup_counter.h"

#include <algorithm>

namespace {

// The walk of silencesOver, fed a stretch of lookups at a time.
struct SilenceWalk {
    DatasetSilences &out;
    qint64 gapUs;
    // A stretch of n lookups from first to last with no silence inside.
    void stretch(qint64 first, qint64 last, qint64 n)
    {
        if (out.lookups == 0)
            out.firstUs = first;
        else if (first - out.lastUs > gapUs)
            out.silences.append({out.lastUs + 1, first});
        out.lastUs = last;
        out.lookups += n;
    }
};

} // namespace

DatasetSilences BlockSilences::of(LookupSource &source, qint64 datasetId, const TimeRange &range, qint64 gapUs)
{
    DatasetSilences out;
    out.datasetId = datasetId;
    SilenceWalk walk{out, gapUs};
    const auto index = source.index(datasetId);
    const auto [first, last] = index->overlapping(range);
    for (size_t b = first; b < last; ++b) {
        const LookupBlockIndex::Block &block = index->blocks[b];
        if (block.tsMin >= range.fromUs && block.tsMax < range.toUs && block.tsMax - block.tsMin <= gapUs) {
            walk.stretch(block.tsMin, block.tsMax, block.rows);
            continue;
        }
        LookupCounter::throwIfCancelled();
        const DatasetColumnsPtr d = source.block(datasetId, b, {}, false);
        const auto lo = std::lower_bound(d->ts.begin(), d->ts.end(), range.fromUs);
        const auto hi = std::lower_bound(lo, d->ts.end(), range.toUs);
        for (auto t = lo; t != hi; ++t)
            walk.stretch(*t, *t, 1);
    }
    return out;
}
