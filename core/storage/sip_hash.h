// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// SipHash-2-4 with the all-zero key over bytes: the function ClickHouse calls sipHash64(), so
// a name's hash computed here equals the server's (`qname_h = sipHash64('example.com')`).
// The ClickHouse store keeps names as these 64-bit hashes (see ClickHouseStore); the empty
// name is 0 there by convention, not by this function. Pure; thread-safe. Cost: ~1 ns/byte
// plus ~15 ns per call.
quint64 sipHash64(QByteArrayView bytes);
