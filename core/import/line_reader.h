// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

// LineReader: splits a device into lines for the line-oriented importers (Zeek TSV and JSON).
// A line ends at LF; a CR before it is dropped; a last line without LF is delivered too.
//
// Ownership: reads from a device it does not own into a 4 MiB buffer it owns; the view
//   next() returns points into that buffer and is valid until the following call. The
//   kPadding bytes after the end of every line are readable too (part of the buffer, of
//   unspecified content), so a SIMD parser such as simdjson can read a line in place.
// Thread-safety: none; one reader per import.
// Cost: memchr over the input, one memmove of the unfinished line per 4 MiB chunk; no
//   allocation after construction. Calls progress (bytes read from the device) once per chunk.
// A line longer than maxLineBytes is reported once (TooLong, with its line number) and
// skipped up to its LF without being buffered.
class LineReader {
public:
    enum class Status { Line, TooLong, End, Cancelled, ReadError };
    static constexpr qsizetype kPadding = 64;

    LineReader(QIODevice &in, const ProgressFn &progress, qsizetype maxLineBytes = qsizetype(1) << 20);

    // The next line (without its LF, or CR LF) in line; see Status.
    Status next(QByteArrayView &line);
    // 1-based number of the line last returned by next().
    qint64 lineNumber() const { return m_line; }
    // For ReadError: what the device said.
    QString errorString() const { return m_error; }

private:
    bool refill(); // false at the end, on error or cancel (m_status says which)

    QIODevice &m_in;
    const ProgressFn &m_progress;
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // first unread byte
    qsizetype m_end = 0;   // one past the last valid byte
    qint64 m_done = 0;     // bytes read from the device
    qint64 m_line = 0;
    bool m_eof = false;
    bool m_skipping = false; // inside an over-long line
    Status m_status = Status::End;
    QString m_error;
};

// For sniffing: whether any of the first maxLines lines of a file's head satisfies
// matches(line). A head with a NUL byte is binary, not a log: false.
template<typename Matches>
bool anyHeadLine(QByteArrayView head, Matches matches, int maxLines = 64)
{
    if (head.contains('\0'))
        return false;
    for (int n = 0; !head.isEmpty() && n < maxLines; ++n) {
        const qsizetype eol = head.indexOf('\n');
        const QByteArrayView text = eol < 0 ? head : head.first(eol);
        head = eol < 0 ? QByteArrayView() : head.sliced(eol + 1);
        if (matches(text))
            return true;
    }
    return false;
}

// Feeds every line of in to handler.line(number, text), and the number of each over-long one
// to handler.reject(number, message), until the end, a false return from either, a cancel
// (report.cancelled) or a read error (report.error).
template<typename Handler>
void feedLines(QIODevice &in, const ProgressFn &progress, ImportReport &report, Handler &handler)
{
    LineReader lines(in, progress);
    QByteArrayView text;
    for (;;) {
        switch (lines.next(text)) {
        case LineReader::Status::Line:
            if (!handler.line(lines.lineNumber(), text))
                return;
            break;
        case LineReader::Status::TooLong:
            if (!handler.reject(lines.lineNumber(), QStringLiteral("line longer than 1 MiB")))
                return;
            break;
        case LineReader::Status::Cancelled:
            report.cancelled = true;
            return;
        case LineReader::Status::ReadError:
            report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(lines.errorString()));
            return;
        case LineReader::Status::End:
            return;
        }
    }
}
