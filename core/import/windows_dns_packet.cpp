// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_dns_packet.h"

#include "dns_names.h"
#include "failure.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// The next whitespace-separated token of text from p (advanced past it); empty at the end.
QByteArrayView token(QByteArrayView text, qsizetype &p)
{
    while (p < text.size() && isSpace(text[p]))
        ++p;
    const qsizetype start = p;
    while (p < text.size() && !isSpace(text[p]))
        ++p;
    return text.sliced(start, p - start);
}

bool parseXid(QByteArrayView t, quint16 &xid)
{
    bool ok = false;
    xid = t.size() <= 4 ? t.toUShort(&ok, 16) : 0;
    return ok && !t.startsWith('-') && !t.startsWith('+');
}

// Whether t can be an IPv4 or IPv6 address (its first character).
bool looksLikeAddress(QByteArrayView t)
{
    const char c = t.isEmpty() ? 0 : t[0];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':';
}

// The bytes of a label of length characters at text[p]: length bytes when a '(' or the end
// follows them (the log's own bytes); else length UTF-8 characters (a log re-encoded from the
// server's code page, e.g. saved as UTF-16, counts characters). -1 when neither fits.
qsizetype labelBytes(QByteArrayView text, qsizetype p, int length)
{
    auto fits = [&](qsizetype end) { return end <= text.size() && (end == text.size() || text[end] == '('); };
    if (fits(p + length))
        return length;
    qsizetype end = p;
    for (int n = 0; n < length && end < text.size(); ++n) {
        ++end;
        while (end < text.size() && (quint8(text[end]) & 0xc0) == 0x80)
            ++end;
    }
    return fits(end) ? end - p : -1;
}

[[noreturn]] void bad(const QString &message)
{
    throw Failure(Failure::Kind::BadInput, message);
}

} // namespace

bool WindowsDnsPacket::isPacketLine(QByteArrayView afterStamp)
{
    qsizetype p = 0;
    token(afterStamp, p); // thread id
    return token(afterStamp, p) == QByteArrayView("PACKET");
}

WindowsDnsPacket WindowsDnsPacket::parse(QByteArrayView text)
{
    WindowsDnsPacket packet;
    qsizetype p = 0;
    token(text, p); // thread id
    token(text, p); // PACKET
    token(text, p); // context (internal packet id)
    const QByteArrayView proto = token(text, p);
    if (proto != QByteArrayView("UDP") && proto != QByteArrayView("TCP"))
        bad(QStringLiteral("PACKET line without UDP or TCP"));
    packet.tcp = proto[0] == 'T';
    const QByteArrayView direction = token(text, p);
    if (direction != QByteArrayView("Rcv") && direction != QByteArrayView("Snd"))
        bad(QStringLiteral("PACKET line without Rcv or Snd"));
    packet.received = direction[0] == 'R';
    packet.remote = token(text, p);
    if (!looksLikeAddress(packet.remote))
        bad(QStringLiteral("PACKET line without a remote address"));
    if (!parseXid(token(text, p), packet.xid))
        bad(QStringLiteral("PACKET line without a hexadecimal xid"));
    QByteArrayView opcode = token(text, p);
    if (opcode == QByteArrayView("R")) {
        packet.response = true;
        opcode = token(text, p);
    }
    if (opcode.size() != 1)
        bad(QStringLiteral("PACKET line without an opcode"));
    packet.opcode = opcode[0];
    while (p < text.size() && isSpace(text[p]))
        ++p;
    if (p >= text.size() || text[p] != '[')
        bad(QStringLiteral("PACKET line without [flags rcode]"));
    const qsizetype close = text.indexOf(']', p);
    if (close < 0)
        bad(QStringLiteral("PACKET line without [flags rcode]"));
    qsizetype rcodeEnd = close, rcodeStart;
    while (rcodeEnd > p + 1 && isSpace(text[rcodeEnd - 1]))
        --rcodeEnd;
    for (rcodeStart = rcodeEnd; rcodeStart > p + 1 && !isSpace(text[rcodeStart - 1]);)
        --rcodeStart;
    if (rcodeStart <= p + 1) // the flags alone, or nothing
        bad(QStringLiteral("PACKET line without a response code in [flags rcode]"));
    packet.rcode = text.sliced(rcodeStart, rcodeEnd - rcodeStart);
    p = close + 1;
    packet.qtype = token(text, p);
    while (p < text.size() && isSpace(text[p]))
        ++p;
    packet.name = text.sliced(p).trimmed();
    if (packet.qtype.isEmpty() || packet.name.isEmpty())
        bad(QStringLiteral("PACKET line without a question type and name"));
    return packet;
}

bool WindowsDnsPacket::decodeName(QByteArrayView text, QByteArray &out)
{
    out.resize(0);
    if (text.startsWith('[')) { // a compression pointer as the details write it: [C00C](3)www...
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return false;
        text = text.sliced(close + 1);
    }
    if (!text.startsWith('(')) { // already dotted
        if (text.startsWith('.') && text.size() > 1)
            text = text.sliced(1);
        DnsNames::normalizeQname(text, out);
        return !out.isEmpty();
    }
    qsizetype p = 0;
    for (;;) {
        if (p >= text.size() || text[p] != '(')
            return false;
        qsizetype close = p + 1;
        int length = 0;
        while (close < text.size() && text[close] >= '0' && text[close] <= '9' && length <= 255)
            length = length * 10 + (text[close++] - '0');
        if (close == p + 1 || close >= text.size() || text[close] != ')' || length > 63)
            return false;
        p = close + 1;
        if (length == 0)
            break;
        const qsizetype bytes = labelBytes(text, p, length);
        if (bytes < 0)
            return false;
        if (!out.isEmpty())
            out.append('.');
        const qsizetype start = out.size();
        out.append(text.sliced(p, bytes));
        for (char *c = out.data() + start, *end = out.data() + out.size(); c != end; ++c) {
            if (*c >= 'A' && *c <= 'Z')
                *c = char(*c + 32);
        }
        p += bytes;
    }
    if (p != text.size())
        return false;
    if (out.isEmpty())
        out = ".";
    return true;
}
