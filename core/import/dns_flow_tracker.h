// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_text_cache.h"
#include "dns_answer_section.h"
#include "dns_message.h"
#include "import_types.h"
#include "packet_decoder.h"
#include "pending_queries.h"
#include "tcp_dns_reassembler.h"

#include <array>
#include <functional>
#include <vector>

// DnsFlowTracker: turns the DNS messages of a capture into lookups. A query becomes one
// lookup (its time, client = its source, server = its destination); the first response with
// the same id on the reversed 5-tuple within kAnswerWindowUs supplies the rcode and the
// answers (DnsAnswerSection); later
// copies of that response are ignored; a query still unanswered after the window (or at
// finish()) is emitted with an empty rcode; a response whose query is not pending is a
// lookup of its own (client = its destination, server = its source, its own time).
// mDNS (port 5353) is paired like DNS but flagged (LookupFlags::kMdns): a multicast query keeps
// the group address as server; announcements and multicast responses are response-only
// lookups (client = the group).
// Lookups come out roughly, not strictly, in time order.
//
// Ownership: writes to the caller's sink and reports problems to the caller's function; owns
// the pending queries (bounded by the queries of the last 30 s of capture time) and the TCP
// reassembler. Thread-safety: none; one instance per import.
// Cost: one insert and one lookup in a flat table per query/response pair, a name copy into
// a byte ring per query; no allocation per packet.
class DnsFlowTracker {
public:
    static constexpr qint64 kAnswerWindowUs = 30'000'000;
    static constexpr qint64 kTcpIdleUs = 120'000'000;
    using ProblemFn = std::function<void(const QString &problem)>;

    DnsFlowTracker(RecordSink &sink, ProblemFn onProblem);

    // One decoded packet at capture time tsUs (µs since the epoch, UTC).
    void packet(const DecodedPacket &packet, qint64 tsUs);
    // Emits every query still pending and drops unfinished TCP streams.
    void finish();
    qint64 lookups() const { return m_lookups; }

private:
    using Key = PendingQueries::Key;

    void message(QByteArrayView wire, const DecodedPacket &packet, qint64 tsUs);
    void expire(qint64 beforeUs);
    void emitLookup(qint64 tsUs, const Key &key, QByteArrayView qname, int qtype, int rcode,
                    std::span<const RawAnswer> answers = {});

    RecordSink &m_sink;
    ProblemFn m_onProblem;
    DnsMessage m_message;
    DnsAnswerSection m_answers; // of the response being emitted
    TcpDnsReassembler m_tcp;
    PendingQueries m_pending;
    qint64 m_latestUs = 0;
    qint64 m_nextTcpSweepUs = 0;
    qint64 m_lookups = 0;
    AddressTextCache m_clientText, m_serverText; // one each, so neither evicts the other within a lookup
};
