// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "pair_index.h"

#include <deque>
#include <vector>

// Builds PairGaps from lookups streamed in: each pair's lookups must come in time order (pairs
// may interleave), so a store can feed its lookups block by block and hold only the gaps.
// A pair keeps its times only while it has fewer polls than max(minLookups, 2) (they are its
// gaps if it ends so); pairs with fewer than minLookups lookups are left out at the end.
// What a lookup touches is one 64-byte slot of an open-addressing table (the pair's key, its
// counts and the end of its gaps) and the gap written: the table of a few thousand pairs stays
// in cache, which is what makes the pass cheap. Gaps are written into chunks of growing size
// (up to 64 KB), never moved.
// Not thread-safe. Memory: 4 bytes per poll (12 for a gap over 71 minutes, 20 while finish()
// hands them to their pairs), about 200 bytes per pair and at most one chunk's slack. Cost: one hash probe per lookup, or per run of one
// pair's lookups (addRun).
class PairGapsBuilder {
public:
    explicit PairGapsBuilder(qint64 minLookups);
    ~PairGapsBuilder();

    void add(quint32 client, quint32 qname, qint64 tUs) { step(slotOf(client, qname), tUs); }
    // The next n lookups of one pair, in time order (PairRuns gives them so): one probe for all.
    void addRun(quint32 client, quint32 qname, const qint64 *tUs, size_t n)
    {
        if (n == 0)
            return;
        Slot &s = slotOf(client, qname);
        size_t i = 0;
        while (i < n && (s.lookups == 0 || s.polls <= m_enoughPolls))
            step(s, tUs[i++]);
        // The times are no longer kept: the pair's state stays in registers.
        const size_t stepped = i;
        qint64 last = s.lastPollUs, polls = s.polls;
        quint32 *end = s.end;
        for (; i < n; ++i) {
            const qint64 gap = tUs[i] - last;
            if (gap < PairGaps::kSamePollUs)
                continue;
            if (end == s.cap || gap >= qint64(PairGaps::kLongGap)) {
                s.end = end;
                appendSlow(s, gap);
                end = s.end;
            } else {
                *end++ = quint32(gap);
            }
            last = tUs[i];
            ++polls;
        }
        s.lastPollUs = last;
        s.polls = polls;
        s.end = end;
        s.lookups += qint64(n - stepped);
    }
    // The pairs with at least minLookups lookups; the builder is spent.
    PairGaps finish(std::shared_ptr<const std::vector<QString>> names);

    // The gaps of the pairs of a PairTimes (its times sorted per pair).
    static PairGaps fromTimes(const PairTimes &times, qint64 minLookups);

private:
    static constexpr quint64 kEmpty = ~0ULL;
    struct alignas(64) Slot {
        quint64 key = kEmpty;
        qint64 lookups = 0, polls = 0;
        qint64 lastPollUs = 0;
        quint32 *end = nullptr, *cap = nullptr; // into the pair's last chunk
        quint32 pair = 0;
    };
    Slot &slotOf(quint32 client, quint32 qname)
    {
        const quint64 key = quint64(client) << 32 | qname;
        size_t h = PairIndex::hashOf(key) & m_mask;
        while (m_slots[h].key != key) {
            if (m_slots[h].key == kEmpty)
                return m_slots[insert(key)];
            h = (h + 1) & m_mask;
        }
        return m_slots[h];
    }
    void step(Slot &s, qint64 tUs)
    {
        if (s.lookups++ == 0) {
            m_pairs[s.pair].firstPollUs = s.lastPollUs = tUs;
            s.polls = 1;
        } else if (tUs - s.lastPollUs >= PairGaps::kSamePollUs) {
            const qint64 gap = tUs - s.lastPollUs;
            if (s.end == s.cap || gap >= qint64(PairGaps::kLongGap))
                appendSlow(s, gap);
            else
                *s.end++ = quint32(gap);
            s.lastPollUs = tUs;
            ++s.polls;
        }
        if (s.polls <= m_enoughPolls)
            keepTime(s, tUs);
    }
    size_t insert(quint64 key);
    void appendSlow(Slot &s, qint64 gapUs);
    void keepTime(Slot &s, qint64 tUs);
    void handOutLongGaps(); // m_longGaps to their pairs' longGaps

    qint64 m_minLookups;
    qint64 m_enoughPolls; // max(minLookups, 2)
    size_t m_mask;
    std::vector<Slot> m_slots;
    std::vector<PairGaps::Pair> m_pairs;      // by slot.pair; the last chunk at its capacity
    std::vector<std::vector<qint64>> m_times; // by slot.pair, while it keeps them
    // Every pair's gaps of kLongGap µs and more and their pairs, in the order written: appended
    // here rather than to the pair's longGaps (a cache miss and a reallocation per long gap when
    // a view's pairs are many and sparse, as 50,000 pairs polled every few hours), handed out by
    // finish(); in deques, which grow without copying or slack.
    std::deque<qint64> m_longGaps;
    std::deque<quint32> m_longGapPairs;
};
