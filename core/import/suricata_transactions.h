// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_list.h"
#include "lookup_builder.h"
#include "suricata_dns_event.h"

#include <QByteArray>

#include <span>
#include <unordered_map>
#include <vector>

// SuricataTransactions: pairs the DNS query records of a Suricata EVE log with their answer
// records and hands each pair to the builder as one lookup. A query and an answer belong
// together when they share the flow (`flow_id`; without one, the client and server addresses,
// ports and protocol) and the DNS id, and, where both records carry one, the `tx_id`. The
// query gives the lookup its time, client (its source) and server (its destination); the
// answer its rcode and answers. Version 1 writes one answer record per RR: consecutive answer
// records of the same transaction are gathered into one lookup. An answer without its query
// is a lookup of its own (its time; client: the side that is not on port 53/5353, for version
// 3 the destination; qname and qtype: the question it carries, which version 1 answer
// records do not have: the first RR's owner name is the qname, the qtype is left empty). A
// query without an answer within kAnswerWindowUs of log time (or when kMaxPending are waiting)
// is a lookup with an empty rcode. Lookups leave in the order their first record arrived.
//
// Ownership: refers to the caller's builder; owns the waiting transactions (a ring whose
//   entries and buffers are reused) and their index.
// Thread-safety: none; one instance per import.
// Cost: one hash-table insert and lookup per transaction; no allocation once the ring has
//   grown to the transactions of the busiest kAnswerWindowUs.
class SuricataTransactions {
public:
    static constexpr qint64 kAnswerWindowUs = 30'000'000;
    static constexpr size_t kMaxPending = 1 << 16;

    explicit SuricataTransactions(LookupBuilder &builder) : m_builder(builder) {}

    // One DNS record read at line, with its time (µs UTC) and its answers (e.answers is not
    // read). Returns false to stop (strict mode).
    bool event(qint64 line, qint64 tsUs, const SuricataDnsEvent &e, std::span<const RawAnswer> answers);
    // Emits every transaction still waiting. Returns false to stop.
    bool finish();

private:
    struct Key {
        quint64 flow = 0;
        qint64 dnsId = -1;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key &k) const { return size_t(k.flow * 0x9E3779B97F4A7C15ULL ^ quint64(k.dnsId)); }
    };
    struct Pending {
        Key key;
        qint64 line = 0, tsUs = 0, txId = -1;
        QByteArray text; // client, server, qname, qtype, rcode, one after the other
        qsizetype ends[5] = {};
        AnswerList answers;
        bool mdns = false, answered = false, complete = false, indexed = false;
        QByteArrayView field(int i) const;
    };

    Pending &push(const Key &key, qint64 line, qint64 tsUs, const SuricataDnsEvent &e, bool fromAnswer);
    void answer(Pending &p, const SuricataDnsEvent &e, std::span<const RawAnswer> answers);
    bool emitFront();
    bool drain(qint64 nowUs);
    Pending &at(quint64 seq) { return m_ring[seq & (m_ring.size() - 1)]; }

    LookupBuilder &m_builder;
    std::vector<Pending> m_ring = std::vector<Pending>(64);
    quint64 m_head = 0, m_tail = 0; // waiting transactions: sequence numbers [m_head, m_tail)
    std::unordered_map<Key, quint64, KeyHash> m_index;
    quint64 m_lastV1 = ~quint64(0); // the version 1 transaction whose RR records are arriving
    qint64 m_latestUs = 0;
};
