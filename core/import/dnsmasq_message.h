// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// DnsmasqMessage: one dnsmasq (or Pi-hole) log message, the text after "dnsmasq[PID]: ",
// taken apart as dnsmasq 2.90's log_query() writes it:
//   [TCP |UDP ][SERIAL ADDRESS/PORT ]SOURCE NAME VERB VALUE[ (EDE: TEXT)]
// where log-queries=extra adds the serial that ties a query's lines together. The kinds a
// lookup needs:
//   query[TYPE] NAME from CLIENT, auth[TYPE] NAME from CLIENT     Query (auth: an authoritative zone)
//   forwarded NAME to SERVER[#PORT]                               Forwarded
//   reply|cached|cached-stale|config|DHCP|auth NAME is VALUE,
//   /path/of/a/hosts/file NAME is VALUE                           Outcome
//   gravity blocked, regex blacklisted|denied, exactly blacklisted|denied, blacklisted,
//   special domain, Designated Resolver domain, Mozilla canary domain, Apple iCloud Private
//   Relay domain (Pi-hole's blocks: a fixed rcode), Pi-hole hostname    Outcome
// Anything else dnsmasq logs (dnssec-query, validation, ipset add, DHCP lease lines, start-up)
// is Other. For a reverse lookup dnsmasq writes the address where the name goes ("config
// 192.168.1.99 is NXDOMAIN" answers 99.1.168.192.in-addr.arpa), and an answer from local
// configuration may be written that way round for a forward lookup too ("config 198.51.100.80
// is www.example"); a reply without a usable name says "error" ("reply error is REFUSED").
//
// Ownership: a value whose views point into the parsed text (valid while it is).
// Thread-safety: parse() is reentrant. Cost: a few scans of the message.
struct DnsmasqMessage {
    enum class Kind { Other, Query, Forwarded, Outcome, Malformed };
    Kind kind = Kind::Other;
    qint64 serial = -1;              // log-queries=extra's serial; -1 without
    QByteArrayView qtype;            // Query: TYPE as written ("A", "type=65")
    QByteArrayView name;             // the NAME field as written (an Outcome's may be an address or "error")
    QByteArrayView client;           // Query
    QByteArrayView server;           // Forwarded, without "#PORT"
    QByteArrayView value;            // Outcome: VALUE, without " (EDE: …)"
    QByteArrayView rcode;            // Outcome: what VALUE means: NOERROR, NXDOMAIN, SERVFAIL, … or a block
    bool fromUpstream = false;       // Outcome: a "reply" line (the upstream server answered)
    const char *malformed = nullptr; // Malformed: what is missing

    static DnsmasqMessage parse(QByteArrayView message);
    // The rcode of an outcome's VALUE: the rcode words dnsmasq writes (NXDOMAIN, SERVFAIL,
    // REFUSED, FORMERR, "not implemented", a number for the others) as mnemonics, NOERROR for
    // anything else (addresses, <CNAME>, <MX>, NODATA, NODATA-IPv4/6, text).
    static QByteArrayView rcodeOf(QByteArrayView value);
};
