// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <vector>

// AddressTextCache: the text of binary IP addresses (IpAddressText), formatted once per
// address seen recently: a direct-mapped cache, since the addresses of a log repeat heavily.
//
// Ownership: owns the texts; a returned view is valid until the next call.
// Thread-safety: none; one cache per import (per field: the client's and the server's
// addresses each get their own, so that neither evicts the other within one lookup).
// Cost: a hash of 16 bytes per call; a format only on a miss; no allocation once warm.
class AddressTextCache {
public:
    // family 4 (the address in the first 4 bytes) or 6.
    QByteArrayView text(quint8 family, const std::array<quint8, 16> &address);

private:
    static constexpr size_t kWays = 256;
    struct Entry {
        quint8 family = 0;
        std::array<quint8, 16> address{};
        QByteArray text;
    };
    std::vector<Entry> m_entries = std::vector<Entry>(kWays);
};
