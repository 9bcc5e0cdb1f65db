// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sip_hash.h"

#include <cstring>

namespace {
inline quint64 rotl(quint64 x, int b)
{
    return (x << b) | (x >> (64 - b));
}

struct State {
    // The key is zero, so v0..v3 are the algorithm's constants themselves.
    quint64 v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL, v2 = 0x6c7967656e657261ULL,
            v3 = 0x7465646279746573ULL;

    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
    void compress(quint64 m)
    {
        v3 ^= m;
        round();
        round();
        v0 ^= m;
    }
};

inline quint64 littleEndian(const char *p, size_t n)
{
    quint64 v = 0;
    for (size_t i = 0; i < n; ++i)
        v |= quint64(quint8(p[i])) << (8 * i);
    return v;
}
} // namespace

quint64 sipHash64(QByteArrayView bytes)
{
    State s;
    const char *p = bytes.data();
    const size_t n = size_t(bytes.size());
    const size_t whole = n & ~size_t(7);
    for (size_t i = 0; i < whole; i += 8) {
        quint64 m;
        std::memcpy(&m, p + i, 8);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
            m = littleEndian(p + i, 8);
        s.compress(m);
    }
    s.compress(littleEndian(p + whole, n - whole) | (quint64(n & 0xff) << 56));
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    s.round();
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}
