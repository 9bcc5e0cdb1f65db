// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_character_string.h"

void DnsCharacterString::append(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    for (char c : text) {
        const quint8 u = quint8(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20 || u >= 0x7f) {
            const char escaped[4] = {'\\', char('0' + u / 100), char('0' + u / 10 % 10), char('0' + u % 10)};
            out.append(escaped, 4);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}
