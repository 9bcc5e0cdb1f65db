// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Google Cloud DNS query logs as Cloud Logging exports them: LogEntry objects as JSON lines
// (log sinks to Cloud Storage) or a JSON array (`gcloud logging read --format=json`, the
// console's download), also gzip-compressed. Mapping: time = `timestamp` (else
// `receiveTimestamp`), client = `jsonPayload.sourceIP`, server = `jsonPayload.destinationIP`
// (the forwarding target; empty when Cloud DNS answered itself), qname = `queryName`, qtype
// = `queryType`, rcode = `responseCode`, answers and TTLs from `rdata` (the answer records in
// zone-file presentation, one per line: name, TTL, class, type, data; the log cuts it at 260
// bytes, and a record cut short there is left out). Log entries that are not DNS queries
// (no `jsonPayload.queryName`: audit logs and the like in the same export) are skipped and
// counted in ImportReport::skipped. A record is rejected (counted, the first 20 reported with
// the line it starts on) when it is not one JSON object, has no parsable time, has a member of
// the wrong type (`jsonPayload` not an object, `queryName` not a string, …), is cut short,
// or is longer than 1 MiB.
// Stateless and thread-safe like every Importer; streams one record at a time.
class CloudDnsImporter : public Importer {
public:
    // parseThreads: the threads that parse records (OrderedChunkParse::threadsFor): 0 = as many
    // as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit CloudDnsImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("gcp-dns"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
