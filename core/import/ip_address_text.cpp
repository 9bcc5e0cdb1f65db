// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ip_address_text.h"

#include <cstring>

void IpAddressText::appendIpv4(QByteArray &out, const quint8 *a)
{
    char text[16];
    char *p = text;
    for (int i = 0; i < 4; ++i) {
        if (i)
            *p++ = '.';
        const int v = a[i];
        if (v >= 100)
            *p++ = char('0' + v / 100);
        if (v >= 10)
            *p++ = char('0' + v / 10 % 10);
        *p++ = char('0' + v % 10);
    }
    out.append(text, p - text);
}

void IpAddressText::appendIpv6(QByteArray &out, const quint8 *a)
{
    static const quint8 mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(a, mappedPrefix, 12) == 0) {
        out.append("::ffff:");
        appendIpv4(out, a + 12);
        return;
    }
    int bestStart = -1, bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && a[2 * j] == 0 && a[2 * j + 1] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out.append("::");
            i += bestLength - 1;
            continue;
        }
        if (i && i != bestStart + bestLength)
            out.append(':');
        const int group = (a[2 * i] << 8) | a[2 * i + 1];
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const int digit = (group >> shift) & 0xf;
            if (digit || started || shift == 0) {
                out.append(kHex[digit]);
                started = true;
            }
        }
    }
}
