// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "pair_index.h"

#include <vector>

// Builds PairGaps from lookups streamed in: each pair's lookups must come in time order (pairs
// may interleave), so a store can feed its lookups block by block and hold only the gaps.
// A pair keeps its times only while it has fewer polls than max(minLookups, 2) (they are its
// gaps if it ends so); pairs with fewer than minLookups lookups are left out at the end.
// Not thread-safe. Memory: 4 bytes per poll (12 for a gap over 71 minutes), about 100 bytes
// per pair. Cost: one hash probe per lookup.
class PairGapsBuilder {
public:
    explicit PairGapsBuilder(qint64 minLookups);

    void add(quint32 client, quint32 qname, qint64 tUs)
    {
        const quint32 p = m_index.idOf(PairIndex::keyOf(client, qname));
        if (p >= m_state.size())
            grow();
        State &s = m_state[p];
        if (s.lookups++ == 0) {
            s.firstPollUs = s.lastPollUs = tUs;
            s.polls = 1;
        } else if (tUs - s.lastPollUs >= PairGaps::kSamePollUs) {
            appendGap(m_gaps[p], tUs - s.lastPollUs);
            s.lastPollUs = tUs;
            ++s.polls;
        }
        if (s.keepsTimes)
            keepTime(p, tUs);
    }
    // The pairs with at least minLookups lookups; the builder is spent.
    PairGaps finish(std::shared_ptr<const std::vector<QString>> names);

    // The gaps of the pairs of a PairTimes (its times sorted per pair).
    static PairGaps fromTimes(const PairTimes &times, qint64 minLookups);

private:
    struct State {
        qint64 lookups = 0, polls = 0;
        qint64 firstPollUs = 0, lastPollUs = 0;
        bool keepsTimes = true;
    };
    static void appendGap(PairGaps::Pair &pair, qint64 gapUs)
    {
        if (gapUs < qint64(PairGaps::kLongGap)) {
            pair.gaps.push_back(quint32(gapUs));
        } else {
            pair.gaps.push_back(PairGaps::kLongGap);
            pair.longGaps.push_back(gapUs);
        }
    }
    void grow();
    void keepTime(quint32 p, qint64 tUs);

    qint64 m_minLookups;
    qint64 m_enoughPolls; // max(minLookups, 2)
    PairIndex m_index;
    std::vector<State> m_state;               // by pair index
    std::vector<PairGaps::Pair> m_gaps;       // by pair index
    std::vector<std::vector<qint64>> m_times; // by pair index, while it keeps them
};
