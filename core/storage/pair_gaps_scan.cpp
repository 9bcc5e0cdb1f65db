// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_gaps_scan.h"

#include "bounded_work_queue.h"
#include "failure.h"
#include "pair_gaps_builder.h"
#include "pair_runs.h"
#include "query_cancel_scope.h"

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

namespace {

constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();

// The rows [from, to) of block d with times in [max(piece, range).from, min(piece, range).to).
std::pair<size_t, size_t> rowsOf(const DatasetColumns &d, const PairGapsScan::Piece &p, const TimeRange &range)
{
    const qint64 lo = std::max(p.fromUs, range.fromUs), hi = std::min(p.toUs, range.toUs);
    const auto from = std::lower_bound(d.ts.begin(), d.ts.end(), lo);
    const auto to = std::lower_bound(from, d.ts.end(), hi);
    return {size_t(from - d.ts.begin()), size_t(to - d.ts.begin())};
}

// The slices handed from the workers to the calling thread, which takes them in order.
class SliceHandOff {
public:
    explicit SliceHandOff(size_t slices) : m_ready(slices) {}
    std::unique_ptr<PairRuns> spare()
    {
        std::lock_guard guard(m_mutex);
        if (m_spare.empty())
            return std::make_unique<PairRuns>();
        auto out = std::move(m_spare.back());
        m_spare.pop_back();
        return out;
    }
    void done(size_t slice, std::unique_ptr<PairRuns> runs)
    {
        std::lock_guard guard(m_mutex);
        m_ready[slice] = std::move(runs);
    }
    // The next slice if it is ready, else null.
    std::unique_ptr<PairRuns> next()
    {
        std::lock_guard guard(m_mutex);
        if (m_next == m_ready.size() || !m_ready[m_next])
            return nullptr;
        return std::move(m_ready[m_next++]);
    }
    void recycle(std::unique_ptr<PairRuns> runs)
    {
        runs->clear();
        std::lock_guard guard(m_mutex);
        m_spare.push_back(std::move(runs));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<PairRuns>> m_ready; // by slice
    std::vector<std::unique_ptr<PairRuns>> m_spare;
    size_t m_next = 0;
};

} // namespace

int PairGapsScan::shares(qint64 lookups, qint64 budgetBytes)
{
    const qint64 bytes = 4 * std::max<qint64>(lookups, 0), budget = std::max<qint64>(budgetBytes, 1);
    // Rounded up without bytes + budget − 1, which overflows for "no budget" (the largest qint64).
    return int(std::clamp<qint64>(bytes / budget + (bytes % budget != 0 ? 1 : 0), 1, kMaxShares));
}

std::vector<std::vector<PairGapsScan::Piece>> PairGapsScan::slices(LookupSource &source,
                                                                   const QList<qint64> &datasetIds,
                                                                   const TimeRange &range, qint64 sliceRows)
{
    struct Block {
        qint64 datasetId;
        size_t block;
        LookupBlockIndex::Block at;
    };
    std::vector<Block> blocks;
    for (qint64 id : datasetIds) {
        const auto index = source.index(id);
        const auto [first, last] = index->overlapping(range);
        for (size_t b = first; b < last; ++b)
            blocks.push_back({id, b, index->blocks[b]});
    }
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block &a, const Block &b) { return a.at.tsMin < b.at.tsMin; });
    std::vector<std::vector<Piece>> out;
    std::vector<Piece> current;
    qint64 currentMax = 0, currentRows = 0; // the latest time and the lookups of its blocks
    const auto tsMaxOf = [&](const Piece &p) {
        const auto index = source.index(p.datasetId);
        return index->blocks[p.block].tsMax;
    };
    for (const Block &b : blocks) {
        const Piece whole{b.datasetId, b.block, std::numeric_limits<qint64>::min(), kNoLimit, false, false};
        const bool after = !current.empty() && b.at.tsMin >= currentMax; // after everything before
        if (current.empty() || (after && currentRows >= std::max<qint64>(sliceRows / 4, 1))) {
            // A slice of its own.
            if (!current.empty())
                out.push_back(std::move(current));
            current = {whole};
            currentMax = b.at.tsMax;
            currentRows = b.at.rows;
        } else if (currentRows < sliceRows) {
            current.push_back(whole);
            current.back().follows = after;
            currentMax = std::max(currentMax, b.at.tsMax);
            currentRows += b.at.rows;
        } else {
            // Cut at the block's start: the blocks that go on past it are read by both slices.
            const qint64 cut = b.at.tsMin;
            std::vector<Piece> next;
            currentMax = b.at.tsMax;
            currentRows = b.at.rows;
            for (Piece &p : current) {
                const qint64 pMax = tsMaxOf(p);
                if (pMax >= cut && p.toUs > cut) {
                    next.push_back({p.datasetId, p.block, cut, p.toUs, true, false});
                    p.toUs = cut;
                    p.shared = true;
                    currentMax = std::max(currentMax, pMax);
                    currentRows += source.index(p.datasetId)->blocks[p.block].rows;
                }
            }
            out.push_back(std::move(current));
            next.push_back(whole);
            current = std::move(next);
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

PairGaps PairGapsScan::run(LookupSource &source, const QList<qint64> &datasetIds, const TimeRange &range,
                           const QList<int> &columns, const LookupFilter &filter,
                           std::shared_ptr<const std::vector<QString>> names, qint64 minLookups,
                           const std::function<bool(qint64)> &walked, const PairShare &share, qint64 sliceRows)
{
    const std::vector<std::vector<Piece>> slices = PairGapsScan::slices(source, datasetIds, range, sliceRows);
    PairGapsBuilder builder(minLookups);
    SliceHandOff handOff(slices.size());
    std::vector<qint64> examined(slices.size(), 0); // lookups in range, by slice (for progress)
    const std::atomic<bool> *cancel = QueryCancelScope::current();
    const int workers = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    BoundedWorkQueue<size_t> work(size_t(workers), workers, [&](size_t &slice, int) {
        QueryCancelScope scope(cancel);
        std::unique_ptr<PairRuns> runs = handOff.spare();
        qint64 rows = 0;
        for (const Piece &p : slices[slice]) {
            const DatasetColumnsPtr block = source.block(p.datasetId, p.block, columns, p.shared);
            const auto [from, to] = rowsOf(*block, p, range);
            runs->addRows(*block, from, to, filter, share, p.follows);
            rows += qint64(to - from);
        }
        runs->group();
        examined[slice] = rows;
        handOff.done(slice, std::move(runs));
    });
    qint64 seen = 0;
    size_t taken = 0;
    const auto takeReady = [&] {
        while (std::unique_ptr<PairRuns> runs = handOff.next()) {
            for (const PairRuns::Run &r : runs->runs())
                builder.addRun(r.client, r.qname, runs->times() + r.begin, r.end - r.begin);
            seen += examined[taken++];
            handOff.recycle(std::move(runs));
            if (walked && !walked(seen))
                throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
        }
    };
    for (size_t s = 0; s < slices.size(); ++s) {
        work.push(s);
        takeReady();
    }
    work.finish();
    takeReady();
    return builder.finish(std::move(names));
}
