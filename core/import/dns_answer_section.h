// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pending_lookups.h"

#include <QByteArrayView>

#include <vector>

// DnsAnswerSection: the answer records of a DNS wire-format response (RFC 1035 section 4) as
// presentation text, for formats that carry the response message itself (the DNS Server
// analytic events' PacketData). Each record gives its type mnemonic (DnsNames::qtypeName: "A",
// "HTTPS", "TYPE65280"), its TTL in seconds and its data: A and AAAA as addresses; CNAME, NS,
// PTR, DNAME as the name (lower-case, no trailing dot); MX "10 mx.example.com"; SRV "0 5 443
// target"; SOA "mname rname serial refresh retry expire minimum"; TXT its strings, quoted;
// any other type in RFC 3597's form "\# LENGTH HEX".
//
// Thread-safety: reentrant. Cost: one pass over the message; names through
// DnsMessage::decodeName (compression pointers followed, loops refused).
namespace DnsAnswerSection {
// Appends the answers of wire to out. False when the message ends or breaks before or inside
// its answers (out keeps the records decoded until then).
bool decode(QByteArrayView wire, std::vector<PendingLookups::Answer> &out);
} // namespace DnsAnswerSection
