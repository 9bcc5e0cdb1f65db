// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <bit>
#include <vector>

// Counts per value id (a names id, a proto id): an open-addressing hash table that stays in
// cache for the few values of a minute and grows for the many of a whole import. The rollup
// builder keeps one per field for the current minute and one for the import's totals.
// 0xffffffff is not a valid value. Not thread-safe. Memory: 16 bytes per slot, at most twice
// as many slots as values. Cost: one multiplicative hash and a probe or two per add().
class ValueCounter {
public:
    explicit ValueCounter(size_t initialSlots = 64) { reset(std::bit_ceil(std::max<size_t>(initialSlots, 8))); }

    void add(quint32 value, qint64 n = 1)
    {
        size_t h = slot(value);
        while (m_keys[h] != kEmpty && m_keys[h] != value)
            h = (h + 1) & m_mask;
        if (m_keys[h] == kEmpty) {
            if ((m_used.size() + 1) * 2 > m_mask + 1) {
                grow();
                add(value, n);
                return;
            }
            m_keys[h] = value;
            m_used.push_back(quint32(h));
        }
        m_counts[h] += n;
    }
    size_t size() const { return m_used.size(); }
    bool isEmpty() const { return m_used.empty(); }
    // visit(value, count) for every value counted, in the order they were first added.
    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        for (quint32 h : m_used)
            visit(m_keys[h], m_counts[h]);
    }
    // Forgets every count; keeps the table's size (cheap when few values were added).
    void clear()
    {
        for (quint32 h : m_used)
            m_keys[h] = kEmpty, m_counts[h] = 0;
        m_used.clear();
    }

private:
    static constexpr quint32 kEmpty = 0xffffffffu;
    size_t slot(quint32 value) const { return size_t((quint64(value) * 0x9E3779B97F4A7C15ULL) >> 32) & m_mask; }
    void reset(size_t slotCount)
    {
        m_mask = slotCount - 1;
        m_keys.assign(slotCount, kEmpty);
        m_counts.assign(slotCount, 0);
        m_used.clear();
    }
    void grow()
    {
        std::vector<std::pair<quint32, qint64>> old;
        old.reserve(m_used.size());
        forEach([&](quint32 v, qint64 c) { old.emplace_back(v, c); });
        reset((m_mask + 1) * 2);
        for (const auto &[v, c] : old)
            add(v, c);
    }

    size_t m_mask = 0;
    std::vector<quint32> m_keys;
    std::vector<qint64> m_counts;
    std::vector<quint32> m_used; // slots in use, in order of first use
};
