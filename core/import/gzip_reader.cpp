// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip_reader.h"

#include <zlib.h>

#include <limits>

namespace {
constexpr qsizetype kInputBytes = 256 << 10;
}

struct GzipReader::Stream {
    z_stream z{};
    bool ready = false;
    Stream() { ready = inflateInit2(&z, 15 + 32) == Z_OK; } // 15 + 32: gzip or zlib header, detected
    ~Stream()
    {
        if (ready)
            inflateEnd(&z);
    }
};

GzipReader::GzipReader(QIODevice &source)
    : m_source(source), m_stream(std::make_unique<Stream>()), m_input(kInputBytes, Qt::Uninitialized)
{
    open(QIODevice::ReadOnly);
    if (!m_stream->ready)
        fail(QStringLiteral("cannot start zlib"));
}

GzipReader::~GzipReader() = default;

bool GzipReader::isGzip(QByteArrayView head)
{
    return head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b;
}

bool GzipReader::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return false;
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    z_stream &z = m_stream->z;
    const qint64 want = std::min<qint64>(maxSize, std::numeric_limits<uInt>::max());
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(want);
    bool ok = true;
    while (z.avail_out > 0 && !m_finished && ok) {
        if (z.avail_in == 0 && !m_sourceDone) {
            const qint64 n = m_source.read(m_input.data(), m_input.size());
            if (n < 0) {
                ok = fail(m_source.errorString());
                break;
            }
            m_sourceDone = n == 0;
            z.next_in = reinterpret_cast<Bytef *>(m_input.data());
            z.avail_in = uInt(n);
        }
        if (z.avail_in == 0 && m_sourceDone) {
            if (m_atMemberStart)
                m_finished = true;
            else
                ok = fail(QStringLiteral("truncated gzip data: the file ends inside a compressed stream"));
            break;
        }
        const int ret = inflate(&z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) { // the end of one member; another may follow
            inflateReset(&z);
            m_atMemberStart = true;
        } else if (ret == Z_OK || ret == Z_BUF_ERROR) {
            m_atMemberStart = false;
        } else {
            ok = fail(QStringLiteral("corrupt gzip data (%1)")
                          .arg(z.msg ? QString::fromLatin1(z.msg) : QStringLiteral("zlib error %1").arg(ret)));
        }
    }
    const qint64 produced = want - qint64(z.avail_out);
    // Hand out what was inflated before a failure; the next call reports it.
    return produced > 0 ? produced : (ok ? 0 : -1);
}
