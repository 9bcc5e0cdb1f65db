// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

// dnsmasq query logs (`log-queries`), through syslog or `log-facility`, and Pi-hole's
// pihole.log, which is the same format:
//   Jan  5 13:45:01 dnsmasq[1234]: query[A] example.com from 192.168.1.10
//   Jan  5 13:45:01 dnsmasq[1234]: forwarded example.com to 8.8.8.8
//   Jan  5 13:45:01 dnsmasq[1234]: reply example.com is 93.184.216.34
// A line starts with a syslog stamp (its year as SyslogClock decides: ImportOptions::year,
// else from the file's modification time, rolling over at New Year) or an ISO 8601 time
// (rsyslog's high-precision format), then an optional host name and the tag `dnsmasq[PID]:`
// (or `pihole-FTL[PID]:`); `log-queries=extra`'s "SERIAL ADDRESS/PORT" prefix gives the serial.
// Times without an offset are local time in ImportOptions::zone.
// Each `query[TYPE] NAME from CLIENT` (or `auth[TYPE]`, an authoritative zone's) line is one
// lookup. The lines that follow it are not lookups but give it its outcome (DnsmasqMessage
// lists their forms): with log-queries=extra by the serial that ties a query's lines
// together, else by name, to the oldest pending query that has none:
//   forwarded NAME to SERVER[#PORT]     -> server (the first one, without the port)
//   reply|cached|cached-stale|config|DHCP|auth NAME is X, /path/of/hosts NAME is X ->
//       rcode NXDOMAIN, SERVFAIL, REFUSED, FORMERR or NOTIMP when X says so (a number: its
//       mnemonic), else NOERROR (an address, <CNAME>, NODATA, NODATA-IPv4/6 ...); answer
//       lines that continue the previous one for the same name (more addresses) are read past.
//       A line naming an address answers the reverse lookup of it (dnsmasq writes "config
//       192.168.1.99 is NXDOMAIN" for 99.1.168.192.in-addr.arpa), or the lookup of the value
//       ("config 198.51.100.80 is www.example"); "reply error is REFUSED" answers the oldest
//       forwarded query, else (and a local "… error is …") the newest.
//   gravity blocked -> BLOCKED-GRAVITY, regex blacklisted|denied -> BLOCKED-REGEX, exactly
//   blacklisted|denied and blacklisted -> BLOCKED-EXACT, special domain and the Designated
//   Resolver, Mozilla canary and Apple iCloud Private Relay domains -> BLOCKED-SPECIAL (Pi-hole)
// A query keeps an empty rcode when no outcome arrives within 5,000 lines (or 512 queries
// are waiting). Lookups reach the sink in file order.
// Lines of other programs, and dnsmasq lines that are neither queries nor outcomes (DHCP leases,
// dnssec-query, validation, ipset, start-up), are skipped silently. A line is rejected (counted,
// the first 20 reported by line) when it has no time at the start, its time is not a valid
// date, a query line lacks `[TYPE]`, the name or `from CLIENT`, a forwarded line lacks `to`,
// an outcome line lacks `is`, or it is longer than 1 MiB; --strict fails on the first.
// Stateless and thread-safe like every Importer; streams, memory bounded by the 512 waiting
// queries.
class DnsmasqLogImporter : public Importer {
public:
    // parseThreads: the threads that take lines apart (OrderedChunkParse::threadsFor): 0 = as
    // many as help, 1 = the importing thread alone. What is imported is the same either way.
    explicit DnsmasqLogImporter(int parseThreads = 0) : m_parseThreads(parseThreads) {}
    QString formatId() const override { return QStringLiteral("dnsmasq"); }
    QString description() const override;
    bool sniff(QByteArrayView head) const override;
    ImportReport read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                      const ProgressFn &progress) const override;

private:
    int m_parseThreads;
};
