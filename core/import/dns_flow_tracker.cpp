// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_flow_tracker.h"

#include "dns_names.h"
#include "lookup_field.h"

#include <cstring>
#include <limits>

namespace {

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
        m_pending.push(key, hash, tsUs, m_message.qtype, m_message.qname);
        return;
    }
    if (PendingQueries::Entry *pending = m_pending.find(key, hash)) {
        if (tsUs - pending->tsUs <= kAnswerWindowUs) {
            if (!pending->answered) {
                m_answers.decode(wire);
                emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, m_message.rcode,
                           m_answers.answers());
                pending->answered = true;
            }
            return; // answered, or a copy of the answer
        }
        if (!pending->answered)
            emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, -1);
        m_pending.remove(*pending);
    }
    m_answers.decode(wire);
    emitLookup(tsUs, key, m_message.qname, m_message.qtype, m_message.rcode, m_answers.answers());
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

void DnsFlowTracker::emitLookup(qint64 tsUs, const Key &key, QByteArrayView qname, int qtype, int rcode,
                                std::span<const RawAnswer> answers)
{
    RawLookup lookup;
    lookup.tsUs = tsUs;
    lookup.client = m_clientText.text(key.family, key.client);
    lookup.server = m_serverText.text(key.family, key.server);
    lookup.qname = qname;
    lookup.qtype = qtype < 0 ? QByteArrayView() : DnsNames::qtypeName(qtype);
    lookup.rcode = rcode < 0 ? QByteArrayView() : DnsNames::rcodeName(rcode);
    lookup.flags = flagsOf(key);
    lookup.answers = answers;
    m_sink.add(lookup);
    ++m_lookups;
}
