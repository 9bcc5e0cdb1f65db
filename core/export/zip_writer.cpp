// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zip_writer.h"

#include <zlib.h>

#include <algorithm>

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// Raw deflate (no zlib header), as zip's method 8 wants.
QByteArray deflateRaw(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int status = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace

// The fields local headers and central directory records share, from "version needed" on.
void ZipWriter::putCommon(QByteArray &out, const Entry &e)
{
    put16(out, 20);     // version needed: 2.0
    put16(out, 0x0800); // flags: UTF-8 names
    put16(out, e.method);
    put16(out, e.dosTime);
    put16(out, e.dosDate);
    put32(out, e.crc);
    put32(out, e.compressedSize);
    put32(out, e.size);
    put16(out, quint32(e.name.size()));
    put16(out, 0); // no extra field
}

void ZipWriter::add(const QString &name, const QByteArray &data, bool executable, const QDateTime &modified)
{
    Entry e;
    e.name = name.toUtf8();
    e.size = quint32(data.size());
    e.crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    const QByteArray packed = deflateRaw(data);
    const bool deflated = !packed.isEmpty() && packed.size() < data.size();
    e.method = deflated ? 8 : 0;
    e.compressedSize = quint32(deflated ? packed.size() : data.size());
    const QDateTime t = modified.toUTC();
    const int year = std::max(1980, t.date().year());
    e.dosDate = quint16(((year - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    e.dosTime = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    e.offset = quint32(m_body.size());
    e.executable = executable;

    put32(m_body, 0x04034b50);
    putCommon(m_body, e);
    m_body += e.name;
    m_body += deflated ? packed : data;
    m_entries.append(e);
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_body;
    const quint32 directoryStart = quint32(out.size());
    for (const Entry &e : m_entries) {
        put32(out, 0x02014b50);
        put16(out, (3 << 8) | 20); // made by: Unix, 2.0 (so the permissions below count)
        putCommon(out, e);
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, quint32(0100000 | (e.executable ? 0755 : 0644)) << 16);
        put32(out, e.offset);
        out += e.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryStart;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0); // comment length
    return out;
}
