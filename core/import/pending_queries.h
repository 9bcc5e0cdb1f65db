// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>
#include <vector>

// PendingQueries: the DNS queries of a capture still waiting for their response, for
// DnsFlowTracker. Queries live in a ring in arrival order (so the oldest expires first, with
// no separate deadline queue), their names in a byte ring beside it, and a flat
// open-addressing index maps (id, 5-tuple) to the newest query with that key.
//
// Ownership: owns everything; entries and name views stay valid until popFront() passes them
// (or, for the name, until the next push()).
// Thread-safety: none; one table per import.
// Cost: per query one hash of 40 bytes and one probe of the index; no allocation once the
// rings and the index have grown to the busiest 30 s of the capture. Memory: about
// 100 bytes plus the name per query in the window.
class PendingQueries {
public:
    struct Key { // packed, no padding: hashed and compared as 40 raw bytes
        std::array<quint8, 16> client{}, server{};
        quint16 clientPort = 0, serverPort = 0, id = 0;
        quint8 family = 0, transport = 0;
    };
    struct Entry {
        Key key;
        qint64 tsUs = 0;
        quint64 nameAt = 0; // in the name ring (monotonic byte position)
        quint32 hash = 0;
        qint32 qtype = -1;
        quint16 nameLength = 0;
        bool answered = false;
        bool indexed = false; // false once superseded, removed or popped
    };

    PendingQueries();

    // The newest query with this key, or null.
    Entry *find(const Key &key) { return find(key, hashOf(key)); }
    // The same in two steps: prefetch() early (it returns the hash), find() once other work
    // has given the index slot time to arrive in cache.
    quint32 prefetch(const Key &key) const;
    Entry *find(const Key &key, quint32 hash);
    // Appends a query at the back of the ring and indexes it; the caller has removed any
    // query with the same key first.
    void push(const Key &key, qint64 tsUs, int qtype, QByteArrayView qname)
    {
        push(key, hashOf(key), tsUs, qtype, qname);
    }
    // The same with the key's hash as prefetch() returned it.
    void push(const Key &key, quint32 hash, qint64 tsUs, int qtype, QByteArrayView qname);
    // Takes the entry out of the index (it stays in the ring until popped).
    void remove(Entry &entry);
    QByteArrayView name(const Entry &entry) const;

    bool empty() const { return m_head == m_tail; }
    Entry &front() { return m_ring[m_head & m_ringMask]; }
    // Drops the oldest entry (removing it from the index if it is still there).
    void popFront();

private:
    static quint32 hashOf(const Key &key);
    static bool same(const Key &a, const Key &b);
    void growRing();
    void growNames(quint64 need);
    void growIndex();
    void insertIndex(quint32 place, quint32 hash);

    // Ring of entries: sequence numbers [m_head, m_tail), entry seq at m_ring[seq & m_ringMask].
    std::vector<Entry> m_ring;
    quint64 m_ringMask = 0;
    quint64 m_head = 0, m_tail = 0;
    // Ring of name bytes: positions [m_nameHead, m_nameTail); a name never wraps.
    std::vector<char> m_names;
    quint64 m_nameMask = 0;
    quint64 m_nameHead = 0, m_nameTail = 0;
    // Index slots hold the entry's place in m_ring + 1 (0 = empty) and the key's hash, in 8
    // bytes; linear probing, deletion by backward shift (no tombstones). Rebuilt when the
    // ring grows (places change then).
    struct Slot {
        quint32 placePlusOne = 0;
        quint32 hash = 0;
    };
    std::vector<Slot> m_index;
    quint64 m_indexMask = 0;
    quint64 m_indexed = 0;
};
