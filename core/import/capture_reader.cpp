// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_reader.h"

#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace {

constexpr qsizetype kChunkBytes = 4 << 20;
constexpr quint32 kMaxPcapCapture = 262144 * 4; // generous: libpcap's own limit is 262144
constexpr quint32 kShb = 0x0A0D0D0A, kIdb = 1, kOpb = 2, kSpb = 3, kEpb = 6;
constexpr quint32 kByteOrderMagic = 0x1A2B3C4D;

quint32 le32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return qFromLittleEndian(v);
}

quint32 be32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return qFromBigEndian(v);
}

} // namespace

CaptureReader::CaptureReader(QIODevice &in) : m_in(in), m_buffer(kChunkBytes, Qt::Uninitialized)
{}

bool CaptureReader::sniff(QByteArrayView head)
{
    if (head.size() < 4)
        return false;
    const quint32 magic = le32(head.data());
    if (magic == kShb)
        return head.size() < 12 || le32(head.data() + 8) == kByteOrderMagic || be32(head.data() + 8) == kByteOrderMagic;
    return magic == 0xA1B2C3D4 || magic == 0xD4C3B2A1 || magic == 0xA1B23C4D || magic == 0x4D3CB2A1;
}

quint16 CaptureReader::u16(const char *p) const
{
    quint16 v;
    std::memcpy(&v, p, 2);
    return m_swapped ? qFromBigEndian(v) : qFromLittleEndian(v);
}

quint32 CaptureReader::u32(const char *p) const
{
    return m_swapped ? be32(p) : le32(p);
}

bool CaptureReader::fill(qsizetype need)
{
    if (m_end - m_pos >= need)
        return true;
    if (m_pos > 0) { // move the unread tail to the front
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (need > m_buffer.size())
        m_buffer.resize(need + kChunkBytes / 4);
    while (m_end < need && !m_eof) {
        const qint64 got = m_in.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got <= 0) {
            m_eof = true;
            if (got < 0)
                m_problem = QStringLiteral("read error: %1").arg(m_in.errorString());
            break;
        }
        m_end += got;
        m_bytesRead += got;
    }
    return m_end - m_pos >= need;
}

CaptureReader::Status CaptureReader::fail(Status status, const QString &problem)
{
    m_problem = problem;
    return status;
}

CaptureReader::Status CaptureReader::open()
{
    if (!fill(4))
        return fail(Status::Error, m_problem.isEmpty() ? QStringLiteral("not a capture file: too short") : m_problem);
    const quint32 magic = le32(m_buffer.constData() + m_pos);
    if (magic == kShb) {
        m_pcapng = true;
        return readSectionHeader();
    }
    m_swapped = magic == 0xD4C3B2A1 || magic == 0x4D3CB2A1;
    m_nanoseconds = magic == 0xA1B23C4D || magic == 0x4D3CB2A1;
    if (!m_swapped && magic != 0xA1B2C3D4 && magic != 0xA1B23C4D)
        return fail(Status::Error, QStringLiteral("not a pcap or pcapng file"));
    if (!fill(24))
        return fail(Status::Error, QStringLiteral("the pcap file header is truncated"));
    const char *h = m_buffer.constData() + m_pos;
    m_snapLength = u32(h + 16);
    m_linkType = u32(h + 20) & 0xFFFF;
    m_pos += 24;
    m_offset = 24;
    return Status::Packet;
}

CaptureReader::Status CaptureReader::next(CapturedPacket &out)
{
    return m_pcapng ? nextPcapng(out) : nextPcap(out);
}

CaptureReader::Status CaptureReader::nextPcap(CapturedPacket &out)
{
    if (!fill(16)) {
        if (m_end == m_pos)
            return m_problem.isEmpty() ? Status::End : Status::Error;
        return fail(Status::Truncated, QStringLiteral("the file ends inside a packet header at byte %1").arg(m_offset));
    }
    const char *h = m_buffer.constData() + m_pos;
    const quint32 seconds = u32(h), fraction = u32(h + 4), captured = u32(h + 8);
    // The file header's snap length is the file's word: never trust it past kMaxRecordBytes.
    const quint32 limit = std::min(std::max(kMaxPcapCapture, m_snapLength), quint32(kMaxRecordBytes));
    if (captured > limit || fraction >= (m_nanoseconds ? 1000000000u : 1000000u))
        return fail(Status::Corrupt,
                    QStringLiteral("no valid packet header at byte %1 (%2 bytes captured?); the rest of the "
                                   "file was skipped")
                        .arg(m_offset)
                        .arg(captured));
    if (!fill(16 + qsizetype(captured)))
        return fail(Status::Truncated,
                    QStringLiteral("the file ends inside packet %1 (at byte %2)").arg(m_packets + 1).arg(m_offset));
    out.number = ++m_packets;
    out.tsUs = qint64(seconds) * 1000000 + (m_nanoseconds ? fraction / 1000 : fraction);
    out.linkType = m_linkType;
    out.data = QByteArrayView(m_buffer.constData() + m_pos + 16, captured);
    m_pos += 16 + captured;
    m_offset += 16 + captured;
    return Status::Packet;
}

CaptureReader::Status CaptureReader::readSectionHeader()
{
    if (!fill(12))
        return fail(Status::Truncated,
                    QStringLiteral("the file ends inside a section header at byte %1").arg(m_offset));
    const char *h = m_buffer.constData() + m_pos;
    if (le32(h + 8) == kByteOrderMagic)
        m_swapped = false;
    else if (be32(h + 8) == kByteOrderMagic)
        m_swapped = true;
    else
        return fail(m_offset ? Status::Corrupt : Status::Error,
                    QStringLiteral("bad pcapng byte-order magic at byte %1").arg(m_offset));
    m_interfaces.clear();
    return Status::Packet;
}

