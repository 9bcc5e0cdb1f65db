// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Suricata's EVE JSON log (`eve.json`, one event per line): its `"event_type":"dns"` records,
// in EVE DNS versions 1, 2 and 3 (see SuricataDnsEvent), paired into lookups by
// SuricataTransactions. Mapping: time = the query record's `timestamp` (ISO 8601 with its
// offset), client = its `src_ip`, server = its `dest_ip`, qname/qtype = `rrname`/`rrtype`,
// rcode = the answer record's `rcode`, answers = `answers` (type, rdata, TTL) or `grouped`
// (no TTL) or, in version 1, the RR of each answer record. Port 5353 on either side marks mDNS.
// Events of other types (alert, flow, http, stats, …) are skipped and counted in
// ImportReport::skipped. A record is rejected (counted, the first 20 reported by line) when
// it is not one JSON object, lacks `event_type`, is a dns event without a `dns` object,
// `dns.type` or a parsable `timestamp`, has a member of the wrong type (`dns` not an object,
// `rrname` not a string, …), is cut short, or is longer than 1 MiB.
// Stateless and thread-safe like every Importer; streams, memory bounded by the transactions
// waiting for their answer.
class SuricataEveImporter : public Importer {
public:
    // parseThreads: the threads that parse records (OrderedChunkParse::threadsFor): 0 = as many
    // as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit SuricataEveImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("suricata"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
