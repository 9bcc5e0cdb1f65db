// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcp_dns_reassembler.h"

namespace {

constexpr quint8 kFin = 0x01, kSyn = 0x02, kRst = 0x04;

std::string streamKey(const DecodedPacket &p)
{
    std::string key;
    key.reserve(37);
    key.push_back(char(p.family));
    const size_t bytes = p.family == 4 ? 4 : 16;
    key.append(reinterpret_cast<const char *>(p.src.data()), bytes);
    key.append(reinterpret_cast<const char *>(p.dst.data()), bytes);
    for (quint16 port : {p.srcPort, p.dstPort}) {
        key.push_back(char(port >> 8));
        key.push_back(char(port & 0xFF));
    }
    return key;
}

} // namespace

// Returns how many bytes of data were whole messages (with their length prefixes).
qsizetype TcpDnsReassembler::cutMessages(QByteArrayView data, const MessageFn &onMessage)
{
    qsizetype at = 0;
    while (data.size() - at >= 2) {
        const qsizetype length = (quint8(data[at]) << 8) | quint8(data[at + 1]);
        if (data.size() - at - 2 < length)
            break;
        onMessage(data.sliced(at + 2, length));
        at += 2 + length;
    }
    return at;
}

void TcpDnsReassembler::feed(const DecodedPacket &segment, qint64 tsUs, const MessageFn &onMessage,
                             const ProblemFn &onProblem)
{
    const bool closing = segment.tcpFlags & (kFin | kRst);
    const bool syn = segment.tcpFlags & kSyn;
    if (segment.payload.isEmpty() && !syn && !closing)
        return; // a bare ACK
    const std::string key = streamKey(segment);
    auto found = m_streams.find(key);
    quint32 seq = segment.tcpSeq + (syn ? 1 : 0);
    if (found == m_streams.end()) {
        if (segment.payload.isEmpty() && !syn)
            return;
        found = m_streams.emplace(key, Stream{seq, tsUs, {}}).first;
    } else if (syn) {
        found->second = Stream{seq, tsUs, {}};
    }
    Stream &stream = found->second;
    stream.lastUs = tsUs;
    QByteArrayView data = segment.payload;
    const qint32 ahead = qint32(seq - stream.nextSeq);
    if (ahead > 0) {
        if (!stream.pending.isEmpty())
            onProblem(
                QStringLiteral("%1 TCP bytes missing from the capture; a partial DNS message was dropped").arg(ahead));
        stream.pending.clear();
    } else if (ahead < 0) {
        data = data.sliced(std::min<qsizetype>(-qint64(ahead), data.size())); // seen before
        seq = stream.nextSeq;
    }
    if (!data.isEmpty()) {
        stream.nextSeq = seq + quint32(data.size());
        if (stream.pending.isEmpty()) {
            const qsizetype used = cutMessages(data, onMessage);
            stream.pending = data.sliced(used).toByteArray();
        } else {
            stream.pending.append(data);
            const qsizetype used = cutMessages(stream.pending, onMessage);
            stream.pending.remove(0, used);
        }
    }
    if (closing) {
        if (!stream.pending.isEmpty())
            onProblem(
                QStringLiteral("TCP stream closed inside a DNS message (%1 bytes dropped)").arg(stream.pending.size()));
        m_streams.erase(found);
    }
}

void TcpDnsReassembler::sweep(qint64 idleBeforeUs, const ProblemFn &onProblem)
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (it->second.lastUs < idleBeforeUs) {
            if (!it->second.pending.isEmpty())
                onProblem(QStringLiteral("TCP stream ended inside a DNS message (%1 bytes dropped)")
                              .arg(it->second.pending.size()));
            it = m_streams.erase(it);
        } else {
            ++it;
        }
    }
}