qint64 CaptureReader::toMicroseconds(const Interface &iface, quint64 ticks)
{
    qint64 us = 0;
    const int e = iface.exponent;
    if (!iface.binaryResolution) {
        quint64 scale = 1;
        for (int i = 0; i < std::abs(e - 6); ++i)
            scale *= 10;
        us = e <= 6 ? qint64(ticks * scale) : qint64(ticks / scale);
    } else {
        const quint64 fraction = ticks & ((quint64(1) << e) - 1);
        const int pre = std::max(0, e - 43); // keeps fraction * 10^6 below 2^63
        us = qint64((ticks >> e) * 1000000 + (((fraction >> pre) * 1000000) >> (e - pre)));
    }
    // if_tsoffset is any 64-bit value in a hostile file: wrap (as the tick scaling above does)
    // rather than overflow, which is undefined; such a file's times are as wrong as its offset.
    return qint64(quint64(us) + quint64(iface.offsetSeconds) * 1000000u);
}

void CaptureReader::readInterface(QByteArrayView block)
{
    Interface iface;
    iface.linkType = u16(block.data() + 8);
    iface.snapLength = u32(block.data() + 12);
    for (qsizetype at = 16; at + 4 <= block.size() - 4;) {
        const quint16 code = u16(block.data() + at), length = u16(block.data() + at + 2);
        if (code == 0 || at + 4 + length > block.size() - 4)
            break;
        const char *value = block.data() + at + 4;
        if (code == 9 && length >= 1) {
            iface.binaryResolution = quint8(value[0]) & 0x80;
            iface.exponent = quint8(value[0]) & 0x7F;
            if ((iface.binaryResolution && iface.exponent > 63) || (!iface.binaryResolution && iface.exponent > 19))
                iface = Interface{iface.linkType, iface.snapLength, false, 6, 0};
        } else if (code == 14 && length >= 8) {
            const quint64 v =
                m_swapped ? (quint64(u32(value)) << 32) | u32(value + 4) : (quint64(u32(value + 4)) << 32) | u32(value);
            iface.offsetSeconds = qint64(v);
        }
        at += 4 + ((length + 3) & ~3);
    }
    m_interfaces.push_back(iface);
}

CaptureReader::Status CaptureReader::nextPcapng(CapturedPacket &out)
{
    for (;;) {
        if (!fill(12)) {
            if (m_end == m_pos)
                return m_problem.isEmpty() ? Status::End : Status::Error;
            return fail(Status::Truncated,
                        QStringLiteral("the file ends inside a block header at byte %1").arg(m_offset));
        }
        const quint32 type = u32(m_buffer.constData() + m_pos);
        if (type == kShb) {
            const Status status = readSectionHeader();
            if (status != Status::Packet)
                return status;
        }
        const quint32 length = u32(m_buffer.constData() + m_pos + 4);
        if (length < 12 || length % 4 || length > kMaxRecordBytes)
            return fail(Status::Corrupt,
                        QStringLiteral("bad pcapng block length %1 at byte %2; the rest of the file was "
                                       "skipped")
                            .arg(length)
                            .arg(m_offset));
        if (!fill(length))
            return fail(Status::Truncated,
                        QStringLiteral("the file ends inside a block at byte %1 (after packet %2)")
                            .arg(m_offset)
                            .arg(m_packets));
        const QByteArrayView block(m_buffer.constData() + m_pos, length);
        if (u32(block.data() + length - 4) != length)
            return fail(Status::Corrupt,
                        QStringLiteral("pcapng block at byte %1: its two lengths differ; the rest of the "
                                       "file was skipped")
                            .arg(m_offset));
        m_pos += length;
        m_offset += length;
        if (type == kIdb && length >= 20) {
            readInterface(block);
            continue;
        }
        if (type != kEpb && type != kOpb && type != kSpb)
            continue;
        const qint64 number = ++m_packets;
        quint32 ifaceId = 0, captured = 0;
        qsizetype dataAt = 28;
        quint64 ticks = 0;
        if (type == kSpb) {
            dataAt = 12;
            captured = length >= 16 ? std::min(u32(block.data() + 8), length - 16) : 0;
        } else if (length >= 32) {
            ifaceId = type == kEpb ? u32(block.data() + 8) : u16(block.data() + 8);
            ticks = (quint64(u32(block.data() + 12)) << 32) | u32(block.data() + 16);
            captured = u32(block.data() + 20);
        }
        if ((type != kSpb && length < 32) || captured > length - dataAt - 4)
            return fail(Status::Skipped,
                        QStringLiteral("packet %1: its captured length exceeds its block").arg(number));
        if (ifaceId >= m_interfaces.size())
            return fail(Status::Skipped,
                        QStringLiteral("packet %1: no interface %2 in this section").arg(number).arg(ifaceId));
        const Interface &iface = m_interfaces[ifaceId];
        if (type == kSpb && iface.snapLength)
            captured = std::min(captured, iface.snapLength);
        out.number = number;
        out.tsUs = type == kSpb ? m_lastTsUs : (m_lastTsUs = toMicroseconds(iface, ticks));
        out.linkType = iface.linkType;
        out.data = block.sliced(dataAt, captured);
        return Status::Packet;
    }
}
