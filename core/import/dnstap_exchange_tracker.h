// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_text_cache.h"
#include "dns_answer_section.h"
#include "dns_message.h"
#include "dnstap_record.h"
#include "import_types.h"
#include "pending_queries.h"

#include <functional>

// DnstapExchangeTracker: turns dnstap messages into lookups. A query message (CLIENT_QUERY,
// RESOLVER_QUERY, …) waits for the response of the same role with the same DNS id, addresses,
// ports and transport; the first such response within kAnswerWindowUs of the query makes
// them one lookup: the query's time, qname and qtype, the response's rcode and answers.
// Later copies of that response are ignored; a query unanswered after the window (or at
// finish()) is a lookup with no rcode; a response whose query is not pending is a lookup of
// its own (the time is its query_time when the producer gives one, else its response_time).
// Client = query_address, server = response_address (the same in both messages of a pair);
// the lookup's flags carry the role (LookupFlags: CLIENT_* is a plain dns lookup, the other
// roles are their own proto). The message's DNS payload gives qname, qtype and rcode
// (DnsMessage) and the answers (DnsAnswerSection); a message whose payload is missing or does
// not decode is a problem, reported to the caller and not a lookup.
// Lookups come out roughly, not strictly, in time order.
//
// Ownership: writes to the caller's sink and reports problems to the caller's function; owns
// the pending queries (bounded by the queries of the last 30 s of log time).
// Thread-safety: none; one instance per import.
// Cost: per message one DNS header and question decode and one probe of a flat table; the
// answer section is decoded for responses only; no allocation per message once warm.
class DnstapExchangeTracker {
public:
    static constexpr qint64 kAnswerWindowUs = 30'000'000;
    using ProblemFn = std::function<void(const QString &problem)>;

    DnstapExchangeTracker(RecordSink &sink, ProblemFn onProblem);

    void message(const DnstapRecord &record);
    // Emits every query still pending.
    void finish();
    qint64 lookups() const { return m_lookups; }

private:
    using Key = PendingQueries::Key;

    void expire(qint64 beforeUs);
    void emitLookup(qint64 tsUs, const Key &key, QByteArrayView qname, int qtype, int rcode,
                    std::span<const RawAnswer> answers);

    RecordSink &m_sink;
    ProblemFn m_onProblem;
    DnsMessage m_message;
    DnsAnswerSection m_answers;
    PendingQueries m_pending;
    AddressTextCache m_clientText, m_serverText;
    qint64 m_latestUs = 0;
    qint64 m_lookups = 0;
};
