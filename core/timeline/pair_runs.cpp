// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_runs.h"

#include "pair_index.h"

#include <algorithm>

namespace {
constexpr quint64 kEmpty = ~0ULL;
size_t slotOf(quint64 key, size_t mask)
{
    return PairIndex::hashOf(key) & mask;
}
} // namespace

void PairRuns::clear()
{
    for (quint32 s : m_used)
        m_table[s] = kEmpty;
    m_used.clear();
    m_times.clear();
    m_ids.clear();
    m_runs.clear();
    m_sources = 0;
}

quint32 PairRuns::localId(quint32 client, quint32 qname)
{
    const quint64 key = quint64(client) << 32 | qname;
    size_t h = slotOf(key, m_mask);
    while (m_table[h] != key) {
        if (m_table[h] == kEmpty) {
            if ((m_runs.size() + 1) * 2 > m_mask) {
                growTable();
                h = slotOf(key, m_mask);
                while (m_table[h] != kEmpty)
                    h = (h + 1) & m_mask;
            }
            m_table[h] = key;
            m_tableId[h] = quint32(m_runs.size());
            m_used.push_back(quint32(h));
            m_runs.push_back({client, qname, 0, 0});
            break;
        }
        h = (h + 1) & m_mask;
    }
    return m_tableId[h];
}

void PairRuns::growTable()
{
    const size_t size = m_table.empty() ? 4096 : m_table.size() * 2;
    m_table.assign(size, kEmpty);
    m_tableId.assign(size, 0);
    m_mask = size - 1;
    m_used.clear();
    for (quint32 id = 0; id < m_runs.size(); ++id) {
        const quint64 key = quint64(m_runs[id].client) << 32 | m_runs[id].qname;
        size_t h = slotOf(key, m_mask);
        while (m_table[h] != kEmpty)
            h = (h + 1) & m_mask;
        m_table[h] = key;
        m_tableId[h] = id;
        m_used.push_back(quint32(h));
    }
}

void PairRuns::addRows(const DatasetColumns &block, size_t from, size_t to, const LookupFilter &filter)
{
    if (m_table.empty())
        growTable();
    const quint32 *client = block.names[size_t(nameFieldIndex(LookupField::Client))].data();
    const quint32 *qname = block.names[size_t(nameFieldIndex(LookupField::Qname))].data();
    const size_t before = m_times.size();
    if (filter.isEmpty()) {
        m_times.insert(m_times.end(), block.ts.begin() + qsizetype(from), block.ts.begin() + qsizetype(to));
        m_ids.resize(m_times.size());
        quint32 *ids = m_ids.data() + before;
        for (size_t r = from; r < to; ++r)
            *ids++ = localId(client[r], qname[r]);
    } else {
        for (size_t r = from; r < to; ++r) {
            if (filter.passes(block, r)) {
                m_times.push_back(block.ts[r]);
                m_ids.push_back(localId(client[r], qname[r]));
            }
        }
    }
    if (m_times.size() > before)
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
