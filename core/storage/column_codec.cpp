// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_codec.h"

#include "failure.h"

#include <algorithm>
#include <cstring>

#include <zlib.h>

void ColumnCodec::appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool ColumnCodec::readVarint(const quint8 *&p, const quint8 *end, quint64 *value)
{
    *value = 0;
    for (int shift = 0;; shift += 7) {
        if (p == end || shift > 63)
            return false;
        const quint8 byte = *p++;
        *value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
}

QByteArray ColumnCodec::encodeTimes(std::span<const LookupRow> rows)
{
    QByteArray out;
    if (rows.empty())
        return out;
    out.reserve(qsizetype(8 + rows.size() * 4));
    quint64 first = quint64(rows[0].tsUs);
    for (int i = 0; i < 8; ++i)
        out.append(char((first >> (8 * i)) & 0xff));
    for (size_t i = 1; i < rows.size(); ++i)
        ColumnCodec::appendVarint(out, quint64(rows[i].tsUs - rows[i - 1].tsUs));
    return out;
}

namespace {
// A width byte, then every id in that many bytes, little-endian (see ColumnCodec::encodeNames).
template<typename IdOf>
QByteArray encodeIds(std::span<const LookupRow> rows, IdOf idOf)
{
    quint32 maxId = 0;
    for (const LookupRow &row : rows)
        maxId = std::max(maxId, idOf(row));
    const int width = maxId == 0 ? 0 : maxId < 0x100 ? 1 : maxId < 0x10000 ? 2 : maxId < 0x1000000 ? 3 : 4;
    QByteArray out(qsizetype(1 + rows.size() * size_t(width)), Qt::Uninitialized);
    out[0] = char(width);
    char *p = out.data() + 1;
    for (const LookupRow &row : rows) {
        const quint32 id = idOf(row);
        for (int b = 0; b < width; ++b)
            *p++ = char((id >> (8 * b)) & 0xff);
    }
    return out;
}
} // namespace

QByteArray ColumnCodec::encodeNames(std::span<const LookupRow> rows, int nameIndex)
{
    return encodeIds(rows, [nameIndex](const LookupRow &row) { return row.names[size_t(nameIndex)]; });
}

bool ColumnCodec::decodeTimes(QByteArrayView blob, qint64 *out, qsizetype count)
{
    if (count == 0)
        return blob.isEmpty();
    if (blob.size() < 8)
        return false;
    const auto *p = reinterpret_cast<const quint8 *>(blob.data());
    const auto *end = p + blob.size();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value |= quint64(p[i]) << (8 * i);
    p += 8;
    out[0] = qint64(value);
    for (qsizetype i = 1; i < count; ++i) {
        quint64 delta = 0;
        if (end - p >= 10) {
            // Inline, without a bound check per byte: a varint takes at most 10.
            quint64 byte = 0x80;
            for (int shift = 0; (byte & 0x80) && shift < 70; shift += 7) {
                byte = *p++;
                delta |= (byte & 0x7f) << shift;
            }
            if (byte & 0x80)
                return false;
        } else if (!readVarint(p, end, &delta)) {
            return false;
        }
        value += delta;
        out[i] = qint64(value);
    }
    return p == end;
}

bool ColumnCodec::decodeNames(QByteArrayView blob, quint32 *out, qsizetype count)
{
    if (blob.isEmpty())
        return false;
    const int width = quint8(blob[0]);
    if (width > 4 || blob.size() != 1 + count * width)
        return false;
    const auto *p = reinterpret_cast<const quint8 *>(blob.data()) + 1;
    switch (width) {
    case 0:
        std::memset(out, 0, size_t(count) * sizeof(quint32));
        break;
    case 1:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = p[i];
        break;
    default:
        for (qsizetype i = 0; i < count; ++i, p += width) {
            quint32 id = 0;
            for (int b = 0; b < width; ++b)
                id |= quint32(p[b]) << (8 * b);
            out[i] = id;
        }
    }
    return true;
}

QByteArray ColumnCodec::encodeFlags(std::span<const LookupRow> rows)
{
    if (std::all_of(rows.begin(), rows.end(), [](const LookupRow &r) { return r.flags == 0; }))
        return {};
    QByteArray runs(1, char(1));
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j].flags == rows[i].flags)
            ++j;
        appendVarint(runs, quint64(j - i));
        runs.append(char(rows[i].flags));
        i = j;
    }
    if (runs.size() <= qsizetype(1 + rows.size()))
        return runs;
    QByteArray raw(qsizetype(1 + rows.size()), Qt::Uninitialized);
    raw[0] = char(2);
    for (size_t i = 0; i < rows.size(); ++i)
        raw[qsizetype(1 + i)] = char(rows[i].flags);
    return raw;
}

