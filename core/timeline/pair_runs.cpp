// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_runs.h"

#include <algorithm>

void PairRuns::clear()
{
    for (quint32 s : m_used)
        m_table[s].key = kEmpty;
    m_used.clear();
    m_times.clear();
    m_ids.clear();
    m_runs.clear();
    m_sources = 0;
}

quint32 PairRuns::insert(quint64 key, size_t slot)
{
    if ((m_runs.size() + 1) * 2 > m_mask) {
        growTable();
        slot = PairIndex::hashOf(key) & m_mask;
        while (m_table[slot].key != kEmpty)
            slot = (slot + 1) & m_mask;
    }
    const auto id = quint32(m_runs.size());
    m_table[slot] = {key, id};
    m_used.push_back(quint32(slot));
    m_runs.push_back({quint32(key >> 32), quint32(key), 0, 0});
    return id;
}

void PairRuns::growTable()
{
    const size_t size = m_table.empty() ? 4096 : m_table.size() * 2;
    m_table.assign(size, Slot{});
    m_mask = size - 1;
    m_used.clear();
    for (quint32 id = 0; id < m_runs.size(); ++id) {
        const quint64 key = PairIndex::keyOf(m_runs[id].client, m_runs[id].qname);
        size_t h = PairIndex::hashOf(key) & m_mask;
        while (m_table[h].key != kEmpty)
            h = (h + 1) & m_mask;
        m_table[h] = {key, id};
        m_used.push_back(quint32(h));
    }
}

void PairRuns::addRows(const DatasetColumns &block, size_t from, size_t to, const LookupFilter &filter,
                       const PairShare &share, bool follows)
{
    if (m_table.empty())
        growTable();
    const quint32 *client = block.names[size_t(nameFieldIndex(LookupField::Client))].data();
    const quint32 *qname = block.names[size_t(nameFieldIndex(LookupField::Qname))].data();
    const size_t before = m_times.size();
    if (filter.isEmpty() && share.whole()) {
        m_times.insert(m_times.end(), block.ts.begin() + qsizetype(from), block.ts.begin() + qsizetype(to));
        m_ids.resize(m_times.size());
        quint32 *ids = m_ids.data() + before;
        for (size_t r = from; r < to; ++r)
            *ids++ = localId(client[r], qname[r]);
    } else {
        const bool filtered = !filter.isEmpty(), shared = !share.whole();
        for (size_t r = from; r < to; ++r) {
            if ((!shared || share.holds(client[r], qname[r])) && (!filtered || filter.passes(block, r))) {
                m_times.push_back(block.ts[r]);
                m_ids.push_back(localId(client[r], qname[r]));
            }
        }
    }
    if (m_times.size() > before && (!follows || before == 0))
        ++m_sources;
}

void PairRuns::group()
{
    // Counts, then each pair's place, then the times in row order (so in time order within a
    // source).
    for (quint32 id : m_ids)
        ++m_runs[id].end;
    quint32 at = 0;
    for (Run &r : m_runs) {
        r.begin = at;
        at += r.end;
        r.end = r.begin;
    }
    m_grouped.resize(m_times.size());
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_grouped[m_runs[m_ids[i]].end++] = m_times[i];
    if (m_sources > 1) {
        for (const Run &r : m_runs)
            std::sort(m_grouped.begin() + r.begin, m_grouped.begin() + r.end);
    }
}
