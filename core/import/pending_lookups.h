// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_builder.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <unordered_map>
#include <vector>

// PendingLookups: the queries of a server's log waiting for the server's response, for the
// importers of logs that write a query and its response as two records (the Windows DNS debug
// log, the DNS Server analytic events). A query waits until its response answers it (same
// key: remote, xid, transport, name), until it is older than the window in log time, or until
// more than maxWaiting queries wait; lookups leave in the order of their queries (a response
// without its query takes its place at the back). Answers are copied with the lookup.
//
// Ownership: owns the waiting lookups. Thread-safety: none; one per import.
// Cost: one hash lookup per query and per response; memory bounded by maxWaiting lookups.
class PendingLookups {
public:
    struct Answer {
        QByteArray type, rdata;
        qint64 ttl = -1; // seconds, -1 unknown
    };
    struct Lookup {
        qint64 line = 0; // record or line number, for the report
        qint64 tsUs = 0; // for the window
        QByteArray ts;   // the time as text for LookupBuilder (ISO 8601, with Z when UTC)
        QByteArray client, server, qname, qtype, rcode;
        std::vector<Answer> answers;
        bool answered = false;
    };

    explicit PendingLookups(qint64 windowUs = 30 * qint64(1000000), size_t maxWaiting = 65536)
        : m_windowUs(windowUs), m_maxWaiting(maxWaiting)
    {}

    static quint64 keyOf(QByteArrayView remote, quint32 xid, bool tcp, QByteArrayView qname);

    // A query; returns its sequence number (see find()).
    qint64 addQuery(quint64 key, Lookup lookup);
    // The sequence number of the waiting query with this key whose client and name match, now
    // marked answered (the caller fills its rcode and answers through find()), or -1.
    qint64 answer(quint64 key, QByteArrayView client, QByteArrayView qname);
    // A response whose query is not waiting: a lookup by itself, answered; its sequence number.
    qint64 addAnswered(Lookup lookup);
    // The lookup with this sequence number while it still waits, else nullptr.
    Lookup *find(qint64 seq);
    qint64 lastSeq() const { return m_nextSeq - 1; }

    // Hands hand(const Lookup &) -> bool the lookups at the front that are answered, or that
    // waited longer than the window at nowUs (all: every one); false when hand says stop.
    template<typename Hand>
    bool drain(qint64 nowUs, bool all, Hand hand)
    {
        while (!m_waiting.empty()) {
            Entry &front = m_waiting.front();
            if (!front.lookup.answered) {
                if (!all && nowUs - front.lookup.tsUs <= m_windowUs && m_waiting.size() <= m_maxWaiting)
                    break;
                ++m_unanswered;
                unindex(front);
            }
            const bool go = hand(front.lookup);
            m_waiting.pop_front();
            if (!go)
                return false;
        }
        return true;
    }
    // Queries that left without a response.
    qint64 unanswered() const { return m_unanswered; }

    // Hands a lookup that left to builder (its answers through scratch, reused); false to stop.
    static bool handTo(LookupBuilder &builder, const Lookup &lookup, std::vector<RawAnswer> &scratch);

private:
    struct Entry {
        qint64 seq = 0;
        quint64 key = 0;
        Lookup lookup;
    };
    void unindex(const Entry &entry);

    qint64 m_windowUs;
    size_t m_maxWaiting;
    std::deque<Entry> m_waiting;
    std::unordered_map<quint64, qint64> m_bySeq; // key -> seq of the newest waiting query
    qint64 m_nextSeq = 0;
    qint64 m_unanswered = 0;
};
