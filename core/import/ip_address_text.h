// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// IpAddressText: the presentation text of IP addresses in binary form, as importers of binary
// formats (pcap, dnstap, DNS answers) store them: dotted quads, RFC 5952 IPv6 text
// (lower-case hex, no leading zeros, the first longest run of two or more zero groups as
// "::", IPv4-mapped addresses with a dotted tail).
// Stateless functions; thread-safe. Cost: O(1), appends to out without other allocation.
namespace IpAddressText {
void appendIpv4(QByteArray &out, const quint8 *address);
void appendIpv6(QByteArray &out, const quint8 *address);
// family 4 (address: 4 bytes) or 6 (16 bytes).
inline void append(QByteArray &out, quint8 family, const quint8 *address)
{
    family == 4 ? appendIpv4(out, address) : appendIpv6(out, address);
}
} // namespace IpAddressText
