// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// CoreDNS `log` plugin lines in the default ({common}) layout, and {combined}, which adds to it:
//   [INFO] 10.0.0.1:53786 - 1234 "A IN example.com. udp 29 false 512" NOERROR qr,rd,ra 45 0.0001s
// (remote:port - id "type class name proto size do bufsize" rcode flags rsize duration), with
// an IPv6 remote in brackets. CoreDNS writes no time itself: a line takes its time from the
// prefix its collector wrote, an ISO 8601 token (`kubectl logs --timestamps`, `docker logs -t`),
// a Go log date and time, or a syslog stamp (journald, syslog; the year from ImportOptions::year
// or the file's modification time, a note in the report says which; read in
// ImportOptions::zone like every time without an offset). A query line without any time is
// rejected with a message that says how to get one: the date is never guessed.
// Mapping: client = remote (without the port), qname, qtype from the quoted question, rcode
// as logged; server: none (the log is the server's own); the log has no answers.
// Other lines (CoreDNS's start-up, plugin/reload, errors) are skipped silently. A line is
// rejected (counted, the first 20 reported by line) when it starts like a query line (a level
// tag, then an address with its port and " - ") but does not parse (no closing quote, fewer
// than 3 fields in the question, no rcode), has no time or an invalid one, or is longer than
// 1 MiB; --strict fails on the first.
// Stateless and thread-safe like every Importer; streams one line at a time.
class CorednsLogImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("coredns"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
