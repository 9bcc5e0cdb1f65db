// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Pi-hole's long-term query database (pihole-FTL.db, SQLite). Reads the current schema
// (query_storage with domain_by_id, client_by_id, forward_by_id) or the older plain `queries`
// table (id, timestamp, type, status, domain, client, forward[, additional_info, reply_type]).
// One row is one lookup: timestamp (epoch seconds, integer or real) -> time; domain -> qname;
// client (client_by_id.ip) -> client; forward without its #port -> server;
// type -> qtype: 1 A, 2 AAAA, 3 ANY, 4 SRV, 5 SOA, 6 PTR, 7 TXT, 8 NAPTR, 9 MX, 10 DS,
//   11 RRSIG, 12 DNSKEY, 13 NS, 15 SVCB, 16 HTTPS; 14 OTHER -> the type number FTL keeps in
//   additional_info when it holds one (e.g. 65 -> HTTPS, 99 -> SPF), else "OTHER"; other codes
//   -> empty;
// status and reply_type -> rcode. Blocked statuses always give their name: 1 BLOCKED-GRAVITY,
//   4 BLOCKED-REGEX, 5 BLOCKED-EXACT, 6 BLOCKED-UPSTREAM-IP, 7 BLOCKED-UPSTREAM-NULL,
//   8 BLOCKED-UPSTREAM-NXRA, 9 BLOCKED-GRAVITY-CNAME, 10 BLOCKED-REGEX-CNAME,
//   11 BLOCKED-EXACT-CNAME, 15 BLOCKED-DBBUSY, 16 BLOCKED-SPECIAL. For the others a reply_type
//   that is a real answer gives the rcode (1 NODATA, 3 CNAME, 4 IP, 5 DOMAIN, 6 RRNAME,
//   11 DNSSEC, 13 BLOB -> NOERROR; 2 NXDOMAIN, 7 SERVFAIL, 8 REFUSED, 9 NOTIMP as named); without
//   one (no column, 0 unknown, 10 OTHER, 12 NONE) the status name: 0 UNKNOWN, 2 FORWARDED,
//   3 CACHED, 12 RETRIED, 13 RETRIED-DNSSEC, 14 ALREADY-FORWARDED, 17 CACHED-STALE, other
//   codes STATUS<n>.
// SQLite needs a file: read() copies the stream (hashed on the way by runImport) to a
// temporary file, marks that copy as not in WAL mode (a -wal file next to the original is
// not read: let FTL checkpoint first) and opens it read-only and immutable. Issues carry the
// row id as their line number. A row is rejected (counted, the first 20 reported) when its
// timestamp is missing or not a number, or its domain is empty; --strict fails on the first.
// The import fails for a file that is not SQLite, a damaged database, one with neither
// table, and for a DNS Timeline store ("open it instead of importing it"): sniff() accepts
// every SQLite file so that this message, not "unknown format", reaches the user.
// Stateless and thread-safe like every Importer. Cost: one copy of the file on disk; rows
// stream from SQLite (memory bounded); progress by bytes while copying, cancel throughout.
class PiholeFtlImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("pihole-ftl"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
