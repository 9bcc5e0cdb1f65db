// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// BIND 9 query logs (the `queries` category, `querylog yes;`), one lookup per query line:
//   02-Jan-2023 03:04:05.678 client 127.0.0.1#59680 (cnn.com): query: cnn.com IN A + (127.0.0.1)
//   02-Jan-2023 03:04:05.678 queries: info: client @0x7f0e94001b58 192.168.0.51#53695
//       (google.com): view internal: query: google.com IN AAAA +E(0)K (192.168.0.51) [ECS 1.2.3.0/24/0]
// The line starts with a time: `dd-Mon-yyyy HH:MM:SS[.mmm]` (local time, read in
// ImportOptions::zone), ISO 8601 (`print-time iso8601-utc` with Z, `iso8601` with or without an
// offset) or a syslog stamp (`Jan  2 03:04:05 host named[1]: ...`, year as SyslogClock decides).
// client: the address before the last '#' (IPv4 or IPv6); qname, qtype: after "query: ";
// server: the address in the parentheses after the flags (absent in logs of BIND before 9.9);
// the class, the flags (+ - E(n) S T D C V K) and an ECS tail are read past and not stored;
// rcode stays empty (a query log has no answers). Names are kept in BIND's presentation
// form (\DDD escapes included), lower-cased, without the trailing dot.
// Lines of other categories (with a time but without "client ... query: ") are skipped
// silently. A line is rejected (counted, the first 20 reported by line) when it has no time
// prefix, its time does not parse, its query part lacks the name, class or type, its client
// lacks the #port, or it is longer than 1 MiB; --strict fails on the first.
// Stateless and thread-safe like every Importer; streams, no allocation per line.
class BindQueryLogImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("bind"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
