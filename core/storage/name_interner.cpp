// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "name_interner.h"

#include <algorithm>
#include <cstring>
#include <utility>

NameInterner::NameInterner() : m_slots(1024)
{}

// A multiply-xorshift hash over 8-byte words: names are short, so speed per call matters
// more than the last bit of quality; the table compares full names anyway.
quint64 NameInterner::hashOf(QByteArrayView name)
{
    const auto *p = reinterpret_cast<const unsigned char *>(name.data());
    qsizetype n = name.size();
    quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(n);
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, size_t(n));
    // A full 64-bit finaliser: linear probing indexes by the low bits, which a bare multiply
    // leaves weak (similar names then pile up in long runs of slots).
    h ^= tail;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}

void NameInterner::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (!s.id)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].id)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

quint32 NameInterner::insert(QByteArrayView name, quint64 hash, quint32 id, size_t slot)
{
    m_slots[slot] = {hash, quint64(m_arena.size()), quint32(name.size()), id};
    m_arena.insert(m_arena.end(), name.data(), name.data() + name.size());
    if (size_t(++m_count) * 2 > m_slots.size())
        grow();
    return id;
}

void NameInterner::preload(quint32 id, QByteArrayView name)
{
    if (name.isEmpty())
        return;
    const quint64 hash = hashOf(name);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].id)
        i = (i + 1) & mask;
    insert(name, hash, id, i);
    m_nextId = std::max(m_nextId, id + 1);
}

quint32 NameInterner::intern(QByteArrayView name, quint64 hash)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (!s.id) {
            const quint32 id = m_nextId++;
            m_new.names.push_back({id, quint32(m_new.text.size()), quint32(name.size())});
            m_new.text.insert(m_new.text.end(), name.data(), name.data() + name.size());
            return insert(name, hash, id, i);
        }
        if (s.hash == hash && s.length == quint32(name.size()) &&
            std::memcmp(m_arena.data() + s.offset, name.data(), s.length) == 0)
            return s.id;
    }
}

NameInterner::NewNames NameInterner::takeNew()
{
    NewNames out;
    std::swap(out, m_new);
    return out;
}
