// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_flow_tracker.h"

#include "dns_names.h"
#include "lookup_field.h"

#include <cstring>
#include <limits>

namespace {

void appendIpv4(QByteArray &out, const quint8 *a)
{
    char text[16];
    char *p = text;
    for (int i = 0; i < 4; ++i) {
        if (i)
            *p++ = '.';
        const int v = a[i];
        if (v >= 100)
            *p++ = char('0' + v / 100);
        if (v >= 10)
            *p++ = char('0' + v / 10 % 10);
        *p++ = char('0' + v % 10);
    }
    out.append(text, p - text);
}

// RFC 5952 text: lower-case hex, no leading zeros, the first longest run of two or more
// zero groups as "::", IPv4-mapped addresses with a dotted tail.
void formatAddress(quint8 family, const std::array<quint8, 16> &a, QByteArray &out)
{
    out.resize(0);
    if (family == 4) {
        appendIpv4(out, a.data());
        return;
    }
    static const quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(a.data(), mappedPrefix, 12) == 0) {
        out.append("::ffff:");
        appendIpv4(out, a.data() + 12);
        return;
    }
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && a[2 * j] == 0 && a[2 * j + 1] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out.append("::");
            i += bestLength - 1;
            continue;
        }
        if (i && i != bestStart + bestLength)
            out.append(':');
        out.append(QByteArray::number((a[2 * i] << 8) | a[2 * i + 1], 16));
    }
}

bool isMdnsGroup(quint8 family, const std::array<quint8, 16> &a)
{
    static constexpr quint8 group4[4] = {224, 0, 0, 251};
    static constexpr quint8 group6[16] = {0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xfb};
    return family == 4 ? std::memcmp(a.data(), group4, 4) == 0 : std::memcmp(a.data(), group6, 16) == 0;
}

// mDNS: UDP with port 5353 on either side, or to or from the group 224.0.0.251 / ff02::fb.
quint8 flagsOf(const PendingQueries::Key &key)
{
    const bool mdns = key.transport == quint8(DecodedPacket::Transport::Udp) &&
        (key.clientPort == 5353 || key.serverPort == 5353 || isMdnsGroup(key.family, key.server) ||
         isMdnsGroup(key.family, key.client));
    return mdns ? LookupFlags::kMdns : 0;
}

} // namespace

DnsFlowTracker::DnsFlowTracker(RecordSink &sink, ProblemFn onProblem) : m_sink(sink), m_onProblem(std::move(onProblem))
{}

void DnsFlowTracker::packet(const DecodedPacket &packet, qint64 tsUs)
{
    if (tsUs > m_latestUs) {
        m_latestUs = tsUs;
        expire(tsUs - kAnswerWindowUs);
    }
    if (packet.transport == DecodedPacket::Transport::Udp) {
        message(packet.payload, packet, tsUs);
        return;
    }
    m_tcp.feed(
        packet, tsUs, [&](QByteArrayView wire) { message(wire, packet, tsUs); }, m_onProblem);
    if (m_latestUs >= m_nextTcpSweepUs) {
        m_tcp.sweep(m_latestUs - kTcpIdleUs, m_onProblem);
        m_nextTcpSweepUs = m_latestUs + kTcpIdleUs / 4;
    }
}

void DnsFlowTracker::message(QByteArrayView wire, const DecodedPacket &packet, qint64 tsUs)
{
    // The key needs only the header's id and QR bit: look it up in the index while the
    // question is decoded. (A message too short for them fails parse() below.)
    const bool query = wire.size() > 2 && !(quint8(wire[2]) & 0x80);
    Key key;
    key.family = packet.family;
    key.transport = quint8(packet.transport);
    key.id = wire.size() > 2 ? quint16((quint8(wire[0]) << 8) | quint8(wire[1])) : 0;
    key.client = query ? packet.src : packet.dst;
    key.server = query ? packet.dst : packet.src;
    key.clientPort = query ? packet.srcPort : packet.dstPort;
    key.serverPort = query ? packet.dstPort : packet.srcPort;
    const quint32 hash = m_pending.prefetch(key);
    const DnsMessage::Problem problem = m_message.parse(wire);
    if (problem != DnsMessage::Problem::None) {
        m_onProblem(QString::fromLatin1(DnsMessage::problemText(problem)));
        return;
    }
    if (query) {
        if (PendingQueries::Entry *previous = m_pending.find(key, hash)) {
            if (!previous->answered) // a retransmission: the first try is a lookup of its own
                emitLookup(previous->tsUs, key, m_pending.name(*previous), previous->qtype, -1);
            m_pending.remove(*previous);
        }
        m_pending.push(key, tsUs, m_message.qtype, m_message.qname);
        return;
    }
    if (PendingQueries::Entry *pending = m_pending.find(key, hash)) {
        if (tsUs - pending->tsUs <= kAnswerWindowUs) {
            if (!pending->answered) {
                emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, m_message.rcode);
                pending->answered = true;
            }
            return; // answered, or a copy of the answer
        }
        if (!pending->answered)
            emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, -1);
        m_pending.remove(*pending);
    }
    emitLookup(tsUs, key, m_message.qname, m_message.qtype, m_message.rcode);
}

void DnsFlowTracker::expire(qint64 beforeUs)
{
    while (!m_pending.empty() && m_pending.front().tsUs < beforeUs) {
        PendingQueries::Entry &oldest = m_pending.front();
        if (oldest.indexed && !oldest.answered)
            emitLookup(oldest.tsUs, oldest.key, m_pending.name(oldest), oldest.qtype, -1);
        m_pending.popFront();
    }
}

void DnsFlowTracker::finish()
{
    expire(std::numeric_limits<qint64>::max());
    m_tcp.sweep(std::numeric_limits<qint64>::max(), m_onProblem);
}

QByteArrayView DnsFlowTracker::addressText(int slot, quint8 family, const std::array<quint8, 16> &address)
{
    quint64 low, high;
    std::memcpy(&low, address.data(), 8);
    std::memcpy(&high, address.data() + 8, 8);
    const quint64 mixed = (low ^ (high * 0x9e3779b97f4a7c15ULL)) * 0xbf58476d1ce4e5b9ULL;
    AddressCache &cache = m_addressCache[size_t(slot) * kAddressWays + size_t(mixed >> 56) % kAddressWays];
    if (cache.family != family || cache.address != address) {
        cache.family = family;
        cache.address = address;
        formatAddress(family, address, cache.text);
    }
    return cache.text;
}

void DnsFlowTracker::emitLookup(qint64 tsUs, const Key &key, QByteArrayView qname, int qtype, int rcode)
{
    RawLookup lookup;
    lookup.tsUs = tsUs;
    lookup.client = addressText(0, key.family, key.client);
    lookup.server = addressText(1, key.family, key.server);
    lookup.qname = qname;
    lookup.qtype = qtype < 0 ? QByteArrayView() : DnsNames::qtypeName(qtype);
    lookup.rcode = rcode < 0 ? QByteArrayView() : DnsNames::rcodeName(rcode);
    lookup.flags = flagsOf(key);
    m_sink.add(lookup);
    ++m_lookups;
}