bool ColumnCodec::decodeFlags(QByteArrayView blob, quint32 *out, qsizetype count)
{
    if (blob.isEmpty()) {
        std::memset(out, 0, size_t(count) * sizeof(quint32));
        return true;
    }
    const auto *p = reinterpret_cast<const quint8 *>(blob.data()) + 1;
    const auto *end = reinterpret_cast<const quint8 *>(blob.data()) + blob.size();
    if (blob[0] == 2) {
        if (end - p != count)
            return false;
        for (qsizetype i = 0; i < count; ++i)
            out[i] = p[i];
        return true;
    }
    if (blob[0] != 1)
        return false;
    qsizetype at = 0;
    while (p != end) {
        quint64 run = 0;
        if (!readVarint(p, end, &run) || p == end || run == 0 || run > quint64(count - at))
            return false;
        const quint8 value = *p++;
        std::fill(out + at, out + at + qsizetype(run), quint32(value));
        at += qsizetype(run);
    }
    return at == count;
}

QByteArray ColumnCodec::encodeAnswers(std::span<const LookupRow> rows)
{
    if (std::all_of(rows.begin(), rows.end(), [](const LookupRow &r) { return r.answers == 0; }))
        return {};
    QByteArray raw = encodeIds(rows, [](const LookupRow &row) { return row.answers; });
    for (const LookupRow &row : rows) {
        if (row.answers)
            appendVarint(raw, row.answerTtl);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray out(1, char(1));
    appendVarint(out, quint64(raw.size()));
    const qsizetype header = out.size();
    out.resize(header + qsizetype(packedSize));
    if (compress2(reinterpret_cast<Bytef *>(out.data() + header), &packedSize,
                  reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), Z_BEST_SPEED) != Z_OK)
        throw Failure(Failure::Kind::Io, QStringLiteral("cannot compress a block of answers"));
    out.resize(header + qsizetype(packedSize));
    return out;
}

bool ColumnCodec::decodeAnswers(QByteArrayView blob, quint32 *ids, quint32 *ttls, qsizetype count)
{
    if (blob.isEmpty()) {
        std::memset(ids, 0, size_t(count) * sizeof(quint32));
        if (ttls)
            std::memset(ttls, 0, size_t(count) * sizeof(quint32));
        return true;
    }
    if (blob[0] != 1)
        return false;
    const auto *p = reinterpret_cast<const quint8 *>(blob.data()) + 1;
    const auto *end = reinterpret_cast<const quint8 *>(blob.data()) + blob.size();
    quint64 rawSize = 0;
    // At most a width byte, 4 bytes of id and a 5-byte TTL per row: no bomb inflates past that.
    if (!readVarint(p, end, &rawSize) || rawSize > quint64(1 + 9 * count))
        return false;
    QByteArray raw(qsizetype(rawSize), Qt::Uninitialized);
    uLongf rawLength = uLongf(rawSize);
    if (uncompress(reinterpret_cast<Bytef *>(raw.data()), &rawLength, p, uLong(end - p)) != Z_OK ||
        rawLength != rawSize || raw.isEmpty())
        return false;
    const int width = quint8(raw[0]);
    const qsizetype idBytes = 1 + count * width;
    if (width > 4 || raw.size() < idBytes || !decodeNames(QByteArrayView(raw).first(idBytes), ids, count))
        return false;
    const auto *q = reinterpret_cast<const quint8 *>(raw.constData()) + idBytes;
    const auto *rawEnd = reinterpret_cast<const quint8 *>(raw.constData()) + raw.size();
    for (qsizetype i = 0; i < count; ++i) {
        quint64 ttl = 0;
        if (ids[i] && (!readVarint(q, rawEnd, &ttl) || ttl > 0xFFFFFFFFu))
            return false;
        if (ttls)
            ttls[i] = quint32(ttl);
    }
    return q == rawEnd;
}
