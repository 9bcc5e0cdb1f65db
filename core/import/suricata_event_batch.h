// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "suricata_dns_event.h"
#include "text_arena.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

class LookupBuilder;
class SuricataTransactions;

// SuricataEventBatch: what a parse thread made of a chunk of Suricata EVE records
// (OrderedChunkParse): the DNS events with their time (copied out of the parsed record), the
// rejected records with their line and message, and the skipped ones (other event types), in
// the order they were read. replay() gives them to SuricataTransactions and the builder on the
// importing thread in that order, so queries are paired with answers across chunks as in a
// single-threaded read.
//
// Ownership: owns copies of the events' text; nothing points into the record after add().
// Thread-safety: none; filled by one thread, replayed by another after the hand-over.
// Cost: one memcpy of each value and answer; no allocation once the buffers have grown.
class SuricataEventBatch {
public:
    void clear();
    void add(qint64 line, qint64 tsUs, const SuricataDnsEvent &event);
    void reject(qint64 line, const QString &message);
    void skip();
    // Hands everything on in order. Returns false when the transactions or builder say stop.
    bool replay(SuricataTransactions &transactions, LookupBuilder &builder, ImportReport &report);

private:
    enum class Kind : quint8 { Event, Reject, Skip };
    using Text = TextArena::Span;
    struct Item {
        Kind kind = Kind::Event;
        SuricataDnsEvent::Kind eventKind = SuricataDnsEvent::Kind::Query;
        int version = 1;
        qint64 line = 0, tsUs = 0;
        qint64 srcPort = -1, destPort = -1, dnsId = -1, txId = -1;
        std::optional<quint64> flowId;
        Text srcIp, destIp, proto, rrname, rrtype, rcode;
        quint32 answersFrom = 0, answersTo = 0; // m_answers; for a reject: the message's index
    };

    Text keep(QByteArrayView text) { return m_text.keep(text); }
    QByteArrayView view(Text t) const { return m_text.view(t); }

    TextArena m_text;
    std::vector<Item> m_items;
    KeptAnswers m_answers;
    QStringList m_messages;
    SuricataDnsEvent m_event; // replay's event, its views into m_text
};
