// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer_list.h"

#include "dns_character_string.h"
#include "dns_names.h"

namespace {

// Appends a domain name lower-cased without its trailing dot ("." stays the root).
void appendName(QByteArray &out, QByteArrayView name)
{
    name = name.trimmed();
    if (name.size() > 1 && name.back() == '.')
        name.chop(1);
    for (char c : name)
        out.append(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
}

bool isNameType(QByteArrayView type)
{
    return type == "CNAME" || type == "NS" || type == "PTR" || type == "DNAME";
}

} // namespace

void AnswerList::clear()
{
    m_text.resize(0);
    m_spans.clear();
}

void AnswerList::add(QByteArrayView type, QByteArrayView rdata, qint64 ttl)
{
    rdata = rdata.trimmed();
    DnsNames::normalizeQtype(type, m_scratch);
    if (m_scratch.isEmpty() || rdata.isEmpty())
        return;
    Span span{};
    span.typeFrom = m_text.size();
    m_text.append(m_scratch);
    span.typeTo = m_text.size();
    span.rdataFrom = m_text.size();
    if (isNameType(m_scratch)) {
        appendName(m_text, rdata);
    } else if (m_scratch == "MX" || m_scratch == "SRV") { // the last field is a name
        const qsizetype space = rdata.lastIndexOf(' ');
        m_text.append(rdata.first(space + 1));
        appendName(m_text, rdata.sliced(space + 1));
    } else if (m_scratch == "TXT" && !rdata.startsWith('"')) { // quoted, as in zone files
        DnsCharacterString::append(m_text, rdata);
    } else {
        m_text.append(rdata);
    }
    span.rdataTo = m_text.size();
    span.ttl = ttl;
    m_spans.push_back(span);
}

std::span<const RawAnswer> AnswerList::answers() const
{
    m_answers.clear();
    for (const Span &s : m_spans) {
        m_answers.push_back({QByteArrayView(m_text.constData() + s.typeFrom, s.typeTo - s.typeFrom),
                             QByteArrayView(m_text.constData() + s.rdataFrom, s.rdataTo - s.rdataFrom), s.ttl});
    }
    return m_answers;
}
