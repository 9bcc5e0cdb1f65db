// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_dns_details.h"

#include "dns_names.h"
#include "legacy_text.h"
#include "windows_dns_packet.h"

namespace {

// The value after a key word at the start of text ("TTL    3600" -> "3600"), or an empty view.
QByteArrayView valueOf(QByteArrayView text, const char *key)
{
    const QByteArrayView k(key);
    if (!text.startsWith(k) || text.size() <= k.size() || (text[k.size()] != ' ' && text[k.size()] != '\t'))
        return {};
    return text.sliced(k.size()).trimmed();
}

} // namespace

void WindowsDnsDetails::reset()
{
    m_section = Section::Other;
    m_current = {};
    m_answers.clear();
}

std::vector<WindowsDnsDetails::Answer> WindowsDnsDetails::takeAnswers()
{
    std::vector<Answer> out;
    out.swap(m_answers);
    return out;
}

void WindowsDnsDetails::line(QByteArrayView raw)
{
    const QByteArrayView text = raw.trimmed();
    if (text.endsWith("SECTION:")) {
        m_section = text == QByteArrayView("ANSWER SECTION:") ? Section::Answer : Section::Other;
        m_current = {};
        return;
    }
    if (m_section != Section::Answer)
        return;
    if (const QByteArrayView type = valueOf(text, "TYPE"); !type.isEmpty()) {
        const qsizetype space = type.indexOf(' ');
        DnsNames::normalizeQtype(space < 0 ? type : type.first(space), m_current.type);
    } else if (const QByteArrayView ttl = valueOf(text, "TTL"); !ttl.isEmpty()) {
        bool ok = false;
        const qint64 v = ttl.toLongLong(&ok);
        m_current.ttl = ok && v >= 0 ? v : -1;
    } else if (text.startsWith("DATA")) {
        const QByteArrayView data = text.sliced(4).trimmed();
        qsizetype name = data.indexOf('(');
        const qsizetype bracket = data.indexOf('[');
        if (bracket >= 0 && (name < 0 || bracket < name))
            name = bracket;
        if (name >= 0 && WindowsDnsPacket::decodeName(data.sliced(name), m_name)) {
            m_current.rdata = data.first(name).toByteArray();
            m_current.rdata.append(m_name);
        } else {
            m_current.rdata = data.toByteArray();
        }
        if (!LegacyText::isUtf8(m_current.rdata)) {
            LegacyText::windows1252ToUtf8(m_current.rdata, m_name);
            m_current.rdata = m_name;
        }
        m_answers.push_back(std::move(m_current));
        m_current = {};
    }
}
