// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/import_types.h"

#include <QByteArray>
#include <QList>

// A RecordSink for importer tests: keeps a copy of every lookup it is given, in order.
class RecordingSink : public RecordSink {
public:
    struct Lookup {
        qint64 tsUs;
        QByteArray client, qname, qtype, rcode, server;
    };
    void add(const RawLookup &l) override
    {
        lookups.append({l.tsUs, l.client.toByteArray(), l.qname.toByteArray(), l.qtype.toByteArray(),
                        l.rcode.toByteArray(), l.server.toByteArray()});
    }
    QList<Lookup> lookups;
};
