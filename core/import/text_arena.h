// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>
#include <span>
#include <vector>

// TextArena: copies of short texts (the values of parsed records) kept back to back in one
// buffer, referred to by offset, so that a batch of records can be handed to another thread and
// its texts read there (ParsedLookups, SuricataEventBatch).
//
// Ownership: owns the buffer; a view() is valid until the next keep() or clear().
// Thread-safety: none. Cost: one memcpy per keep(); the buffer doubles when full and keeps its
//   capacity over clear().
class TextArena {
public:
    struct Span {
        qsizetype from = 0, size = 0;
    };

    void clear() { m_used = 0; }
    Span keep(QByteArrayView text)
    {
        const Span span{m_used, text.size()};
        if (m_used + text.size() > m_text.size())
            m_text.resize(std::max(2 * m_text.size(), m_used + text.size() + 4096));
        if (!text.isEmpty())
            std::memcpy(m_text.data() + m_used, text.data(), size_t(text.size()));
        m_used += text.size();
        return span;
    }
    QByteArrayView view(Span span) const { return QByteArrayView(m_text.constData() + span.from, span.size); }

private:
    QByteArray m_text;
    qsizetype m_used = 0;
};

// KeptAnswers: the answer sections of a batch's records, their texts in the batch's TextArena,
// one vector for the whole batch; a record names its run [from, to) of it.
// Ownership: owns the runs; a view() is valid until the next view() or a keep() into the arena.
// Thread-safety: none.
class KeptAnswers {
public:
    void clear() { m_answers.clear(); }
    // Where the next keep() starts (a record's `from`), and after it its `to`.
    quint32 size() const { return quint32(m_answers.size()); }
    void keep(TextArena &text, std::span<const RawAnswer> answers)
    {
        for (const RawAnswer &a : answers)
            m_answers.push_back({text.keep(a.type), text.keep(a.rdata), a.ttl});
    }
    std::span<const RawAnswer> view(const TextArena &text, quint32 from, quint32 to)
    {
        m_view.clear();
        for (quint32 a = from; a < to; ++a)
            m_view.push_back({text.view(m_answers[a].type), text.view(m_answers[a].rdata), m_answers[a].ttl});
        return m_view;
    }

private:
    struct Answer {
        TextArena::Span type, rdata;
        qint64 ttl = -1;
    };
    std::vector<Answer> m_answers;
    std::vector<RawAnswer> m_view;
};
