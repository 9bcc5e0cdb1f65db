// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ip_address.h"

#include <QString>

// AddressPattern: what one address book row matches, parsed from the text a user writes:
//   Network  "217.12.96.0/24", "2001:db8::/32", or a bare address ("192.0.2.7" = /32,
//            "2001:db8::1" = /128); host bits after the prefix must be zero.
//   Name     "mail.example.com": one name, case-insensitive, a trailing dot ignored.
//   Glob     "*.trump-email.com": NameGlob's language (`*`, `?`, `[…]`), whole-value,
//            case-insensitive; it matches names and other text (a client "WS-7/…").
// text() is the canonical spelling (addresses as inet_ntop writes them, names lower-case
// without the trailing dot), under which a book keeps one row per pattern.
// A value type; thread-safe. Cost: parse() is O(length).
class AddressPattern {
public:
    enum class Kind { Network, Name, Glob };

    // Throws Failure (BadInput) saying what is wrong: empty, a bad address or prefix length,
    // host bits set ("192.0.2.7/24 has bits set after the prefix: 192.0.2.0/24?"), spaces.
    static AddressPattern parse(const QString &text);

    Kind kind() const { return m_kind; }
    const QString &text() const { return m_text; }
    // Network: the network address (host bits zero) and its prefix length.
    const IpAddress &network() const { return m_network; }
    int prefix() const { return m_prefix; }
    // Glob: how many characters are not wildcards, the measure of "more specific" among globs.
    int literalCount() const { return m_literals; }

private:
    Kind m_kind = Kind::Name;
    QString m_text;
    IpAddress m_network;
    int m_prefix = 0;
    int m_literals = 0;
};
