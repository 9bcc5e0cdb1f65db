// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ip_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    const qsizetype zone = text.indexOf(QLatin1Char('%'));
    if (zone >= 0)
        text = text.first(zone);
    // The longest IPv6 text (with an IPv4 tail) is 45 characters.
    if (text.isEmpty() || text.size() > 45)
        return std::nullopt;
    char ascii[46];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f || c == 0) // inet_pton would stop at a NUL and accept the text before it
            return std::nullopt;
        ascii[i] = char(c);
    }
    ascii[text.size()] = '\0';
    IpAddress out;
    if (inet_pton(AF_INET, ascii, out.bytes.data()) == 1)
        return out;
    if (inet_pton(AF_INET6, ascii, out.bytes.data()) != 1)
        return std::nullopt;
    static constexpr std::array<quint8, 12> kMapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(kMapped.begin(), kMapped.end(), out.bytes.begin())) {
        std::memmove(out.bytes.data(), out.bytes.data() + 12, 4);
        std::fill(out.bytes.begin() + 4, out.bytes.end(), quint8(0));
        return out;
    }
    out.family = 6;
    return out;
}

IpAddress IpAddress::masked(int prefix) const
{
    IpAddress out = *this;
    const int bytes = bitCount() / 8;
    for (int i = 0; i < bytes; ++i) {
        const int keep = std::clamp(prefix - i * 8, 0, 8);
        out.bytes[size_t(i)] &= quint8(0xff00 >> keep);
    }
    return out;
}

QString IpAddress::toString() const
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(family == 4 ? AF_INET : AF_INET6, bytes.data(), text, sizeof text);
    return QString::fromLatin1(text);
}
