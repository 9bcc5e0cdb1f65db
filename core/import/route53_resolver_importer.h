// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// AWS Route 53 Resolver query logs: one JSON object per query, as JSON lines (CloudWatch Logs,
// Firehose) or JSON arrays (S3 delivery), also gzip-compressed. Mapping: time =
// `query_timestamp` (ISO 8601), client = `srcaddr`, qname = `query_name`, qtype =
// `query_type`, rcode = `rcode`, answers = `answers[]` (`Type`, `Rdata`; the log has no
// TTLs); server: none (the Resolver of the VPC answers; `vpc_id`, `srcids`, `transport` and
// the DNS Firewall fields are not stored). A record is rejected (counted, the first 20
// reported with the line it starts on) when it is not one JSON object, lacks a parsable
// `query_timestamp`, has a member of the wrong type (`query_name` not a string, `answers`
// not an array of objects, …), is cut short, or is longer than 1 MiB.
// Stateless and thread-safe like every Importer; streams one record at a time.
class Route53ResolverImporter : public Importer {
public:
    // parseThreads: the threads that parse records (OrderedChunkParse::threadsFor): 0 = as many
    // as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit Route53ResolverImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("route53"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
