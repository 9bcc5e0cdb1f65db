// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <initializer_list>

// JsonRecordReader: splits a device into the JSON objects of a log, whichever way the log
// writes them: JSON lines (one object per line), objects over several lines (pretty-printed
// or concatenated, as `jq .` writes them), and top-level arrays of objects (`[{…},{…}]`, as
// cloud consoles export and S3 delivers logs), one after the other in any mix. It only finds
// where each object starts and ends (strings, escapes, nesting); JsonDocumentParser checks
// the object itself.
//
// Damage is contained. If one of the first lines of the file is a whole object, the file is
// read as JSON lines: each non-blank line is one record (found with memchr, nothing else
// looked at), so a truncated line is reported on its own and the next line starts afresh.
// Otherwise the objects are found by their braces, and a line that ends inside a string
// ends a broken record there (JSON strings hold no raw line feed), text between records other
// than whitespace and an array's `[` `,` `]` is reported up to the end of its line, and the
// end of the input inside an object is reported as a truncated record.
//
// Ownership: reads from a device it does not own into a 4 MiB buffer it owns; the view next()
//   returns points into that buffer and is valid until the following call, and is followed by
//   at least kPadding readable bytes (JsonDocumentParser::parseObjectInPlace() needs them).
// Thread-safety: none; one reader per import.
// Cost: JSON lines: memchr per line; other layouts: one pass over every byte (a tight loop), one
//   memmove of the unfinished record per 4 MiB chunk; no allocation after construction. Calls
//   progress (bytes read from the device) once per chunk. A record longer than maxRecordBytes
//   is reported once (TooLong) and skipped without being buffered.
class JsonRecordReader {
public:
    enum class Status { Record, Broken, TooLong, End, Cancelled, ReadError };
    // Readable bytes after every record next() returns (at least JsonDocumentParser::kPadding).
    static constexpr qsizetype kPadding = 64;

    JsonRecordReader(QIODevice &in, const ProgressFn &progress, qsizetype maxRecordBytes = qsizetype(1) << 20);

    // The next object's text in record (Status::Record), or the next problem (Broken with
    // problem(), TooLong), or the end; see Status.
    Status next(QByteArrayView &record);
    // For sniffing: whether head (a file's first kilobytes) looks like JSON records holding
    // every one of keys: no NUL byte, the first non-blank byte '{' or '[', each key present in
    // quotes (`"query_name"`) somewhere.
    static bool headHas(QByteArrayView head, std::initializer_list<const char *> keys);
    // 1-based line on which the record (or problem) last returned by next() starts.
    qint64 lineNumber() const { return m_recordLine; }
    // For Status::Broken: what is wrong.
    QString problem() const { return m_problem; }
    // For Status::ReadError: what the device said.
    QString errorString() const { return m_error; }

private:
    enum class Mode { Unknown, Lines, Free };
    bool refill(); // false at the end, on error or cancel (m_status says which)
    Status line(QByteArrayView &record);
    Status between(QByteArrayView &record);
    Status inside(QByteArrayView &record);
    Status broken(const char *problem, bool skipLine);

    QIODevice &m_in;
    const ProgressFn &m_progress;
    qsizetype m_maxRecord;
    QByteArray m_buffer;
    qsizetype m_pos = 0;    // next byte to look at
    qsizetype m_end = 0;    // one past the last valid byte
    qsizetype m_start = -1; // where the record being read starts (-1: between records)
    qint64 m_done = 0;      // bytes read from the device
    qint64 m_line = 1;      // line of the byte at m_pos
    qint64 m_recordLine = 0;
    int m_depth = 0;  // nesting inside the current record
    int m_arrays = 0; // top-level arrays open around the records
    bool m_inString = false;
    bool m_escape = false;
    bool m_skipping = false; // inside a too-long record, already reported
    bool m_skipLine = false; // skipping reported text up to the end of its line
    bool m_eof = false;
    Mode m_mode = Mode::Unknown;
    Status m_status = Status::End;
    QString m_problem;
    QString m_error;
};

// Feeds every JSON record of in to handler.record(line, text), and every problem to
// handler.reject(line, message), until the end, a false return from either, a cancel
// (report.cancelled) or a read error (report.error).
template<typename Handler>
void feedJsonRecords(QIODevice &in, const ProgressFn &progress, ImportReport &report, Handler &handler)
{
    JsonRecordReader records(in, progress);
    QByteArrayView text;
    for (;;) {
        switch (records.next(text)) {
        case JsonRecordReader::Status::Record:
            if (!handler.record(records.lineNumber(), text))
                return;
            break;
        case JsonRecordReader::Status::Broken:
            if (!handler.reject(records.lineNumber(), records.problem()))
                return;
            break;
        case JsonRecordReader::Status::TooLong:
            if (!handler.reject(records.lineNumber(), QStringLiteral("record longer than 1 MiB")))
                return;
            break;
        case JsonRecordReader::Status::Cancelled:
            report.cancelled = true;
            return;
        case JsonRecordReader::Status::ReadError:
            report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(records.errorString()));
            return;
        case JsonRecordReader::Status::End:
            return;
        }
    }
}
