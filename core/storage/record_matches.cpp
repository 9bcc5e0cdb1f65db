// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_matches.h"

#include "block_cursor.h"
#include "lookup_counter.h"

#include <algorithm>
#include <limits>
#include <tuple>

qint64 RecordMatches::matchesIn(LookupSource &source, size_t k, size_t j, qint64 fromUs, qint64 toUs) const
{
    const LookupBlockIndex::Block &b = sets[k].block(j);
    fromUs = std::max(fromUs, query.range.fromUs);
    toUs = std::min(toUs, query.range.toUs);
    if (fromUs > b.tsMax || toUs <= b.tsMin || fromUs >= toUs)
        return 0;
    if (!anyTest && fromUs <= b.tsMin && b.tsMax < toUs)
        return b.rows;
    LookupCounter::throwIfCancelled();
    const DatasetColumnsPtr d = source.block(datasetIds[qsizetype(k)], sets[k].firstBlock + j, columns, false);
    const auto lo = std::lower_bound(d->ts.begin(), d->ts.end(), fromUs) - d->ts.begin();
    const auto hi = std::lower_bound(d->ts.begin(), d->ts.end(), toUs) - d->ts.begin();
    qint64 n = 0;
    for (auto i = lo; i < hi; ++i)
        n += matches(*d, size_t(i)) ? 1 : 0;
    return n;
}

qint64 RecordMatches::count(LookupSource &source, size_t k, size_t j) const
{
    std::atomic<qint64> &slot = sets[k].counts[j];
    qint64 n = slot.load(std::memory_order_relaxed);
    if (n < 0) {
        n = matchesIn(source, k, j, query.range.fromUs, query.range.toUs);
        slot.store(n, std::memory_order_relaxed);
    }
    return n;
}

qint64 RecordMatches::countAll(LookupSource &source) const
{
    qint64 n = total.load();
    if (n >= 0)
        return n;
    n = 0;
    for (size_t k = 0; k < sets.size(); ++k) {
        for (size_t j = 0; j < sets[k].size(); ++j)
            n += count(source, k, j);
    }
    total.store(n);
    return n;
}

qint64 RecordMatches::knownTotal() const
{
    if (total.load() >= 0)
        return total.load();
    qint64 n = 0;
    for (const PerDataset &set : sets) {
        for (size_t j = 0; j < set.size(); ++j) {
            const qint64 c = set.counts[j].load(std::memory_order_relaxed);
            if (c < 0)
                return RecordPage::kUncounted;
            n += c;
        }
    }
    total.store(n);
    return n;
}

std::vector<size_t> RecordMatches::blocksAt(qint64 tUs) const
{
    std::vector<size_t> out;
    for (const PerDataset &set : sets) {
        size_t j = 0;
        while (j < set.size() && set.block(j).tsMax < tUs)
            ++j;
        out.push_back(j);
    }
    return out;
}

std::optional<RecordMatches::Start> RecordMatches::startOf(LookupSource &source, qint64 from) const
{
    qint64 before = 0;
    for (const auto &[k, j] : byStart) {
        const qint64 n = count(source, k, j);
        if (before + n <= from) {
            before += n;
            continue;
        }
        if (sets.size() == 1)
            return Start{query.range.fromUs, {j}, from - before};
        // Several datasets: the matches before this block's first time are those of the
        // blocks that end before it, and the earlier part of those that straddle it.
        const qint64 t = sets[k].block(j).tsMin;
        qint64 earlier = 0;
        for (size_t k2 = 0; k2 < sets.size(); ++k2) {
            for (size_t j2 = 0; j2 < sets[k2].size() && sets[k2].block(j2).tsMin < t; ++j2)
                earlier += sets[k2].block(j2).tsMax < t ? count(source, k2, j2)
                                                        : matchesIn(source, k2, j2, query.range.fromUs, t);
        }
        return Start{t, blocksAt(t), from - earlier};
    }
    return std::nullopt;
}

std::optional<RecordMatches::Start> RecordMatches::startOfLast(LookupSource &source, qint64 want) const
{
    if (sets.size() == 1) {
        qint64 after = 0;
        for (size_t j = sets[0].size(); j-- > 0;) {
            after += count(source, 0, j);
            if (after >= want)
                return Start{query.range.fromUs, {j}, after - want};
        }
        return std::nullopt;
    }
    std::vector<std::pair<size_t, size_t>> byEnd(byStart);
    std::sort(byEnd.begin(), byEnd.end(), [&](const auto &a, const auto &b) {
        return std::tuple(sets[a.first].block(a.second).tsMax, a.first, a.second) >
            std::tuple(sets[b.first].block(b.second).tsMax, b.first, b.second);
    });
    qint64 after = 0;
    qint64 t = std::numeric_limits<qint64>::max();
    for (const auto &[k, j] : byEnd) {
        after += count(source, k, j);
        t = std::min(t, sets[k].block(j).tsMin);
        if (after < want)
            continue;
        // Every block walked lies at or after t: the matches from t on are at least want.
        qint64 from = 0;
        for (size_t k2 = 0; k2 < sets.size(); ++k2) {
            for (size_t j2 = 0; j2 < sets[k2].size(); ++j2) {
                const LookupBlockIndex::Block &b = sets[k2].block(j2);
                if (b.tsMin >= t)
                    from += count(source, k2, j2);
                else if (b.tsMax >= t)
                    from += matchesIn(source, k2, j2, t, query.range.toUs);
            }
        }
        return Start{t, blocksAt(t), from - want};
    }
    return std::nullopt;
}

QList<LookupRecord> RecordMatches::read(LookupSource &source, const Start &start, qint64 count) const
{
    std::vector<BlockCursor> cursors;
    for (size_t k = 0; k < sets.size(); ++k) {
        cursors.emplace_back(source, datasetIds[qsizetype(k)], query.range, columns, true,
                             sets[k].firstBlock + start.blocks[k]);
        cursors.back().seek(start.atUs);
    }
    const auto skipToMatch = [&](BlockCursor &c) {
        while (c.valid() && !matches(c.block(), c.row()))
            c.next();
    };
    for (BlockCursor &c : cursors)
        skipToMatch(c);
    qint64 skip = start.skip;
    QList<LookupRecord> out;
    out.reserve(std::min<qint64>(count, 1 << 16)); // count may be all there are
    while (qint64(out.size()) < count) {
        // The next match in (time, dataset) order.
        BlockCursor *next = nullptr;
        size_t nextK = 0;
        for (size_t k = 0; k < cursors.size(); ++k) {
            if (cursors[k].valid() && (!next || cursors[k].ts() < next->ts()))
                next = &cursors[k], nextK = k;
        }
        if (!next)
            break;
        if (skip > 0) {
            --skip;
        } else {
            LookupRecord r;
            r.id = next->rowid();
            r.dataset = datasetIds[qsizetype(nextK)];
            r.tsUs = next->ts();
            out.append(std::move(r));
        }
        next->next();
        skipToMatch(*next);
    }
    return out;
}
