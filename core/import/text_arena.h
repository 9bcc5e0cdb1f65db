// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

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
