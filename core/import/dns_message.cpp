// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_message.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr qsizetype kHeaderBytes = 12;
constexpr int kTypeOpt = 41;

quint16 be16(QByteArrayView w, qsizetype at)
{
    return quint16((quint8(w[at]) << 8) | quint8(w[at + 1]));
}

// Walks the name at offset, following compression pointers, with every check decodeName()
// makes; calls label(const char *, int length) for each label in order. *next: see there.
template<typename Label>
DnsMessage::Problem walkName(QByteArrayView wire, qsizetype offset, qsizetype *next, Label &&label)
{
    using Problem = DnsMessage::Problem;
    qsizetype at = offset;
    qsizetype after = -1; // where the name ends in the message: set at the first pointer
    int jumps = 0;
    std::array<qsizetype, DnsMessage::kMaxJumps> targets; // of the pointers followed so far
    int wireLength = 1;                                   // the root's zero byte
    for (;;) {
        if (at >= wire.size())
            return Problem::NameTruncated;
        const quint8 len = quint8(wire[at]);
        if (len == 0) {
            if (after < 0)
                after = at + 1;
            break;
        }
        if ((len & 0xC0) == 0xC0) {
            if (at + 1 >= wire.size())
                return Problem::NameTruncated;
            if (after < 0)
                after = at + 2;
            const qsizetype target = be16(wire, at) & 0x3FFF;
            if (target >= wire.size())
                return Problem::BadPointer;
            if (jumps == DnsMessage::kMaxJumps ||
                std::find(targets.begin(), targets.begin() + jumps, target) != targets.begin() + jumps)
                return Problem::PointerLoop;
            targets[size_t(jumps++)] = target;
            at = target;
            continue;
        }
        if (len & 0xC0)
            return Problem::BadLabelType;
        wireLength += len + 1;
        if (wireLength > DnsMessage::kMaxNameLength)
            return Problem::NameTooLong;
        if (at + 1 + len > wire.size())
            return Problem::NameTruncated;
        label(wire.data() + at + 1, int(len));
        at += 1 + len;
    }
    if (next)
        *next = after;
    return Problem::None;
}

} // namespace

DnsMessage::Problem DnsMessage::decodeName(QByteArrayView wire, qsizetype offset, QByteArray &out, qsizetype *next)
{
    // The text goes to a stack buffer first (at most 254 bytes: the wire form is capped at
    // 255), then to out in one copy that reuses out's capacity.
    char text[kMaxNameLength + 1];
    qsizetype length = 0;
    out.resize(0);
    const Problem problem = walkName(wire, offset, next, [&](const char *label, int len) {
        if (length)
            text[length++] = '.';
        for (int i = 0; i < len; ++i) {
            const char c = label[i];
            text[length++] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
        }
    });
    if (problem != Problem::None)
        return problem;
    if (length == 0)
        text[length++] = '.';
    out.resize(length);
    std::memcpy(out.data(), text, size_t(length));
    return Problem::None;
}

DnsMessage::Problem DnsMessage::checkName(QByteArrayView wire, qsizetype offset, qsizetype *next)
{
    return walkName(wire, offset, next, [](const char *, int) {});
}

const char *DnsMessage::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return "no problem";
    case Problem::TooShort:
        return "DNS message shorter than its 12-byte header";
    case Problem::NameTruncated:
        return "DNS name runs past the end of the message";
    case Problem::BadPointer:
        return "DNS compression pointer outside the message";
    case Problem::PointerLoop:
        return "DNS compression pointers loop";
    case Problem::BadLabelType:
        return "DNS label longer than 63 bytes (reserved label type)";
    case Problem::NameTooLong:
        return "DNS name longer than 255 bytes";
    case Problem::QuestionTruncated:
        return "DNS question truncated";
    }
    return "unknown problem";
}

bool DnsMessage::skipName(QByteArrayView wire, qsizetype &offset)
{
    for (int labels = 0; labels < 128; ++labels) {
        if (offset >= wire.size())
            return false;
        const quint8 len = quint8(wire[offset]);
        if (len == 0) {
            ++offset;
            return true;
        }
        if ((len & 0xC0) == 0xC0) {
            offset += 2;
            return offset <= wire.size();
        }
        if (len & 0xC0)
            return false;
        offset += 1 + len;
    }
    return false;
}

// Walks the records after the question for an OPT record (RFC 6891), whose TTL carries the
// upper eight bits of the rcode. Gives up quietly on the first record that does not fit.
void DnsMessage::findExtendedRcode(QByteArrayView wire, qsizetype offset, int records)
{
    for (int i = 0; i < records; ++i) {
        if (!skipName(wire, offset) || offset + 10 > wire.size())
            return;
        const int type = be16(wire, offset);
        const qsizetype rdlength = be16(wire, offset + 8);
        if (type == kTypeOpt) {
            rcode |= quint8(wire[offset + 4]) << 4;
            return;
        }
        offset += 10 + rdlength;
    }
}

DnsMessage::Problem DnsMessage::parse(QByteArrayView wire)
{
    qname.resize(0);
    qtype = -1;
    if (wire.size() < kHeaderBytes)
        return Problem::TooShort;
    id = be16(wire, 0);
    const quint8 flags = quint8(wire[2]);
    response = flags & 0x80;
    opcode = (flags >> 3) & 0x0F;
    rcode = quint8(wire[3]) & 0x0F;
    const int qdcount = be16(wire, 4);
    const int ancount = be16(wire, 6);
    const int others = ancount + be16(wire, 8) + be16(wire, 10);
    qsizetype offset = kHeaderBytes;
    if (qdcount == 0 && ancount == 0) {
        if (response)
            findExtendedRcode(wire, offset, others);
        return Problem::None;
    }
    // The first question, or else the first answer (its type sits where a question's does).
    const Problem problem = decodeName(wire, offset, qname, &offset);
    if (problem != Problem::None)
        return problem;
    if (offset + 4 > wire.size())
        return Problem::QuestionTruncated;
    qtype = be16(wire, offset);
    if (!response)
        return Problem::None;
    if (qdcount == 0) {
        // The answer's class, TTL and data: skip them, then the rest as usual.
        if (offset + 10 > wire.size())
            return Problem::None;
        findExtendedRcode(wire, offset + 10 + be16(wire, offset + 8), others - 1);
        return Problem::None;
    }
    offset += 4;
    for (int i = 1; i < qdcount; ++i) {
        if (!skipName(wire, offset) || (offset += 4) > wire.size())
            return Problem::None;
    }
    findExtendedRcode(wire, offset, others);
    return Problem::None;
}
