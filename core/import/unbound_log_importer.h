// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// Unbound's log with `log-queries: yes` and/or `log-replies: yes`, in its own log file or
// through syslog:
//   [1796624360] unbound[19120:0] info: 127.0.0.1 www.example.com. A IN
//   [1796624360] unbound[19120:0] info: 127.0.0.1 www.example.com. A IN NOERROR 0.000000 1 51
//   Dec 07 06:19:44 unbound[19526:0] info: …            (log-time-ascii: local time, no year)
//   Jan  5 13:45:01 host unbound: [19526:0] info: …     (syslog)
// Times: `[epoch seconds]` (UTC), ISO 8601, or a syslog-style stamp read in ImportOptions::zone
// whose year comes from ImportOptions::year or the file's modification time (SyslogClock,
// rolling over at New Year; a note in the report says which). A query line (client, qname,
// qtype, class) is one lookup: time and client from it, rcode from the first reply line
// (client, qname, qtype, class, rcode, seconds, cached, size) with the same client, qname,
// type and class that follows; a reply line without its query (log-replies only) is a lookup
// of its own. A query keeps an empty rcode when no reply comes within 5,000 lines (or 512
// queries are waiting). server: none (the log is the resolver's own); the log has no answers.
// Lines of other programs and Unbound's other messages (start-up, statistics, …) are skipped
// silently. A line is rejected (counted, the first 20 reported by line) when it is Unbound's
// but has no time at the start or an invalid one, or when its message starts like a query or
// reply (an address, then a name ending in '.') but has neither 4 nor 8 fields, or when it is
// longer than 1 MiB; --strict fails on the first.
// Stateless and thread-safe like every Importer; streams, memory bounded by the waiting queries.
class UnboundLogImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("unbound"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
