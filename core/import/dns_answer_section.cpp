// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_answer_section.h"

#include "dns_character_string.h"
#include "dns_message.h"
#include "dns_names.h"
#include "ip_address_text.h"

#include <array>
#include <cstring>

namespace {

enum RrType {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    DNAME = 39,
    SPF = 99,
    SVCB = 64,
    HTTPS = 65
};

quint16 be16(QByteArrayView wire, qsizetype at)
{
    return quint16((quint8(wire[at]) << 8) | quint8(wire[at + 1]));
}

quint32 be32(QByteArrayView wire, qsizetype at)
{
    return (quint32(be16(wire, at)) << 16) | be16(wire, at + 2);
}

const quint8 *bytes(QByteArrayView wire, qsizetype at)
{
    return reinterpret_cast<const quint8 *>(wire.data() + at);
}

void appendHex(QByteArray &out, QByteArrayView data)
{
    static constexpr char kHex[] = "0123456789ABCDEF"; // as BIND, Knot and Unbound print it
    for (char c : data) {
        out.append(kHex[quint8(c) >> 4]);
        out.append(kHex[quint8(c) & 0xf]);
    }
}

void appendBase64(QByteArray &out, QByteArrayView data)
{
    out.append(data.toByteArray().toBase64());
}

} // namespace

bool DnsAnswerSection::decode(QByteArrayView wire)
{
    m_text.resize(0);
    m_spans.clear();
    m_answers.clear();
    if (wire.size() < 12)
        return false;
    const int questions = be16(wire, 4), answers = be16(wire, 6);
    qsizetype at = 12;
    for (int i = 0; i < questions; ++i) {
        qsizetype next = 0;
        if (DnsMessage::checkName(wire, at, &next) != DnsMessage::Problem::None || next + 4 > wire.size())
            return false;
        at = next + 4;
    }
    int decoded = 0;
    while (decoded < answers && decodeRecord(wire, at))
        ++decoded;
    m_answers.reserve(m_spans.size());
    for (const Span &span : m_spans)
        m_answers.push_back({span.type, QByteArrayView(m_text).sliced(span.from, span.to - span.from), span.ttl});
    return decoded == answers;
}

bool DnsAnswerSection::decodeRecord(QByteArrayView wire, qsizetype &at)
{
    qsizetype next = 0;
    if (DnsMessage::checkName(wire, at, &next) != DnsMessage::Problem::None || next + 10 > wire.size())
        return false; // the owner name is not kept: only its end is needed
    const int type = be16(wire, next);
    const qint64 ttl = be32(wire, next + 4);
    const qsizetype length = be16(wire, next + 8);
    const qsizetype rdata = next + 10;
    if (rdata + length > wire.size())
        return false;
    Span span;
    span.type = DnsNames::qtypeName(type);
    span.ttl = ttl;
    span.from = m_text.size();
    appendRdata(wire, type, rdata, length);
    span.to = m_text.size();
    m_spans.push_back(span);
    at = rdata + length;
    return true;
}

void DnsAnswerSection::appendRdata(QByteArrayView wire, int type, qsizetype at, qsizetype length)
{
    const qsizetype from = m_text.size(), end = at + length;
    qsizetype next = at;
    bool ok = false;
    switch (type) {
    case A:
    case AAAA:
        ok = length == (type == A ? 4 : 16);
        if (ok) { // answers repeat: their text comes from a cache
            std::array<quint8, 16> address{};
            std::memcpy(address.data(), bytes(wire, at), size_t(length));
            m_text.append(m_addresses.text(type == A ? 4 : 6, address));
        }
        break;
    case NS:
    case CNAME:
    case PTR:
    case DNAME:
        ok = appendName(wire, at, &next) && next == end;
        break;
    case MX:
        if (length > 2) {
            m_text.append(QByteArray::number(be16(wire, at)) + ' ');
            ok = appendName(wire, at + 2, &next) && next == end;
        }
        break;
    case SRV:
        if (length > 6) {
            m_text.append(QByteArray::number(be16(wire, at)) + ' ' + QByteArray::number(be16(wire, at + 2)) + ' ' +
                          QByteArray::number(be16(wire, at + 4)) + ' ');
            ok = appendName(wire, at + 6, &next) && next == end;
        }
        break;
    case SOA:
        ok = appendName(wire, at, &next);
        if (ok) {
            m_text.append(' ');
            ok = appendName(wire, next, &next) && next + 20 == end;
        }
        for (int i = 0; ok && i < 5; ++i)
            m_text.append(' ' + QByteArray::number(be32(wire, next + 4 * i)));
        break;
    case TXT:
    case SPF:
        ok = length > 0;
        for (qsizetype p = at; ok && p < end; p += 1 + quint8(wire[p])) {
            ok = p + 1 + quint8(wire[p]) <= end;
            if (ok) {
                if (p > at)
                    m_text.append(' ');
                appendCharacterString(wire.sliced(p + 1, quint8(wire[p])));
            }
        }
        break;
    case SVCB:
    case HTTPS:
        if (length > 2) {
            m_text.append(QByteArray::number(be16(wire, at)) + ' ');
            ok = appendName(wire, at + 2, &next) && appendSvcParams(wire, next, end);
        }
        break;
    default:
        break;
    }
    if (!ok) {
        m_text.resize(from);
        appendGeneric(wire.sliced(at, length));
    }
}

