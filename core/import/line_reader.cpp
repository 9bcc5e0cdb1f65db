// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "line_reader.h"

#include <cstring>

namespace {
constexpr qsizetype kChunkBytes = 4 << 20;
}

LineReader::LineReader(QIODevice &in, const ProgressFn &progress, qsizetype maxLineBytes)
    : m_in(in), m_progress(progress), m_maxLine(std::min(maxLineBytes, kChunkBytes / 2)),
      m_buffer(kChunkBytes + kPadding, Qt::Uninitialized)
{}

bool LineReader::refill()
{
    if (m_eof)
        return false;
    const qsizetype kept = m_end - m_begin;
    if (kept > 0 && m_begin > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(kept));
    m_begin = 0;
    m_end = kept;
    const qint64 got = m_in.read(m_buffer.data() + m_end, kChunkBytes - m_end);
    if (got < 0) {
        m_status = Status::ReadError;
        m_error = m_in.errorString();
        return false;
    }
    m_done += got;
    m_end += qsizetype(got);
    // The padding after the last line: readable and, for memory checkers, initialised. (Not the
    // whole buffer: a 4 MiB memset would cost more than reading a small file.)
    std::memset(m_buffer.data() + m_end, ' ', size_t(kPadding));
    if (got == 0)
        m_eof = true;
    if (m_progress && got > 0 && !m_progress({m_done, 0})) {
        m_status = Status::Cancelled;
        return false;
    }
    return true;
}

LineReader::Status LineReader::next(QByteArrayView &line)
{
    for (;;) {
        const char *base = m_buffer.constData();
        const void *lf = std::memchr(base + m_begin, '\n', size_t(m_end - m_begin));
        if (lf || (m_eof && m_end > m_begin)) {
            const qsizetype stop = lf ? static_cast<const char *>(lf) - base : m_end;
            const qsizetype start = m_begin;
            m_begin = lf ? stop + 1 : stop;
            if (m_skipping) { // the tail of an over-long line, already reported
                m_skipping = false;
                continue;
            }
            ++m_line;
            if (stop - start > m_maxLine)
                return Status::TooLong;
            qsizetype length = stop - start;
            if (length > 0 && base[start + length - 1] == '\r')
                --length;
            line = QByteArrayView(base + start, length);
            return Status::Line;
        }
        if (!m_skipping && m_end - m_begin > m_maxLine) { // no LF in sight: report now, skip the rest
            ++m_line;
            m_skipping = true;
            m_begin = m_end;
            return Status::TooLong;
        }
        if (m_skipping)
            m_begin = m_end;
        m_status = Status::End;
        if (!refill())
            return m_status;
    }
}
