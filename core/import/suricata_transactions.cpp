// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suricata_transactions.h"

#include <QHashFunctions>

namespace {

constexpr quint64 kNone = ~quint64(0);

bool isDnsPort(qint64 port)
{
    return port == 53 || port == 5353;
}

} // namespace

QByteArrayView SuricataTransactions::Pending::field(int i) const
{
    const qsizetype from = i == 0 ? 0 : ends[i - 1];
    return QByteArrayView(text.constData() + from, ends[i] - from);
}

bool SuricataTransactions::event(qint64 line, qint64 tsUs, const SuricataDnsEvent &e,
                                 std::span<const RawAnswer> answers)
{
    m_latestUs = std::max(m_latestUs, tsUs);
    // Queries go client -> server; answers were logged in the flow's direction up to version 2
    // and from the responder since version 3.
    const bool reversed = e.kind == SuricataDnsEvent::Kind::Answer &&
        (e.version >= 3 || (isDnsPort(e.srcPort) && !isDnsPort(e.destPort)));
    const QByteArrayView client = reversed ? e.destIp : e.srcIp, server = reversed ? e.srcIp : e.destIp;
    const qint64 clientPort = reversed ? e.destPort : e.srcPort, serverPort = reversed ? e.srcPort : e.destPort;
    Key key;
    key.dnsId = e.dnsId;
    key.flow = e.flowId
        ? *e.flowId
        : quint64(qHashMulti(0x5eed, client, clientPort, server, serverPort, e.proto)) | (quint64(1) << 63);

    const bool v1Answer = e.kind == SuricataDnsEvent::Kind::Answer && e.version == 1;
    if (m_lastV1 != kNone && !(v1Answer && at(m_lastV1).key == key)) {
        if (m_lastV1 >= m_head)
            at(m_lastV1).complete = true;
        m_lastV1 = kNone;
    }
    const auto found = m_index.find(key);
    Pending *match = found == m_index.end() ? nullptr : &at(found->second);
    if (match && e.txId >= 0 && match->txId >= 0 && e.txId != match->txId && e.kind == SuricataDnsEvent::Kind::Answer &&
        !match->answered)
        match = nullptr; // the same id reused by another transaction of the flow

    if (e.kind == SuricataDnsEvent::Kind::Query) {
        if (match) { // a retransmission, or the id reused: the earlier query stays unanswered
            match->complete = true;
            match->indexed = false;
            m_index.erase(found);
        }
        push(key, line, tsUs, e, false);
    } else if (match && !match->answered) {
        answer(*match, e, answers);
        if (v1Answer)
            m_lastV1 = found->second;
    } else if (match && v1Answer && found->second == m_lastV1) {
        for (const RawAnswer &a : answers)
            match->answers.add(a.type, a.rdata, a.ttl);
    } else {
        Pending &p = push(key, line, tsUs, e, true);
        answer(p, e, answers);
        if (v1Answer)
            m_lastV1 = m_tail - 1;
    }
    return drain(m_latestUs);
}

SuricataTransactions::Pending &SuricataTransactions::push(const Key &key, qint64 line, qint64 tsUs,
                                                          const SuricataDnsEvent &e, bool fromAnswer)
{
    if (m_tail - m_head == m_ring.size()) { // grow, keeping sequence numbers
        std::vector<Pending> bigger(m_ring.size() * 2);
        for (quint64 s = m_head; s < m_tail; ++s)
            bigger[s & (bigger.size() - 1)] = std::move(at(s));
        m_ring.swap(bigger);
    }
    const quint64 seq = m_tail++;
    Pending &p = at(seq);
    p.key = key;
    p.line = line;
    p.tsUs = tsUs;
    p.txId = e.txId;
    const bool reversed = fromAnswer && (e.version >= 3 || (isDnsPort(e.srcPort) && !isDnsPort(e.destPort)));
    p.text.resize(0);
    const QByteArrayView qtype = fromAnswer && e.version == 1 ? QByteArrayView() : e.rrtype;
    const QByteArrayView parts[4] = {reversed ? e.destIp : e.srcIp, reversed ? e.srcIp : e.destIp, e.rrname, qtype};
    for (int i = 0; i < 4; ++i) {
        p.text.append(parts[i]);
        p.ends[i] = p.text.size();
    }
    p.ends[4] = p.text.size(); // no rcode yet
    p.answers.clear();
    p.mdns = e.srcPort == 5353 || e.destPort == 5353;
    p.answered = p.complete = false;
    p.indexed = true;
    m_index[key] = seq;
    return p;
}

void SuricataTransactions::answer(Pending &p, const SuricataDnsEvent &e, std::span<const RawAnswer> answers)
{
    p.text.resize(p.ends[3]);
    p.text.append(e.rcode);
    p.ends[4] = p.text.size();
    for (const RawAnswer &a : answers)
        p.answers.add(a.type, a.rdata, a.ttl);
    p.answered = true;
    p.complete = e.version != 1; // version 1: more RR records may follow
}

bool SuricataTransactions::drain(qint64 nowUs)
{
    while (m_head != m_tail) {
        const Pending &front = at(m_head);
        if (!front.complete && front.tsUs >= nowUs - kAnswerWindowUs && m_tail - m_head <= kMaxPending)
            break;
        if (!emitFront())
            return false;
    }
    return true;
}

bool SuricataTransactions::emitFront()
{
    Pending &p = at(m_head);
    if (p.indexed) {
        const auto it = m_index.find(p.key);
        if (it != m_index.end() && it->second == m_head)
            m_index.erase(it);
    }
    if (m_lastV1 == m_head)
        m_lastV1 = kNone;
    ++m_head;
    LookupBuilder::Values v;
    v.client = p.field(0);
    v.server = p.field(1);
    v.query = p.field(2);
    v.qtype = p.field(3);
    v.rcode = p.field(4);
    if (p.mdns)
        v.serverPort = "5353";
    v.answers = p.answers.answers();
    return m_builder.addAt(p.tsUs, v);
}

bool SuricataTransactions::finish()
{
    while (m_head != m_tail) {
        if (!emitFront())
            return false;
    }
    return true;
}
