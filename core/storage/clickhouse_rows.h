// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Reads an answer in ClickHouse's RowBinary format (little-endian fixed-width integers,
// strings as a LEB128 length and bytes) and writes rows in it for inserts.
// A cursor over a byte array (implicitly shared); not thread-safe. Reading past the end or a
// malformed length throws Failure. Cost: O(bytes).
class ClickHouseRows {
public:
    explicit ClickHouseRows(QByteArray data) : m_data(std::move(data)) {}

    bool atEnd() const { return m_at >= m_data.size(); }
    quint8 u8() { return quint8(fixed(1)); }
    quint32 u32() { return quint32(fixed(4)); }
    quint64 u64() { return fixed(8); }
    qint64 i64() { return qint64(fixed(8)); }
    quint64 length();                   // LEB128: a string's byte count or an array's element count
    void i64s(qint64 *out, quint64 n);  // n Int64 values, e.g. an array's after length()
    void u32s(quint32 *out, quint64 n); // n UInt32 values
    QByteArray bytes();
    QString text() { return QString::fromUtf8(bytes()); }

    static void putU8(QByteArray &out, quint8 v) { out.append(char(v)); }
    static void putU32(QByteArray &out, quint32 v) { putFixed(out, v, 4); }
    static void putU64(QByteArray &out, quint64 v) { putFixed(out, v, 8); }
    static void putBytes(QByteArray &out, QByteArrayView bytes);
    static void putLength(QByteArray &out, quint64 n); // LEB128: an array's element count

private:
    quint64 fixed(int width);
    // n values `width` bytes wide copied as they are on a little-endian machine (false, nothing
    // read, on another); throws if fewer remain.
    bool copyLittleEndian(void *out, quint64 n, int width);
    static void putFixed(QByteArray &out, quint64 v, int width);
    QByteArray m_data; // shared, not copied
    qsizetype m_at = 0;
};
