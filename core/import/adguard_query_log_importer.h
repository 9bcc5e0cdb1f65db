// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// AdGuard Home's query log (`querylog.json`, `querylog.json.1`: JSON lines). Mapping: time =
// `T` (RFC 3339 with nanoseconds and offset), client = `IP`, qname = `QH`, qtype = `QT`,
// server = `Upstream` (as written: `8.8.8.8:53`, `https://dns10.quad9.net:443/dns-query`;
// empty for cached or blocked answers), rcode and answers with TTLs from `Answer` (the
// response AdGuard Home sent, a base64 DNS wire message, decoded by DnsMessage and
// DnsAnswerSection); an entry without `Answer` has an empty rcode. A query AdGuard Home blocked
// (`Result.IsFiltered` with `Reason` 3 block list, 4 safe browsing, 5 parental control, 6
// invalid, 8 blocked service) gets the rcode BLOCKED-BLOCKLIST, BLOCKED-SAFEBROWSING,
// BLOCKED-PARENTAL, BLOCKED-INVALID or BLOCKED-SERVICE instead, as Pi-hole's blocked queries
// do; rewrites and safe search keep the rcode of the answer sent. A record is rejected
// (counted, the first 20 reported by line) when it is not one JSON object, lacks a parsable
// `T`, has a member of the wrong type, has an `Answer` that is not base64 or not a DNS
// message, is cut short, or is longer than 1 MiB.
// Stateless and thread-safe like every Importer; streams one line at a time.
class AdguardQueryLogImporter : public Importer {
public:
    // parseThreads: the threads that parse records (OrderedChunkParse::threadsFor): 0 = as many
    // as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit AdguardQueryLogImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("adguard"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
