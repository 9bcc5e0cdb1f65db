// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// Maps name text to the store's dictionary ids, handing out new ids for names not seen
// before and remembering them until takeNew(). An empty name maps to 0 (absent).
// An open-addressing table of (hash, id) over one byte arena: one hash and usually one
// memcmp per call, no allocation per name (std::unordered_map<std::string> spent three times
// as long here). Owned by one import; not thread-safe.
class NameInterner {
public:
    // The names added since the last takeNew(), their text packed in one buffer (no
    // allocation per name), so a batch can cross to the writer thread cheaply.
    struct NewName {
        quint32 id;
        quint32 offset; // in NewNames::text
        quint32 length;
    };
    struct NewNames {
        std::vector<NewName> names;
        std::vector<char> text;
        QByteArrayView nameOf(const NewName &n) const { return QByteArrayView(text.data() + n.offset, n.length); }
    };

    NameInterner();
    void preload(quint32 id, QByteArrayView name);
    quint32 intern(QByteArrayView name) { return name.isEmpty() ? 0 : intern(name, hashOf(name)); }
    // The same with the name's hashOf() computed beforehand (name not empty); with prefetch()
    // of that hash some calls earlier, a batch of names costs about one cache miss, not one each.
    quint32 intern(QByteArrayView name, quint64 hash);
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]); }
    // The next step, once the slot is in cache: the text of the name it holds.
    void prefetchText(quint64 hash) const
    {
        const Slot &s = m_slots[hash & (m_slots.size() - 1)];
        if (s.id)
            __builtin_prefetch(m_arena.data() + s.offset);
    }
    static quint64 hashOf(QByteArrayView name);
    NewNames takeNew();
    size_t newCount() const { return m_new.names.size(); }
    qsizetype size() const { return m_count; }
    size_t textBytes() const { return m_arena.size(); } // of every name held, preloaded ones too

private:
    // Everything a lookup needs is in the slot, so a hit costs two cache misses (slot, text).
    struct Slot {
        quint64 hash = 0;
        quint64 offset = 0; // of the text in m_arena
        quint32 length = 0;
        quint32 id = 0; // 0 = empty slot
    };
    quint32 insert(QByteArrayView name, quint64 hash, quint32 id, size_t slot);
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
    std::vector<char> m_arena;
    NewNames m_new;
    quint32 m_nextId = 1;
};
