// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_record_reader.h"

#include "json_document_parser.h"

#include <cstring>

namespace {

constexpr qsizetype kChunkBytes = 4 << 20;
static_assert(JsonRecordReader::kPadding >= JsonDocumentParser::kPadding);
constexpr int kModeProbeLines = 8;

// Whether the first lines of a chunk look like JSON lines: one of the first few non-blank
// lines is a whole object (starts with '{' and ends with '}'), and the input is no array.
bool looksLikeJsonLines(QByteArrayView head)
{
    for (int n = 0; !head.isEmpty() && n < kModeProbeLines;) {
        const qsizetype eol = head.indexOf('\n');
        const QByteArrayView line = (eol < 0 ? head : head.first(eol)).trimmed();
        head = eol < 0 ? QByteArrayView() : head.sliced(eol + 1);
        if (line.isEmpty())
            continue;
        if (n == 0 && line.startsWith('['))
            return false;
        if (line.startsWith('{') && line.endsWith('}'))
            return true;
        ++n;
    }
    return false;
}

} // namespace

bool JsonRecordReader::headHas(QByteArrayView head, std::initializer_list<const char *> keys)
{
    const QByteArrayView trimmed = head.trimmed();
    if (head.contains('\0') || trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return false;
    QByteArray quoted;
    for (const char *key : keys) {
        quoted = '"' + QByteArray(key) + '"';
        if (!head.contains(quoted))
            return false;
    }
    return true;
}

JsonRecordReader::JsonRecordReader(QIODevice &in, const ProgressFn &progress, qsizetype maxRecordBytes)
    : m_in(in), m_progress(progress), m_maxRecord(std::min(maxRecordBytes, kChunkBytes / 2)),
      m_buffer(kChunkBytes + kPadding, '\0') // the padding is never read into
{}

bool JsonRecordReader::refill()
{
    if (m_eof)
        return false;
    const qsizetype keepFrom = m_start >= 0 ? m_start : m_pos;
    const qsizetype kept = m_end - keepFrom;
    if (kept > 0 && keepFrom > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + keepFrom, size_t(kept));
    m_pos -= keepFrom;
    if (m_start >= 0)
        m_start = 0;
    m_end = kept;
    const qint64 got = m_in.read(m_buffer.data() + m_end, kChunkBytes - m_end);
    if (got < 0) {
        m_status = Status::ReadError;
        m_error = m_in.errorString();
        return false;
    }
    m_done += got;
    m_end += qsizetype(got);
    if (got == 0)
        m_eof = true;
    if (m_mode == Mode::Unknown && m_end > 0)
        m_mode = looksLikeJsonLines(QByteArrayView(m_buffer.constData(), m_end)) ? Mode::Lines : Mode::Free;
    if (m_progress && got > 0 && !m_progress({m_done, 0})) {
        m_status = Status::Cancelled;
        return false;
    }
    return true;
}

JsonRecordReader::Status JsonRecordReader::broken(const char *problem, bool skipLine)
{
    m_problem = QString::fromLatin1(problem);
    m_skipLine = skipLine;
    m_depth = 0;
    m_inString = m_escape = false;
    m_start = -1;
    if (m_skipping) { // the rest of a record already reported as too long: nothing new to say
        m_skipping = false;
        return Status::End;
    }
    return Status::Broken;
}

JsonRecordReader::Status JsonRecordReader::next(QByteArrayView &record)
{
    for (;;) {
        const Status s = m_mode == Mode::Lines ? line(record) : m_depth == 0 ? between(record) : inside(record);
        if (s != Status::End)
            return s;
        if (m_pos < m_end && m_mode != Mode::Lines)
            continue; // a problem inside a skipped record: go on reading
        m_status = Status::End;
        if (!refill()) {
            if (m_status != Status::End)
                return m_status;
            if (m_depth > 0) { // the input ends inside a record
                const Status truncated = broken("the input ends inside the record (truncated)", false);
                if (truncated != Status::End)
                    return truncated;
            }
            if (m_pos >= m_end)
                return Status::End;
        }
    }
}

// JSON lines: each non-blank line is one record, found with memchr; JsonDocumentParser then
// says what is wrong with a line that is not one whole object.
JsonRecordReader::Status JsonRecordReader::line(QByteArrayView &record)
{
    const char *b = m_buffer.constData();
    while (m_pos < m_end) {
        const void *lf = std::memchr(b + m_pos, '\n', size_t(m_end - m_pos));
        if (!lf && !m_eof) {
            if (m_end - m_pos > m_maxRecord) { // report now, skip the rest of the line
                const bool first = !m_skipLine;
                m_recordLine = m_line;
                m_skipLine = true;
                m_pos = m_end;
                if (first)
                    return Status::TooLong;
            }
            return Status::End;
        }
        const qsizetype stop = lf ? static_cast<const char *>(lf) - b : m_end;
        const qsizetype start = m_pos;
        m_pos = lf ? stop + 1 : stop;
        const qint64 number = m_line++;
        if (m_skipLine) { // the tail of a line already reported as too long
            m_skipLine = false;
            continue;
        }
        QByteArrayView text = QByteArrayView(b + start, stop - start).trimmed();
        if (text.isEmpty())
            continue;
        m_recordLine = number;
        if (text.size() > m_maxRecord)
            return Status::TooLong;
        if (text.front() != '{') {
            m_problem = text.front() == '[' ? QStringLiteral("a JSON array where an object was expected")
                                            : QStringLiteral("not a JSON object");
            return Status::Broken;
        }
        record = text;
        return Status::Record;
    }
    return Status::End;
}

// Between records: whitespace, an array's punctuation, the start of the next object.
JsonRecordReader::Status JsonRecordReader::between(QByteArrayView &record)
{
    const char *b = m_buffer.constData();
    while (m_pos < m_end) {
        const char c = b[m_pos];
        if (m_skipLine) {
            if (c == '\n')
                m_skipLine = false;
            else
                ++m_pos;
            continue;
        }
        switch (c) {
        case '\n':
            ++m_line;
            [[fallthrough]];
        case ' ':
        case '\t':
        case '\r':
            ++m_pos;
            continue;
        case '[':
            if (m_arrays > 0 || m_mode == Mode::Lines) {
                m_recordLine = m_line;
                return broken("an array where an object was expected", true);
            }
            ++m_arrays;
            ++m_pos;
            continue;
        case ',':
        case ']':
            if (m_arrays == 0) {
                m_recordLine = m_line;
                return broken("unexpected text between records", true);
            }
            m_arrays -= c == ']';
            ++m_pos;
            continue;
        case '{':
            m_start = m_pos++;
            m_recordLine = m_line;
            m_depth = 1;
            return inside(record);
        default:
            m_recordLine = m_line;
            return broken("unexpected text between records", true);
        }
    }
    return Status::End;
}

// Inside an object: strings, escapes and nesting, up to the brace that closes it.
JsonRecordReader::Status JsonRecordReader::inside(QByteArrayView &record)
{
    const char *b = m_buffer.constData();
    while (m_pos < m_end) {
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
                if (b[m_pos] != '\n') {
                    ++m_pos;
                    continue;
                }
            }
            qsizetype p = m_pos;
            while (p < m_end && b[p] != '"' && b[p] != '\\' && b[p] != '\n')
                ++p;
            m_pos = p;
            if (p == m_end)
                break;
            if (b[p] == '"') {
                m_inString = false;
                ++m_pos;
            } else if (b[p] == '\\') {
                m_escape = true;
                ++m_pos;
            } else {
                return broken("the line ends inside a string", false); // the LF is read between records
            }
            continue;
        }
        const char c = b[m_pos];
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                ++m_pos;
                if (m_skipping) {
                    m_skipping = false;
                    return Status::End;
                }
                record = QByteArrayView(b + m_start, m_pos - m_start);
                m_start = -1;
                return Status::Record;
            }
        } else if (c == '\n') {
            if (m_mode == Mode::Lines)
                return broken("the line ends before the record's closing brace (truncated)", false);
            ++m_line;
        }
        ++m_pos;
        if (!m_skipping && m_pos - m_start > m_maxRecord) {
            m_skipping = true;
            m_start = -1;
            return Status::TooLong;
        }
    }
    return Status::End;
}
