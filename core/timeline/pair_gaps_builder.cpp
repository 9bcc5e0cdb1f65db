// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_gaps_builder.h"

#include <algorithm>

namespace {

// The capacity, in gaps, of a pair's i-th chunk: 16, 32, … 16,384.
size_t chunkSize(size_t i)
{
    return size_t(16) << std::min<size_t>(i, 10);
}

void appendGap(PairGaps::Pair &pair, qint64 gapUs)
{
    if (pair.gaps.empty())
        pair.gaps.emplace_back();
    if (gapUs < qint64(PairGaps::kLongGap)) {
        pair.gaps.back().push_back(quint32(gapUs));
    } else {
        pair.gaps.back().push_back(PairGaps::kLongGap);
        pair.longGaps.push_back(gapUs);
    }
}

} // namespace

PairGapsBuilder::PairGapsBuilder(qint64 minLookups)
    : m_minLookups(minLookups), m_enoughPolls(std::max<qint64>(minLookups, 2)), m_mask(1023), m_slots(m_mask + 1)
{}

PairGapsBuilder::~PairGapsBuilder() = default;

size_t PairGapsBuilder::insert(quint64 key)
{
    if (m_pairs.size() * 2 > m_mask) {
        // Grow: the slots move, the pairs' data stays.
        std::vector<Slot> old(m_mask * 2 + 2);
        old.swap(m_slots);
        m_mask = m_mask * 2 + 1;
        for (const Slot &s : old) {
            if (s.key == kEmpty)
                continue;
            size_t h = PairIndex::hashOf(s.key) & m_mask;
            while (m_slots[h].key != kEmpty)
                h = (h + 1) & m_mask;
            m_slots[h] = s;
        }
    }
    size_t h = PairIndex::hashOf(key) & m_mask;
    while (m_slots[h].key != kEmpty)
        h = (h + 1) & m_mask;
    m_slots[h].key = key;
    m_slots[h].pair = quint32(m_pairs.size());
    PairGaps::Pair &pair = m_pairs.emplace_back();
    pair.client = quint32(key >> 32);
    pair.qname = quint32(key);
    m_times.emplace_back();
    return h;
}

void PairGapsBuilder::appendSlow(Slot &s, qint64 gapUs)
{
    if (s.end == s.cap) {
        auto &chunks = m_pairs[s.pair].gaps;
        std::vector<quint32> &chunk = chunks.emplace_back(chunkSize(chunks.size()));
        s.end = chunk.data();
        s.cap = s.end + chunk.size();
    }
    if (gapUs < qint64(PairGaps::kLongGap)) {
        *s.end++ = quint32(gapUs);
    } else {
        *s.end++ = PairGaps::kLongGap;
        m_longGaps.push_back(gapUs);
        m_longGapPairs.push_back(s.pair);
    }
}

void PairGapsBuilder::keepTime(Slot &s, qint64 tUs)
{
    std::vector<qint64> &times = m_times[s.pair];
    if (s.polls >= m_enoughPolls)
        std::vector<qint64>().swap(times); // enough polls: the times are not needed
    else
        times.push_back(tUs);
}

void PairGapsBuilder::handOutLongGaps()
{
    // Each pair's room first, then its gaps in the order written.
    std::vector<size_t> count(m_pairs.size(), 0);
    for (quint32 pair : m_longGapPairs)
        ++count[pair];
    for (size_t p = 0; p < m_pairs.size(); ++p)
        m_pairs[p].longGaps.reserve(count[p]);
    auto gap = m_longGaps.cbegin();
    for (quint32 pair : m_longGapPairs)
        m_pairs[pair].longGaps.push_back(*gap++);
    m_longGaps.clear();
    m_longGapPairs.clear();
}

PairGaps PairGapsBuilder::finish(std::shared_ptr<const std::vector<QString>> names)
{
    handOutLongGaps();
    PairGaps out;
    out.names = std::move(names);
    for (const Slot &s : m_slots) {
        if (s.key == kEmpty)
            continue;
        if (s.lookups < m_minLookups || s.lookups < 2)
            continue;
        PairGaps::Pair pair = std::move(m_pairs[s.pair]);
        pair.lookups = s.lookups;
        if (s.polls < m_enoughPolls) {
            // Too few polls: every lookup is one.
            const std::vector<qint64> &t = m_times[s.pair];
            pair.gaps.clear();
            pair.longGaps.clear();
            for (size_t i = 1; i < t.size(); ++i)
                appendGap(pair, t[i] - t[i - 1]);
        } else if (!pair.gaps.empty()) {
            pair.gaps.back().resize(size_t(s.end - pair.gaps.back().data())); // the gaps written
        }
        out.pairs.push_back(std::move(pair));
    }
    m_slots.clear();
    m_pairs.clear();
    m_times.clear();
    return out;
}

PairGaps PairGapsBuilder::fromTimes(const PairTimes &times, qint64 minLookups)
{
    PairGapsBuilder builder(minLookups);
    for (const PairTimes::Pair &p : times.pairs)
        builder.addRun(p.client, p.qname, times.times.data() + p.begin, size_t(p.end - p.begin));
    return builder.finish(times.names);
}
