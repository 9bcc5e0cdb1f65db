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
    };
    void add(const RawLookup &l) override
    {
        lookups.append({l.tsUs, l.client.toByteArray(), l.qname.toByteArray(), l.qtype.toByteArray(),
                        l.rcode.toByteArray(), l.server.toByteArray(), l.flags});
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
