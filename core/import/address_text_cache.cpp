// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_text_cache.h"

#include "ip_address_text.h"

#include <cstring>

QByteArrayView AddressTextCache::text(quint8 family, const std::array<quint8, 16> &address)
{
    quint64 low, high;
    std::memcpy(&low, address.data(), 8);
    std::memcpy(&high, address.data() + 8, 8);
    const quint64 mixed = (low ^ (high * 0x9e3779b97f4a7c15ULL)) * 0xbf58476d1ce4e5b9ULL;
    Entry &entry = m_entries[size_t(mixed >> 56) % kWays];
    if (entry.family != family || entry.address != address || entry.text.isEmpty()) {
        entry.family = family;
        entry.address = address;
        entry.text.resize(0);
        IpAddressText::append(entry.text, family, address.data());
    }
    return entry.text;
}
