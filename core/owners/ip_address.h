// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// IpAddress: an IPv4 or IPv6 address in binary form, parsed from the text lookups store
// ("192.0.2.1", "2001:db8::1", "fe80::1%eth0" without its zone). An IPv4-mapped IPv6 address
// (::ffff:192.0.2.1) is the IPv4 address, so that IPv4 networks and databases find it.
// bytes holds 4 (IPv4) or 16 (IPv6) bytes, network order. A value type; thread-safe.
// Cost: parse() is one inet_pton call, no allocation for addresses shorter than 64 characters.
struct IpAddress {
    int family = 4; // 4 or 6
    std::array<quint8, 16> bytes = {};

    int bitCount() const { return family == 4 ? 32 : 128; }
    // Text that is not an address (a host name, "WS-7/C:\…", "") gives none.
    static std::optional<IpAddress> parse(QStringView text);
    // The address with every bit after the first `prefix` cleared.
    IpAddress masked(int prefix) const;
    // Presentation text: dotted quad, or RFC 5952 IPv6 (inet_ntop).
    QString toString() const;
    bool operator==(const IpAddress &) const = default;
};
