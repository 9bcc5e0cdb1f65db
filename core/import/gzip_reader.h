// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <memory>

// GzipReader: a read-only, sequential QIODevice that inflates a gzip (or zlib) stream read
// from another device, so every importer reads .gz files as if they were plain. Concatenated
// gzip members (as `cat a.gz b.gz` or pigz make) are read one after the other. A corrupt
// stream, or one that ends inside a member, makes read() fail with an errorString() saying so
// ("corrupt gzip data …", "truncated gzip data …"); a read error of the source is passed on.
//
// Ownership: reads from a device it does not own (which must stay open); owns the zlib state
//   and a 256 KiB input buffer.
// Thread-safety: none; one reader per stream.
// Cost: zlib's inflate (a few hundred MB/s of output); buffered like any QIODevice, so peek()
//   works and the head of the decompressed stream can be sniffed before the import reads it.
class GzipReader : public QIODevice {
public:
    explicit GzipReader(QIODevice &source);
    ~GzipReader() override;

    // Whether data starts with the gzip magic bytes 1f 8b.
    static bool isGzip(QByteArrayView head);

    bool isSequential() const override { return true; }
    // Whether reading failed (corrupt or truncated data, or a source error); see errorString().
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stream;
    bool fail(const QString &message);

    QIODevice &m_source;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_input;
    bool m_sourceDone = false;
    bool m_atMemberStart = true; // no byte of the current member read yet
    bool m_finished = false;
    bool m_failed = false;
};
