// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QList>

// A RecordSink for importer tests: keeps a copy of every lookup and observation it is given, in order.
class RecordingSink : public RecordSink {
public:
    struct Lookup {
        qint64 tsUs;
        QByteArray client, qname, qtype, rcode, server;
        quint8 flags = 0;
        QByteArrayList answers; // "TYPE rdata ttl" per answer, in order
    };
    void add(const RawLookup &l) override
    {
        QByteArrayList answers;
        for (const RawAnswer &a : l.answers)
            answers.append(a.type.toByteArray() + ' ' + a.rdata.toByteArray() + ' ' + QByteArray::number(a.ttl));
        lookups.append({l.tsUs, l.client.toByteArray(), l.qname.toByteArray(), l.qtype.toByteArray(),
                        l.rcode.toByteArray(), l.server.toByteArray(), l.flags, answers});
    }
    struct Sighting {
        QByteArray rrname, rrtype, rdata, bailiwick;
        qint64 firstUs, lastUs, count;
        bool zoneTimes;
    };
    void addObservation(const RawObservation &o) override
    {
        observations.append({o.rrname.toByteArray(), o.rrtype.toByteArray(), o.rdata.toByteArray(),
                             o.bailiwick.toByteArray(), o.timeFirstUs, o.timeLastUs, o.count, o.zoneTimes});
    }
    QList<Lookup> lookups;
    QList<Sighting> observations;
};
