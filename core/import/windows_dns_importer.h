// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// The Windows DNS Server debug log (dns.log, "Log packets for debugging"): a header ("DNS
// Server log file creation at ...", "Message logging key ..."), then one line per packet
// (WindowsDnsPacket) and, with the Details option, the packet's sections under it
// (WindowsDnsDetails). Text in UTF-8, the ANSI code page (Windows-1252; per line, see
// LegacyText) or UTF-16 LE with its byte order mark (Utf16Reader).
//
// Dates and times are the server's local time in its regional format (WindowsDateFormat):
// the format is ImportOptions::locale when given, else detected from the first dated lines
// (up to 10,000 lines or 4 MiB are held back until a stamp tells day and month apart, then
// read); times are read in ImportOptions::zone. The report's notes say which pattern and zone
// were used and whether each was guessed.
//
// Which packets are lookups: a query the server received from a client (`Rcv`, no `R`, opcode
// Q) is one lookup: client = the remote address, qname, qtype, server empty (the log does not
// name its own server). The server's response to it (`Snd R`, same remote, xid, transport and
// name, within 30 s of log time) gives its rcode and, with Details, its answers (type, rdata,
// TTL). A query with no response keeps an empty rcode; a response whose query is not in the
// log (rotated away, or a log of sent packets only) is a lookup by itself, at the response's
// time. The server's own recursion (`Snd` without `R`: its queries to forwarders and other
// servers; `Rcv R`: their responses) and packets of other opcodes (notify, update) are not
// lookups: they are skipped and counted in ImportReport::skipped, never counted as lookups.
// Lookups reach the sink in the order of their queries.
//
// Lines that are not dated (header, details, blank) and dated lines that are not PACKET lines
// (EVENT, Note ...) are read past. A line is rejected (counted, the first 20 reported by line
// number) when it starts like a date that does not read in the pattern (30 February, a month
// 13 under a detected or given order, an unknown AM/PM designator), when a PACKET line lacks a
// field (transport, direction, address, hexadecimal xid, opcode, [flags rcode], type, name),
// when its name's label lengths do not match, or when it is longer than 1 MiB.
//
// Stateless and thread-safe like every Importer; streams; memory bounded by the held lines of
// detection and 65,536 queries waiting for their response.
class WindowsDnsImporter : public Importer {
public:
    QString formatId() const override { return QStringLiteral("windows-dns"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;
};
