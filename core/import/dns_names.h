// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// DnsNames: normalisation of the DNS vocabulary found in lookup logs (query names, RR type
// and RCODE mnemonics), so that every importer stores the same spelling.
//
// Ownership: stateless functions; the views returned by qtypeName()/rcodeName() point to
//   static storage that lives until the program ends (generic "TYPE<n>"/"RCODE<n>" names are
//   created once per code on first use and kept).
// Thread-safety: all functions are reentrant and thread-safe (the generic-name store is locked).
// Cost: O(length of the input); the normalize* functions only allocate when out lacks capacity
//   (they resize out, which keeps its capacity, so reuse one buffer per column).
namespace DnsNames {

// ASCII-lower-cases in (other bytes unchanged), trims surrounding ASCII whitespace and strips
// ONE trailing dot; the root "." stays ".". "Mail.Example.COM." -> "mail.example.com";
// "a.." -> "a."; empty/blank -> empty.
void normalizeQname(QByteArrayView in, QByteArray &out);

// IANA mnemonic of a DNS RR type (A=1 ... DLV=32769; 255 is "ANY"), "TYPE<n>" (RFC 3597) for
// other codes in 0..65535, and an empty view for codes outside that range.
QByteArrayView qtypeName(int code);

// Mnemonic of a DNS RCODE (NOERROR=0 ... BADCOOKIE=23; 16 is "BADVERS", of which "BADSIG" is
// the TSIG alias), "RCODE<n>" for other codes in 0..4095, and an empty view outside that range.
QByteArrayView rcodeName(int code);

// Canonical RR type mnemonic: trimmed and upper-cased ("aaaa" -> "AAAA"); a number is
// replaced by its mnemonic ("28" -> "AAAA", "65280" -> "TYPE65280"); "TYPE<n>" is replaced by
// the mnemonic of n when known ("TYPE28" -> "AAAA", "type1" -> "A"); "1 (A)" and "A (1)" -> "A"
// (the non-numeric part wins). Numbers above 65535 are kept, upper-cased. Empty -> empty.
void normalizeQtype(QByteArrayView in, QByteArray &out);

// Canonical RCODE mnemonic, the same rules: "NXDomain" -> "NXDOMAIN", "3" -> "NXDOMAIN",
// "RCODE2" -> "SERVFAIL", "0 (NOERROR)" -> "NOERROR", "99" -> "RCODE99"; numbers above 4095
// are kept as they are.
void normalizeRcode(QByteArrayView in, QByteArray &out);

// The reverse-lookup name of an address written as text: "192.0.2.1" -> "1.2.0.192.in-addr.arpa",
// "2001:db8::1" -> "1.0.0.0.….8.b.d.0.1.0.0.2.ip6.arpa" (32 nibbles). False (out untouched)
// when text is not an IPv4 or IPv6 address.
bool reverseName(QByteArrayView text, QByteArray &out);

} // namespace DnsNames
