// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suricata_event_batch.h"

#include "lookup_builder.h"
#include "suricata_transactions.h"

void SuricataEventBatch::clear()
{
    m_text.clear();
    m_items.clear();
    m_answers.clear();
    m_messages.clear();
}

void SuricataEventBatch::add(qint64 line, qint64 tsUs, const SuricataDnsEvent &e)
{
    Item &item = m_items.emplace_back();
    item.kind = Kind::Event;
    item.eventKind = e.kind;
    item.version = e.version;
    item.line = line;
    item.tsUs = tsUs;
    item.srcPort = e.srcPort;
    item.destPort = e.destPort;
    item.dnsId = e.dnsId;
    item.txId = e.txId;
    item.flowId = e.flowId;
    item.srcIp = keep(e.srcIp);
    item.destIp = keep(e.destIp);
    item.proto = keep(e.proto);
    item.rrname = keep(e.rrname);
    item.rrtype = keep(e.rrtype);
    item.rcode = keep(e.rcode);
    item.answersFrom = m_answers.size();
    m_answers.keep(m_text, e.answers.answers());
    item.answersTo = m_answers.size();
}

void SuricataEventBatch::reject(qint64 line, const QString &message)
{
    Item &item = m_items.emplace_back();
    item.kind = Kind::Reject;
    item.line = line;
    item.answersFrom = quint32(m_messages.size());
    m_messages.append(message);
}

void SuricataEventBatch::skip()
{
    m_items.emplace_back().kind = Kind::Skip;
}

bool SuricataEventBatch::replay(SuricataTransactions &transactions, LookupBuilder &builder, ImportReport &report)
{
    for (const Item &item : m_items) {
        switch (item.kind) {
        case Kind::Event: {
            SuricataDnsEvent &e = m_event;
            e.kind = item.eventKind;
            e.version = item.version;
            e.srcPort = item.srcPort;
            e.destPort = item.destPort;
            e.dnsId = item.dnsId;
            e.txId = item.txId;
            e.flowId = item.flowId;
            e.srcIp = view(item.srcIp);
            e.destIp = view(item.destIp);
            e.proto = view(item.proto);
            e.rrname = view(item.rrname);
            e.rrtype = view(item.rrtype);
            e.rcode = view(item.rcode);
            if (!transactions.event(item.line, item.tsUs, e, m_answers.view(m_text, item.answersFrom, item.answersTo)))
                return false;
            break;
        }
        case Kind::Reject:
            if (!builder.reject(item.line, m_messages[item.answersFrom]))
                return false;
            break;
        case Kind::Skip:
            ++report.skipped;
            break;
        }
    }
    return true;
}
