// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <vector>

// Dense indexes for (client, qname) pairs: open addressing from a 64-bit key (client id << 32
// | qname id) to 0, 1, 2, … in order of first sight. For grouping lookups by pair (periodicity).
// Not thread-safe. Memory: about 24 bytes per pair. Cost: one hash probe per call.
class PairIndex {
public:
    explicit PairIndex(size_t expected)
        : m_mask(std::bit_ceil(std::max<size_t>(expected * 2, 1024)) - 1), m_keys(m_mask + 1, kEmpty),
          m_ids(m_mask + 1, 0)
    {}
    static quint64 keyOf(quint32 client, quint32 qname) { return quint64(client) << 32 | qname; }
    // A key's hash, every bit of it depending on both ids (the product's low bits depend on the
    // qname alone: without folding the high half in, a name's clients would share one slot).
    static size_t hashOf(quint64 key)
    {
        const quint64 x = key * 0x9E3779B97F4A7C15ULL;
        return size_t(x ^ (x >> 29));
    }
    // The pair's index, adding it if new.
    quint32 idOf(quint64 key)
    {
        size_t h = slot(key);
        while (m_keys[h] != kEmpty && m_keys[h] != key)
            h = (h + 1) & m_mask;
        if (m_keys[h] == kEmpty) {
            if (keys.size() * 2 > m_mask)
                grow();
            return insertNew(key);
        }
        return m_ids[h];
    }
    // The pair's index, or kAbsent.
    quint32 find(quint64 key) const
    {
        size_t h = slot(key);
        while (m_keys[h] != kEmpty && m_keys[h] != key)
            h = (h + 1) & m_mask;
        return m_keys[h] == kEmpty ? kAbsent : m_ids[h];
    }
    static constexpr quint32 kAbsent = 0xffffffffu;
    std::vector<quint64> keys; // by pair index

private:
    static constexpr quint64 kEmpty = ~0ULL;
    size_t slot(quint64 key) const { return hashOf(key) & m_mask; }
    quint32 insertNew(quint64 key)
    {
        size_t h = slot(key);
        while (m_keys[h] != kEmpty)
            h = (h + 1) & m_mask;
        m_keys[h] = key;
        m_ids[h] = quint32(keys.size());
        keys.push_back(key);
        return m_ids[h];
    }
    void grow()
    {
        m_mask = m_mask * 2 + 1;
        m_keys.assign(m_mask + 1, kEmpty);
        m_ids.assign(m_mask + 1, 0);
        std::vector<quint64> old;
        old.swap(keys);
        for (quint64 k : old)
            insertNew(k);
    }
    size_t m_mask;
    std::vector<quint64> m_keys;
    std::vector<quint32> m_ids;
};
