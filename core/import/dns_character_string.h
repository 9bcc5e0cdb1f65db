// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// DnsCharacterString: a DNS <character-string> (TXT, SPF, HINFO data) in zone-file
// presentation (RFC 1035 section 5.1), for importers whose logs give the text bare: in double
// quotes, with `"` and `\` escaped by a backslash and bytes outside printable ASCII as \DDD.
// Stateless; thread-safe. Cost: linear in the text; appends to out.
namespace DnsCharacterString {
void append(QByteArray &out, QByteArrayView text);
} // namespace DnsCharacterString
