// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_gaps_builder.h"

#include <algorithm>

PairGapsBuilder::PairGapsBuilder(qint64 minLookups)
    : m_minLookups(minLookups), m_enoughPolls(std::max<qint64>(minLookups, 2)), m_index(1 << 12)
{}

void PairGapsBuilder::grow()
{
    const size_t n = m_index.keys.size();
    m_state.resize(n);
    m_gaps.resize(n);
    m_times.resize(n);
}

void PairGapsBuilder::keepTime(quint32 p, qint64 tUs)
{
    State &s = m_state[p];
    if (s.polls >= m_enoughPolls) {
        s.keepsTimes = false;
        std::vector<qint64>().swap(m_times[p]);
        return;
    }
    m_times[p].push_back(tUs);
}

PairGaps PairGapsBuilder::finish(std::shared_ptr<const std::vector<QString>> names)
{
    PairGaps out;
    out.names = std::move(names);
    for (size_t p = 0; p < m_state.size(); ++p) {
        const State &s = m_state[p];
        if (s.lookups < m_minLookups || s.lookups < 2)
            continue;
        PairGaps::Pair pair = std::move(m_gaps[p]);
        pair.client = quint32(m_index.keys[p] >> 32);
        pair.qname = quint32(m_index.keys[p]);
        pair.lookups = s.lookups;
        pair.firstPollUs = s.firstPollUs;
        if (s.polls < m_enoughPolls) {
            // Too few polls: every lookup is one.
            const std::vector<qint64> &t = m_times[p];
            pair.gaps.clear();
            pair.longGaps.clear();
            for (size_t i = 1; i < t.size(); ++i)
                appendGap(pair, t[i] - t[i - 1]);
        }
        out.pairs.push_back(std::move(pair));
    }
    m_state.clear();
    m_gaps.clear();
    m_times.clear();
    return out;
}

PairGaps PairGapsBuilder::fromTimes(const PairTimes &times, qint64 minLookups)
{
    PairGapsBuilder builder(minLookups);
    for (const PairTimes::Pair &p : times.pairs) {
        for (qint64 i = p.begin; i < p.end; ++i)
            builder.add(p.client, p.qname, times.times[size_t(i)]);
    }
    return builder.finish(times.names);
}
