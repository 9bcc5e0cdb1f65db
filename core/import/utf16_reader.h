// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QStringDecoder>

// Utf16Reader: a read-only, sequential QIODevice that reads UTF-16 LE text (as Windows tools
// and Notepad save it) from another device and hands it out as UTF-8, without the byte order
// mark, so line-oriented importers read it like any other log. Unpaired surrogates become
// U+FFFD; a last odd byte is dropped.
//
// Ownership: reads from a device it does not own (which must stay open); owns the decoder
//   state and a 256 KiB buffer.
// Thread-safety: none; one reader per stream.
// Cost: one UTF-16 -> UTF-16 (QString) -> UTF-8 pass, a few hundred MB/s.
class Utf16Reader : public QIODevice {
public:
    explicit Utf16Reader(QIODevice &source);

    // Whether data starts with the UTF-16 LE byte order mark FF FE.
    static bool hasLittleEndianBom(QByteArrayView head);
    // The UTF-8 text of a UTF-16 LE head (the BOM dropped), for sniffing.
    static QByteArray headAsUtf8(QByteArrayView head);

    bool isSequential() const override { return true; }
    // Bytes read from the source so far (for progress).
    qint64 consumed() const { return m_consumed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_source;
    QStringDecoder m_decoder{QStringConverter::Utf16LE};
    QByteArray m_raw;
    QByteArray m_out; // decoded bytes not yet handed out
    qsizetype m_outPos = 0;
    qint64 m_consumed = 0;
    bool m_done = false;
};
