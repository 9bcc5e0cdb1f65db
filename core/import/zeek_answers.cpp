// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zeek_answers.h"

#include "dns_character_string.h"
#include "ip_address_text.h"

#include <arpa/inet.h>

#include <cmath>
#include <cstring>

namespace {

// The text as a NUL-terminated address for inet_pton; false when it cannot be one.
bool addressBytes(QByteArrayView text, int family, quint8 *out)
{
    char buffer[INET6_ADDRSTRLEN + 1];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return false;
    std::memcpy(buffer, text.data(), size_t(text.size()));
    buffer[text.size()] = 0;
    return inet_pton(family, buffer, out) == 1;
}

// Whether text is a dotted quad exactly as inet_pton(AF_INET) accepts it (four numbers of at
// most 255, no leading zeros), without copying it: most answers are IPv4 addresses.
bool isDottedQuad(QByteArrayView text)
{
    int parts = 0, digits = 0, value = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (digits == 1 && value == 0)
                return false; // a leading zero
            value = value * 10 + (c - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == '.' && digits > 0 && parts < 3) {
            ++parts;
            digits = value = 0;
        } else {
            return false;
        }
    }
    return parts == 3 && digits > 0;
}

// Zeek's interval text, "<seconds>[.<fraction>]", as whole seconds (-1 when it is not one):
// without the library's floating-point conversion, which costs more than the rest of a record.
qint64 wholeSeconds(QByteArrayView text)
{
    qint64 seconds = 0;
    qsizetype i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (i == 12)
            return -1; // longer than any TTL: read by the slow path
        seconds = seconds * 10 + (text[i] - '0');
    }
    if (i == 0)
        return -1;
    if (i < text.size()) {
        if (text[i] != '.')
            return -1;
        for (++i; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
        }
    }
    return seconds;
}

// The types whose answers Zeek's dns.log writes as "<TYPE> …" (scripts/base/protocols/dns),
// with "<TYPE>: …" for SSHFP and LOC.
constexpr const char *kPrefixedTypes[] = {"TXT",   "SPF",        "RRSIG", "DNSKEY", "NSEC",
                                          "NSEC3", "NSEC3PARAM", "DS",    "SSHFP",  "LOC"};

const char *prefixedType(QByteArrayView text, qsizetype *rest)
{
    const qsizetype space = text.indexOf(' ');
    if (space <= 0)
        return nullptr;
    const QByteArrayView word = text.first(text[space - 1] == ':' ? space - 1 : space);
    for (const char *type : kPrefixedTypes) {
        if (word == QByteArrayView(type)) {
            *rest = space + 1;
            return type;
        }
    }
    return nullptr;
}

} // namespace

void ZeekAnswers::clear()
{
    m_text.resize(0);
    m_entries.clear();
    m_ttls.clear();
}

void ZeekAnswers::addAnswer(QByteArrayView text)
{
    Entry entry{"", m_text.size(), 0, false};
    quint8 address[16];
    if (isDottedQuad(text)) {
        entry.type = "A";
        m_text.append(text.data(), text.size());
    } else if (text.contains(':') && addressBytes(text, AF_INET6, address)) {
        entry.type = "AAAA";
        IpAddressText::appendIpv6(m_text, address);
    } else if (qsizetype rest = 0; const char *type = prefixedType(text, &rest)) {
        entry.type = type;
        if (entry.type == QByteArrayView("TXT") || entry.type == QByteArrayView("SPF"))
            appendStrings(text, rest);
        else
            m_text.append(text.sliced(rest));
    } else {
        entry.name = true;
        if (text.size() > 1 && text.endsWith('.'))
            text.chop(1);
        const qsizetype from = m_text.size();
        m_text.append(text.data(), text.size());
        for (char *c = m_text.data() + from, *end = m_text.data() + m_text.size(); c != end; ++c) {
            if (*c >= 'A' && *c <= 'Z')
                *c = char(*c + ('a' - 'A'));
        }
    }
    entry.to = m_text.size();
    m_entries.push_back(entry);
}

// Zeek writes each string of a TXT (SPF) record as "TXT <length> <bytes>", joined by spaces;
// a text that does not follow that form is kept whole as one string.
void ZeekAnswers::appendStrings(QByteArrayView text, qsizetype prefixLength)
{
    const qsizetype from = m_text.size();
    const QByteArrayView prefix = text.first(prefixLength);
    QByteArrayView rest = text;
    while (rest.startsWith(prefix)) {
        rest = rest.sliced(prefixLength);
        qsizetype digits = 0;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
            ++digits;
        bool ok = digits > 0 && digits < 6 && digits < rest.size() && rest[digits] == ' ';
        const qsizetype length = ok ? rest.first(digits).toLongLong(&ok) : 0;
        if (!ok || digits + 1 + length > rest.size())
            break;
        if (m_text.size() > from)
            m_text.append(' ');
        DnsCharacterString::append(m_text, rest.sliced(digits + 1, length));
        rest = rest.sliced(digits + 1 + length);
        if (rest.startsWith(' '))
            rest = rest.sliced(1);
    }
    if (!rest.isEmpty() || m_text.size() == from) {
        m_text.truncate(from);
        DnsCharacterString::append(m_text, text.sliced(prefixLength));
    }
}

void ZeekAnswers::addTtl(QByteArrayView text)
{
    if (const qint64 seconds = wholeSeconds(text); seconds >= 0) {
        m_ttls.push_back(std::min<qint64>(seconds, 4294967295));
        return;
    }
    bool ok = false; // an exponent, a sign, or more digits than a TTL has
    const double seconds = text.toDouble(&ok);
    m_ttls.push_back(ok && seconds >= 0 && std::isfinite(seconds) ? qint64(std::min(seconds, 4294967295.0)) : -1);
}

std::span<const RawAnswer> ZeekAnswers::answers(QByteArrayView qtype)
{
    const bool addressQuery = qtype == "A" || qtype == "AAAA" || qtype == "1" || qtype == "28";
    m_answers.clear();
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const char *type = e.name && addressQuery ? "CNAME" : e.type;
        m_answers.push_back({QByteArrayView(type), QByteArrayView(m_text).sliced(e.from, e.to - e.from),
                             i < m_ttls.size() ? m_ttls[i] : -1});
    }
    return m_answers;
}
