// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <vector>

// One packet record of a capture file; data points into the reader's buffer and is valid
// until the next call to CaptureReader::next().
struct CapturedPacket {
    qint64 number = 0;    // 1-based, counting every packet record of the file
    qint64 tsUs = 0;      // µs since the Unix epoch, UTC
    quint32 linkType = 0; // pcap LINKTYPE_ value
    QByteArrayView data;
};

// CaptureReader: streams the packet records out of a pcap (microsecond or nanosecond, either
// byte order) or pcapng file read from a QIODevice. pcapng: section header blocks in either
// byte order (each section starts its own interface list), interface description blocks
// (link type, snap length, if_tsresol as a power of 10 or of 2, if_tsoffset), enhanced,
// simple and obsolete packet blocks; other blocks are skipped.
//
// Ownership: reads from, but does not own, the device; owns one buffer (4 MiB, larger only
// for a record that is: at most kMaxRecordBytes).
// Thread-safety: none; one reader per import.
// Cost: one memcpy of the unread tail per 4 MiB read; no per-packet allocation.
class CaptureReader {
public:
    enum class Status {
        Packet,    // out is filled
        Skipped,   // a record that cannot be used (problem() says why); reading can go on
        End,       // the clean end of the file
        Truncated, // the file ends inside a record (problem() says where)
        Corrupt,   // a record header that makes no sense: the rest cannot be read
        Error,     // not a capture file, or the device failed
    };
    static constexpr qsizetype kMaxRecordBytes = 16 << 20;

    explicit CaptureReader(QIODevice &in);
    // Reads the file header: Packet when ready to read, Error (see problem()) when the file is
    // not a capture.
    Status open();
    Status next(CapturedPacket &out);
    const QString &problem() const { return m_problem; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 packetsSeen() const { return m_packets; } // packet records begun so far

    // Whether head starts like a pcap or pcapng file.
    static bool sniff(QByteArrayView head);

private:
    struct Interface {
        quint32 linkType = 0;
        quint32 snapLength = 0;
        bool binaryResolution = false; // units per second: 2^exponent, else 10^exponent
        int exponent = 6;
        qint64 offsetSeconds = 0;
    };
    Status nextPcap(CapturedPacket &out);
    Status nextPcapng(CapturedPacket &out);
    Status readSectionHeader();
    void readInterface(QByteArrayView block);
    bool fill(qsizetype need); // false: fewer bytes than need are left in the file
    Status fail(Status status, const QString &problem);
    quint16 u16(const char *p) const;
    quint32 u32(const char *p) const;
    static qint64 toMicroseconds(const Interface &iface, quint64 ticks);

    QIODevice &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0, m_end = 0;
    qint64 m_bytesRead = 0; // from the device
    qint64 m_offset = 0;    // of m_pos in the file
    bool m_eof = false;
    bool m_pcapng = false;
    bool m_swapped = false; // the file's byte order differs from little-endian
    bool m_nanoseconds = false;
    quint32 m_snapLength = 0;
    quint32 m_linkType = 0;
    std::vector<Interface> m_interfaces;
    qint64 m_packets = 0;
    qint64 m_lastTsUs = 0;
    QString m_problem;
};
