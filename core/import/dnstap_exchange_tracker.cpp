// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnstap_exchange_tracker.h"

#include "dns_names.h"
#include "lookup_field.h"

#include <cstring>
#include <limits>

namespace {

// The key's transport byte holds what else must match between a query and its response:
// the socket protocol (bits 0-2), the role (bits 3-5), and whether each address was given
// (bits 6 and 7), so that an absent address is not taken for 0.0.0.0.
constexpr quint8 kHasClient = 0x40, kHasServer = 0x80;

quint8 transportOf(const DnstapRecord &r)
{
    return quint8(r.protocol | (r.role() << 3) | (r.queryAddress.isEmpty() ? 0 : kHasClient) |
                  (r.responseAddress.isEmpty() ? 0 : kHasServer));
}

// dnstap roles in Message.Type order (AUTH, RESOLVER, CLIENT, FORWARDER, STUB, TOOL, UPDATE).
quint8 flagsOf(quint8 transport)
{
    static constexpr quint8 kRoleFlags[] = {LookupFlags::kAuth,      LookupFlags::kResolver, 0,
                                            LookupFlags::kForwarder, LookupFlags::kStub,     LookupFlags::kTool,
                                            LookupFlags::kUpdate};
    const int role = (transport >> 3) & 7;
    return role < 7 ? kRoleFlags[role] : 0;
}

void copyAddress(QByteArrayView from, std::array<quint8, 16> &to)
{
    if (!from.isEmpty()) // an absent address has no data pointer at all
        std::memcpy(to.data(), from.data(), size_t(from.size()));
}

// "CLIENT_QUERY", …: for messages.
QString typeName(const DnstapRecord &r)
{
    static const char *const kRoles[] = {"AUTH", "RESOLVER", "CLIENT", "FORWARDER", "STUB", "TOOL", "UPDATE"};
    return QLatin1String(kRoles[r.role()]) + (r.isQuery() ? QLatin1String("_QUERY") : QLatin1String("_RESPONSE"));
}

} // namespace

DnstapExchangeTracker::DnstapExchangeTracker(RecordSink &sink, ProblemFn onProblem)
    : m_sink(sink), m_onProblem(std::move(onProblem))
{}

void DnstapExchangeTracker::message(const DnstapRecord &r)
{
    const bool query = r.isQuery();
    const QByteArrayView own = query ? r.queryMessage : r.responseMessage;
    const QByteArrayView wire = own.isEmpty() && !query ? r.queryMessage : own; // a response may carry only its query
    if (wire.isEmpty()) {
        m_onProblem(QStringLiteral("%1 without a DNS message").arg(typeName(r)));
        return;
    }
    const qint64 ownTimeUs = query ? (r.queryTimeUs >= 0 ? r.queryTimeUs : r.responseTimeUs)
                                   : (r.responseTimeUs >= 0 ? r.responseTimeUs : r.queryTimeUs);
    if (ownTimeUs < 0) {
        m_onProblem(QStringLiteral("%1 without a time").arg(typeName(r)));
        return;
    }
    const DnsMessage::Problem problem = m_message.parse(wire);
    if (problem != DnsMessage::Problem::None) {
        m_onProblem(QStringLiteral("%1 whose DNS message does not decode: %2")
                        .arg(typeName(r), QString::fromLatin1(DnsMessage::problemText(problem))));
        return;
    }
    if (ownTimeUs > m_latestUs) {
        m_latestUs = ownTimeUs;
        expire(ownTimeUs - kAnswerWindowUs);
    }
    Key key;
    key.family = r.family;
    key.transport = transportOf(r);
    key.id = m_message.id;
    copyAddress(r.queryAddress, key.client);
    copyAddress(r.responseAddress, key.server);
    key.clientPort = r.queryPort;
    key.serverPort = r.responsePort;
    if (query) {
        if (PendingQueries::Entry *previous = m_pending.find(key)) {
            if (!previous->answered) // a retransmission: the first try is a lookup of its own
                emitLookup(previous->tsUs, key, m_pending.name(*previous), previous->qtype, -1, {});
            m_pending.remove(*previous);
        }
        m_pending.push(key, ownTimeUs, m_message.qtype, m_message.qname);
        return;
    }
    const bool answered = !own.isEmpty();
    if (answered)
        m_answers.decode(wire);
    const std::span<const RawAnswer> answers = answered ? m_answers.answers() : std::span<const RawAnswer>();
    const int rcode = answered ? m_message.rcode : -1;
    if (PendingQueries::Entry *pending = m_pending.find(key)) {
        if (ownTimeUs - pending->tsUs <= kAnswerWindowUs) {
            if (!pending->answered) {
                emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, rcode, answers);
                pending->answered = true;
            }
            return; // answered, or a copy of the answer
        }
        if (!pending->answered)
            emitLookup(pending->tsUs, key, m_pending.name(*pending), pending->qtype, -1, {});
        m_pending.remove(*pending);
    }
    emitLookup(r.queryTimeUs >= 0 ? r.queryTimeUs : ownTimeUs, key, m_message.qname, m_message.qtype, rcode, answers);
}

void DnstapExchangeTracker::expire(qint64 beforeUs)
{
    while (!m_pending.empty() && m_pending.front().tsUs < beforeUs) {
        PendingQueries::Entry &oldest = m_pending.front();
        if (oldest.indexed && !oldest.answered)
            emitLookup(oldest.tsUs, oldest.key, m_pending.name(oldest), oldest.qtype, -1, {});
        m_pending.popFront();
    }
}

void DnstapExchangeTracker::finish()
{
    expire(std::numeric_limits<qint64>::max());
}

void DnstapExchangeTracker::emitLookup(qint64 tsUs, const Key &key, QByteArrayView qname, int qtype, int rcode,
                                       std::span<const RawAnswer> answers)
{
    RawLookup lookup;
    lookup.tsUs = tsUs;
    if (key.transport & kHasClient)
        lookup.client = m_clientText.text(key.family, key.client);
    if (key.transport & kHasServer)
        lookup.server = m_serverText.text(key.family, key.server);
    lookup.qname = qname;
    lookup.qtype = qtype < 0 ? QByteArrayView() : DnsNames::qtypeName(qtype);
    lookup.rcode = rcode < 0 ? QByteArrayView() : DnsNames::rcodeName(rcode);
    lookup.flags = flagsOf(key.transport);
    lookup.answers = answers;
    m_sink.add(lookup);
    ++m_lookups;
}
