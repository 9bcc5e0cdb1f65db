// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pending_queries.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr quint64 kInitialEntries = 1 << 12;
constexpr quint64 kInitialNameBytes = 1 << 16;
constexpr quint64 kInitialSlots = 1 << 13;
} // namespace

static_assert(sizeof(PendingQueries::Key) == 40, "Key must have no padding");

PendingQueries::PendingQueries()
    : m_ring(kInitialEntries), m_ringMask(kInitialEntries - 1), m_names(kInitialNameBytes),
      m_nameMask(kInitialNameBytes - 1), m_index(kInitialSlots), m_indexMask(kInitialSlots - 1)
{}

quint32 PendingQueries::hashOf(const Key &key)
{
    const auto *p = reinterpret_cast<const unsigned char *>(&key);
    quint64 h = 0x9e3779b97f4a7c15ULL;
    for (size_t i = 0; i < sizeof(Key); i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebULL;
    return quint32(h >> 32);
}

bool PendingQueries::same(const Key &a, const Key &b)
{
    return std::memcmp(&a, &b, sizeof(Key)) == 0;
}

quint32 PendingQueries::prefetch(const Key &key) const
{
    const quint32 hash = hashOf(key);
    __builtin_prefetch(&m_index[hash & m_indexMask]);
    return hash;
}

PendingQueries::Entry *PendingQueries::find(const Key &key, quint32 hash)
{
    for (quint64 i = hash & m_indexMask;; i = (i + 1) & m_indexMask) {
        const Slot &slot = m_index[i];
        if (!slot.placePlusOne)
            return nullptr;
        if (slot.hash == hash) {
            Entry &entry = m_ring[slot.placePlusOne - 1];
            if (same(entry.key, key))
                return &entry;
        }
    }
}

void PendingQueries::push(const Key &key, quint32 hash, qint64 tsUs, int qtype, QByteArrayView qname)
{
    if (m_tail - m_head == m_ring.size())
        growRing();
    const quint64 length = quint64(std::min<qsizetype>(qname.size(), 0xFFFF));
    auto placeName = [this, length] { // the next position where the name fits without wrapping
        const quint64 offset = m_nameTail & m_nameMask;
        return offset + length > m_names.size() ? m_nameTail + (m_names.size() - offset) : m_nameTail;
    };
    quint64 at = placeName();
    if (at + length - m_nameHead > m_names.size()) {
        growNames(at + length - m_nameHead);
        at = placeName();
    }
    std::memcpy(m_names.data() + (at & m_nameMask), qname.data(), size_t(length));
    m_nameTail = at + length;

    const quint64 seq = m_tail++;
    Entry &entry = m_ring[seq & m_ringMask];
    entry = Entry{key, tsUs, at, hash, qint32(qtype), quint16(length), false, true};
    insertIndex(quint32(seq & m_ringMask), entry.hash);
}

QByteArrayView PendingQueries::name(const Entry &entry) const
{
    return QByteArrayView(m_names.data() + (entry.nameAt & m_nameMask), entry.nameLength);
}

void PendingQueries::insertIndex(quint32 place, quint32 hash)
{
    if ((m_indexed + 1) * 2 > m_index.size())
        growIndex();
    quint64 i = hash & m_indexMask;
    while (m_index[i].placePlusOne)
        i = (i + 1) & m_indexMask;
    m_index[i] = Slot{place + 1, hash};
    ++m_indexed;
}

void PendingQueries::remove(Entry &entry)
{
    if (!entry.indexed)
        return;
    entry.indexed = false;
    const quint32 placePlusOne = quint32(&entry - m_ring.data()) + 1;
    quint64 i = entry.hash & m_indexMask;
    while (m_index[i].placePlusOne != placePlusOne)
        i = (i + 1) & m_indexMask;
    // Backward-shift deletion: pull later members of the probe run into the hole.
    for (quint64 j = i;;) {
        j = (j + 1) & m_indexMask;
        if (!m_index[j].placePlusOne)
            break;
        const quint64 home = m_index[j].hash & m_indexMask;
        const bool movable = j > i ? (home <= i || home > j) : (home <= i && home > j);
        if (movable) {
            m_index[i] = m_index[j];
            i = j;
        }
    }
    m_index[i] = Slot{};
    --m_indexed;
}

void PendingQueries::popFront()
{
    constexpr quint64 kAhead = 8; // the index slot of a later entry, fetched while this one goes
    if (m_tail - m_head > kAhead)
        __builtin_prefetch(&m_index[m_ring[(m_head + kAhead) & m_ringMask].hash & m_indexMask]);
    Entry &entry = front();
    remove(entry);
    m_nameHead = entry.nameAt + entry.nameLength;
    ++m_head;
    if (empty())
        m_nameHead = m_nameTail;
}

void PendingQueries::growRing()
{
    std::vector<Entry> ring(m_ring.size() * 2);
    const quint64 mask = ring.size() - 1;
    for (quint64 seq = m_head; seq != m_tail; ++seq)
        ring[seq & mask] = m_ring[seq & m_ringMask];
    m_ring.swap(ring);
    m_ringMask = mask;
    std::fill(m_index.begin(), m_index.end(), Slot{});
    m_indexed = 0;
    for (quint64 seq = m_head; seq != m_tail; ++seq) {
        if (m_ring[seq & mask].indexed)
            insertIndex(quint32(seq & mask), m_ring[seq & mask].hash);
    }
}

void PendingQueries::growNames(quint64 need)
{
    quint64 size = m_names.size() * 2;
    while (size < need + 256)
        size *= 2;
    std::vector<char> names(size);
    const quint64 mask = size - 1;
    for (quint64 p = m_nameHead; p < m_nameTail;) { // the live bytes, in up to three pieces
        const quint64 n = std::min({m_nameTail - p, m_names.size() - (p & m_nameMask), size - (p & mask)});
        std::memcpy(names.data() + (p & mask), m_names.data() + (p & m_nameMask), size_t(n));
        p += n;
    }
    m_names.swap(names);
    m_nameMask = mask;
}

void PendingQueries::growIndex()
{
    std::vector<Slot> old(m_index.size() * 2);
    old.swap(m_index);
    m_indexMask = m_index.size() - 1;
    for (const Slot &slot : old) {
        if (!slot.placePlusOne)
            continue;
        quint64 i = slot.hash & m_indexMask;
        while (m_index[i].placePlusOne)
            i = (i + 1) & m_indexMask;
        m_index[i] = slot;
    }
}