bool DnsAnswerSection::appendName(QByteArrayView wire, qsizetype at, qsizetype *next)
{
    if (DnsMessage::decodeName(wire, at, m_name, next) != DnsMessage::Problem::None)
        return false;
    m_text.append(m_name);
    return true;
}

void DnsAnswerSection::appendGeneric(QByteArrayView rdata)
{
    m_text.append("\\# " + QByteArray::number(rdata.size()));
    if (!rdata.isEmpty()) {
        m_text.append(' ');
        appendHex(m_text, rdata);
    }
}

void DnsAnswerSection::appendCharacterString(QByteArrayView text)
{
    DnsCharacterString::append(m_text, text);
}

// RFC 9460 section 2.1 presentation of the SvcParams from at to end.
bool DnsAnswerSection::appendSvcParams(QByteArrayView wire, qsizetype at, qsizetype end)
{
    static const char *const kKeys[] = {"mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint"};
    while (at < end) {
        if (at + 4 > end)
            return false;
        const int key = be16(wire, at);
        const qsizetype length = be16(wire, at + 2), value = at + 4;
        if (value + length > end)
            return false;
        m_text.append(' ');
        m_text.append(key < 7 ? QByteArray(kKeys[key]) : "key" + QByteArray::number(key));
        const QByteArrayView data = wire.sliced(value, length);
        switch (key) {
        case 0: // mandatory: a list of keys
            if (length == 0 || length % 2)
                return false;
            m_text.append('=');
            for (qsizetype i = 0; i < length; i += 2) {
                const int listed = be16(data, i);
                if (i)
                    m_text.append(',');
                m_text.append(listed < 7 ? QByteArray(kKeys[listed]) : "key" + QByteArray::number(listed));
            }
            break;
        case 3: // port
            if (length != 2)
                return false;
            m_text.append('=' + QByteArray::number(be16(data, 0)));
            break;
        case 1: { // alpn: a list of length-prefixed ids
            QByteArray ids;
            for (qsizetype i = 0; i < length; i += 1 + quint8(data[i])) {
                if (i + 1 + quint8(data[i]) > length)
                    return false;
                ids.append((i ? "," : "") + data.sliced(i + 1, quint8(data[i])).toByteArray());
            }
            m_text.append('=');
            appendCharacterString(ids);
            break;
        }
        case 2: // no-default-alpn: no value
            if (length)
                return false;
            break;
        case 4:
        case 6: { // ipv4hint, ipv6hint
            const qsizetype width = key == 4 ? 4 : 16;
            if (length == 0 || length % width)
                return false;
            m_text.append('=');
            for (qsizetype i = 0; i < length; i += width) {
                if (i)
                    m_text.append(',');
                IpAddressText::append(m_text, key == 4 ? 4 : 6, bytes(data, i));
            }
            break;
        }
        case 5: // ech: base64
            m_text.append('=');
            appendBase64(m_text, data);
            break;
        default:
            if (length) {
                m_text.append('=');
                appendCharacterString(data);
            }
            break;
        }
        at = value + length;
    }
    return true;
}
