// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_answer_section.h"

#include "dns_message.h"
#include "dns_names.h"

#include <arpa/inet.h>

namespace {

quint16 u16(QByteArrayView w, qsizetype at)
{
    return quint16(quint8(w[at]) << 8 | quint8(w[at + 1]));
}

quint32 u32(QByteArrayView w, qsizetype at)
{
    return quint32(u16(w, at)) << 16 | u16(w, at + 2);
}

bool name(QByteArrayView wire, qsizetype &at, QByteArray &out)
{
    qsizetype next = 0;
    if (DnsMessage::decodeName(wire, at, out, &next) != DnsMessage::Problem::None)
        return false;
    at = next;
    return true;
}

// The presentation text of one record's data at wire[at, at + length).
bool rdataText(QByteArrayView wire, int type, qsizetype at, quint16 length, QByteArray &out)
{
    const qsizetype end = at + length;
    QByteArray scratch;
    switch (type) {
    case 1:    // A
    case 28: { // AAAA
        if (length != (type == 1 ? 4 : 16))
            return false;
        char text[INET6_ADDRSTRLEN] = {};
        inet_ntop(type == 1 ? AF_INET : AF_INET6, wire.data() + at, text, sizeof text);
        out = text;
        return true;
    }
    case 2:
    case 5:
    case 12:
    case 39: // NS, CNAME, PTR, DNAME
        return name(wire, at, out) && at <= end;
    case 15: // MX
        if (length < 3)
            return false;
        out = QByteArray::number(u16(wire, at)) + ' ';
        at += 2;
        if (!name(wire, at, scratch) || at > end)
            return false;
        out += scratch;
        return true;
    case 33: // SRV
        if (length < 7)
            return false;
        out = QByteArray::number(u16(wire, at)) + ' ' + QByteArray::number(u16(wire, at + 2)) + ' ' +
            QByteArray::number(u16(wire, at + 4)) + ' ';
        at += 6;
        if (!name(wire, at, scratch) || at > end)
            return false;
        out += scratch;
        return true;
    case 6: { // SOA
        QByteArray rname;
        if (!name(wire, at, scratch) || !name(wire, at, rname) || at + 20 > end)
            return false;
        out = scratch + ' ' + rname;
        for (int i = 0; i < 5; ++i)
            out += ' ' + QByteArray::number(u32(wire, at + 4 * i));
        return true;
    }
    case 16: // TXT
        out.clear();
        while (at < end) {
            const int n = quint8(wire[at]);
            if (at + 1 + n > end)
                return false;
            out += out.isEmpty() ? "\"" : " \"";
            for (char c : wire.sliced(at + 1, n)) { // RFC 1035 5.1: \" \\ and \DDD for the unprintable
                if (c == '"' || c == '\\')
                    out += '\\';
                if (quint8(c) < 0x20 || quint8(c) > 0x7e)
                    out += '\\' + QByteArray::number(quint8(c)).rightJustified(3, '0');
                else
                    out += c;
            }
            out += '"';
            at += 1 + n;
        }
        return true;
    default:
        out = "\\# " + QByteArray::number(length) + ' ' + wire.sliced(at, length).toByteArray().toHex();
        return true;
    }
}

} // namespace

bool DnsAnswerSection::decode(QByteArrayView wire, std::vector<PendingLookups::Answer> &out)
{
    if (wire.size() < 12)
        return false;
    const int questions = u16(wire, 4), answers = u16(wire, 6);
    qsizetype at = 12;
    QByteArray owner;
    for (int q = 0; q < questions; ++q) {
        if (!name(wire, at, owner) || at + 4 > wire.size())
            return false;
        at += 4;
    }
    for (int a = 0; a < answers; ++a) {
        if (!name(wire, at, owner) || at + 10 > wire.size())
            return false;
        const int type = u16(wire, at);
        const quint32 ttl = u32(wire, at + 4);
        const quint16 length = u16(wire, at + 8);
        at += 10;
        if (at + length > wire.size())
            return false;
        PendingLookups::Answer answer;
        answer.type = DnsNames::qtypeName(type).toByteArray();
        answer.ttl = ttl;
        if (!rdataText(wire, type, at, length, answer.rdata))
            return false;
        out.push_back(std::move(answer));
        at += length;
    }
    return true;
}
