// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_rows.h"

#include "sqlite_db.h"

#include <bit>
#include <cstring>

namespace {
[[noreturn]] void truncated()
{
    throw Failure(Failure::Kind::Corrupt, QStringLiteral("ClickHouse sent a truncated or malformed answer"));
}
} // namespace

quint64 ClickHouseRows::fixed(int width)
{
    if (m_at + width > m_data.size())
        truncated();
    quint64 v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = (v << 8) | quint8(m_data[m_at + i]);
    m_at += width;
    return v;
}

quint64 ClickHouseRows::length()
{
    quint64 length = 0;
    for (int shift = 0;; shift += 7) {
        if (m_at >= m_data.size() || shift > 56)
            truncated();
        const quint8 b = quint8(m_data[m_at++]);
        length |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    return length;
}

void ClickHouseRows::i64s(qint64 *out, quint64 n)
{
    if (!copyLittleEndian(out, n, 8)) {
        for (quint64 i = 0; i < n; ++i)
            out[i] = i64();
    }
}

void ClickHouseRows::u32s(quint32 *out, quint64 n)
{
    if (!copyLittleEndian(out, n, 4)) {
        for (quint64 i = 0; i < n; ++i)
            out[i] = u32();
    }
}

bool ClickHouseRows::copyLittleEndian(void *out, quint64 n, int width)
{
    if (n > quint64(m_data.size() - m_at) / quint64(width))
        truncated();
    if constexpr (std::endian::native != std::endian::little)
        return false;
    if (n == 0)
        return true; // out may be null (an empty vector's data())
    std::memcpy(out, m_data.constData() + m_at, size_t(n) * size_t(width));
    m_at += qsizetype(n) * width;
    return true;
}

QByteArray ClickHouseRows::bytes()
{
    const quint64 length = this->length();
    if (length > quint64(m_data.size() - m_at))
        truncated();
    const QByteArray out = m_data.mid(m_at, qsizetype(length));
    m_at += qsizetype(length);
    return out;
}

void ClickHouseRows::putFixed(QByteArray &out, quint64 v, int width)
{
    char buf[8] = {};
    for (int i = 0; i < width; ++i, v >>= 8)
        buf[i] = char(v & 0xff);
    out.append(buf, width);
}

void ClickHouseRows::putLength(QByteArray &out, quint64 n)
{
    do {
        quint8 b = n & 0x7f;
        n >>= 7;
        if (n)
            b |= 0x80;
        out.append(char(b));
    } while (n);
}

void ClickHouseRows::putBytes(QByteArray &out, QByteArrayView bytes)
{
    putLength(out, quint64(bytes.size()));
    out.append(bytes.data(), bytes.size());
}
