// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pending_lookups.h"

#include <QHashFunctions>

quint64 PendingLookups::keyOf(QByteArrayView remote, quint32 xid, bool tcp, QByteArrayView qname)
{
    const size_t a = qHash(remote, size_t(xid) * 2 + (tcp ? 1 : 0));
    return (quint64(a) << 1) ^ quint64(qHash(qname, 0x9e3779b9u));
}

qint64 PendingLookups::addQuery(quint64 key, Lookup lookup)
{
    const qint64 seq = m_nextSeq++;
    m_bySeq[key] = seq;
    m_waiting.push_back({seq, key, std::move(lookup)});
    return seq;
}

qint64 PendingLookups::answer(quint64 key, QByteArrayView client, QByteArrayView qname)
{
    const auto found = m_bySeq.find(key);
    if (found == m_bySeq.end())
        return -1;
    const qint64 seq = found->second;
    Lookup *l = find(seq);
    if (!l || l->answered || l->client != client || l->qname != qname)
        return -1;
    m_bySeq.erase(found);
    l->answered = true;
    return seq;
}

qint64 PendingLookups::addAnswered(Lookup lookup)
{
    const qint64 seq = m_nextSeq++;
    lookup.answered = true;
    m_waiting.push_back({seq, 0, std::move(lookup)});
    return seq;
}

PendingLookups::Lookup *PendingLookups::find(qint64 seq)
{
    if (m_waiting.empty() || seq < m_waiting.front().seq)
        return nullptr;
    const qint64 index = seq - m_waiting.front().seq;
    return index < qint64(m_waiting.size()) ? &m_waiting[size_t(index)].lookup : nullptr;
}

void PendingLookups::unindex(const Entry &entry)
{
    const auto found = m_bySeq.find(entry.key);
    if (found != m_bySeq.end() && found->second == entry.seq)
        m_bySeq.erase(found);
}

bool PendingLookups::handTo(LookupBuilder &builder, const Lookup &l, std::vector<RawAnswer> &scratch)
{
    scratch.clear();
    for (const Answer &a : l.answers)
        scratch.push_back({a.type, a.rdata, a.ttl});
    LookupBuilder::Values v;
    v.ts = l.ts;
    v.client = l.client;
    v.server = l.server;
    v.query = l.qname;
    v.qtype = l.qtype;
    v.rcode = l.rcode;
    v.answers = scratch;
    return builder.add(l.line, v);
}
