// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include "bounded_work_queue.h"

#include <memory>
#include <mutex>
#include <vector>

// A read-only QIODevice over another that computes the SHA-256 of every byte read through it
// and counts them, so an import hashes its file in the same single pass that parses it.
// The hashing runs on a thread of its own (a copy of each chunk is queued, at most 16 MiB in
// flight, in buffers that are reused), so it costs the parser nothing on a machine with a core to spare; it uses OpenSSL's
// libcrypto, which uses the CPU's SHA extensions (about 1.2 GB/s here, four times Qt's own).
// The reader itself is not thread-safe; it owns its hashing thread.
class HashingReader : public QIODevice {
public:
    explicit HashingReader(QIODevice &source);
    ~HashingReader() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_source.bytesAvailable() + QIODevice::bytesAvailable(); }
    qint64 consumed() const { return m_consumed; }
    // Reads whatever is left (so the hash covers the whole source) and returns the hex digest.
    QString finishHex();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Digest;

    QIODevice &m_source;
    std::unique_ptr<Digest> m_digest;
    qint64 m_consumed = 0;
    std::mutex m_spareMutex;
    std::vector<QByteArray> m_spare;       // hashed chunks kept for reuse: no allocation per read
    BoundedWorkQueue<QByteArray> m_chunks; // last: its thread uses the members above
};
