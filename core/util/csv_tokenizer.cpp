// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_tokenizer.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace {

constexpr std::array<uchar, 3> kBom = {0xEF, 0xBB, 0xBF};

// First byte in [p, end) equal to sep or LF, or end. Eight bytes per step on little-endian
// machines (the classic "has zero byte" test; only the lowest hit is used, which is exact).
inline const char *findFieldEnd(const char *p, const char *end, char sep)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const quint64 sepMask = kOnes * uchar(sep);
    const quint64 lfMask = kOnes * uchar('\n');
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        const quint64 a = word ^ sepMask;
        const quint64 b = word ^ lfMask;
        const quint64 hit = ((a - kOnes) & ~a & kHighs) | ((b - kOnes) & ~b & kHighs);
        if (hit != 0)
            return p + (std::countr_zero(hit) >> 3);
        p += 8;
    }
#endif
    while (p < end && *p != sep && *p != '\n')
        ++p;
    return p;
}

} // namespace

CsvTokenizer::CsvTokenizer(char separator)
    : m_sep(separator == '"' || separator == '\n' || separator == '\r' ? ',' : separator)
{
    m_fields.reserve(16);
}

void CsvTokenizer::setMaxRecordBytes(qsizetype bytes)
{
    m_maxRecordBytes = std::max<qsizetype>(bytes, 1);
}

QString CsvTokenizer::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::TextAfterQuote:
        return QStringLiteral("text after a closing quote");
    case Problem::UnterminatedQuote:
        return QStringLiteral("quoted field not closed before the end of the input");
    case Problem::RecordTooLong:
        return QStringLiteral("record longer than the limit; skipped");
    }
    return QString();
}

void CsvTokenizer::reset()
{
    const qsizetype limit = m_maxRecordBytes;
    const bool skipSpaces = m_skipSpacesBeforeQuote;
    *this = CsvTokenizer(m_sep);
    m_maxRecordBytes = limit;
    m_skipSpacesBeforeQuote = skipSpaces;
}

void CsvTokenizer::feed(QByteArrayView chunk, const RecordFn &fn)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    while (m_bomMatched >= 0 && p < end) {
        if (uchar(*p) != kBom[size_t(m_bomMatched)]) {
            releaseBomPrefix(fn); // not a BOM: the bytes matched so far are data
            break;
        }
        ++p;
        if (++m_bomMatched == int(kBom.size()))
            m_bomMatched = -1; // a whole BOM: dropped
    }
    feedBody(p, end, fn);
}

void CsvTokenizer::releaseBomPrefix(const RecordFn &fn)
{
    const auto bytes = reinterpret_cast<const char *>(kBom.data());
    const int count = m_bomMatched;
    m_bomMatched = -1;
    feedBody(bytes, bytes + count, fn);
}

void CsvTokenizer::finish(const RecordFn &fn)
{
    if (m_bomMatched > 0)
        releaseBomPrefix(fn);
    if (!m_discarding && !m_carry.isEmpty()) {
        Parsed parsed;
        const char *begin = m_carry.constData();
        parseRecord(begin, begin + m_carry.size(), true, parsed);
        deliver(parsed, m_carry.size(), fn);
    }
    reset();
}

void CsvTokenizer::reportTooLong(const RecordFn &fn)
{
    fn(m_line, std::span<const QByteArrayView>(), Problem::RecordTooLong);
}

void CsvTokenizer::deliver(const Parsed &parsed, qsizetype length, const RecordFn &fn)
{
    if (parsed.empty) {
        // skipped, only counted
    } else if (length > m_maxRecordBytes) {
        reportTooLong(fn);
    } else {
        fn(m_line, std::span<const QByteArrayView>(m_fields.data(), m_fields.size()), parsed.problem);
    }
    m_line += parsed.lines;
}

void CsvTokenizer::feedBody(const char *p, const char *end, const RecordFn &fn)
{
    if (p == end)
        return;

    // 1. Complete (or keep skipping) the record pending from earlier chunks.
    if (m_discarding || !m_carry.isEmpty()) {
        const char *lf = scanForEnd(p, end);
        if (lf == nullptr) {
            if (!m_discarding) {
                if (m_carry.size() + (end - p) > m_maxRecordBytes) {
                    reportTooLong(fn);
                    m_discarding = true;
                    m_carry.clear();
                } else {
                    m_carry.append(p, end - p);
                }
            }
            return;
        }
        const qsizetype length = m_carry.size() + (lf - p);
        if (m_discarding || length > m_maxRecordBytes) {
            if (!m_discarding)
                reportTooLong(fn);
            m_line += m_pendingLfs + 1;
        } else {
            m_carry.append(p, lf + 1 - p);
            Parsed parsed;
            const char *begin = m_carry.constData();
            parseRecord(begin, begin + m_carry.size(), false, parsed);
            Q_ASSERT(parsed.next == begin + m_carry.size());
            deliver(parsed, length, fn);
        }
        m_discarding = false;
        m_carry.clear();
        m_scan = ScanState::FieldStart;
        m_pendingLfs = 0;
        p = lf + 1;
    }

    // 2. Records entirely inside this chunk: fields are views into it.
    while (p < end) {
        Parsed parsed;
        if (!parseRecord(p, end, false, parsed)) {
            // Incomplete tail: keep it (or, if already too long, start skipping it).
            m_scan = ScanState::FieldStart;
            m_pendingLfs = 0;
            [[maybe_unused]] const char *lf = scanForEnd(p, end);
            Q_ASSERT(lf == nullptr);
            if (end - p > m_maxRecordBytes) {
                reportTooLong(fn);
                m_discarding = true;
            } else {
                m_carry.append(p, end - p);
            }
            return;
        }
        deliver(parsed, parsed.next - p - 1, fn);
        p = parsed.next;
    }
}

// Continues the record-boundary state machine in m_scan over [p, end). Returns the LF that
// ends the pending record, or nullptr. Counts LFs inside quotes into m_pendingLfs.
// Must agree with parseRecord() on where records end.
const char *CsvTokenizer::scanForEnd(const char *p, const char *end)
{
    const char sep = m_sep;
    ScanState state = m_scan;
    for (; p < end; ++p) {
        const char c = *p;
        switch (state) {
        case ScanState::FieldStart:
        case ScanState::Unquoted:
        case ScanState::QuoteSeen:
            if (c == '\n') {
                m_scan = ScanState::FieldStart;
                return p;
            }
            if (c == sep)
                state = ScanState::FieldStart;
            else if (c == ' ' && state == ScanState::FieldStart && m_skipSpacesBeforeQuote)
                state = ScanState::FieldStart; // maybe spaces before an opening quote
            else if (c == '"' && state != ScanState::Unquoted)
                state = ScanState::Quoted; // opening quote, or the second of a doubled pair
            else
                state = ScanState::Unquoted;
            break;
        case ScanState::Quoted:
            if (c == '"')
                state = ScanState::QuoteSeen;
            else if (c == '\n')
                ++m_pendingLfs;
            break;
        }
    }
    m_scan = state;
    return nullptr;
}

void CsvTokenizer::startScratchField(const char *from, const char *to)
{
    m_scratchFieldStart = qsizetype(m_scratch.size());
    m_scratch.append(from, size_t(to - from));
}

void CsvTokenizer::appendScratch(const char *from, const char *to)
{
    m_scratch.append(from, size_t(to - from));
}

void CsvTokenizer::pushScratchField()
{
    m_fixups.push_back(
        {qsizetype(m_fields.size()), m_scratchFieldStart, qsizetype(m_scratch.size()) - m_scratchFieldStart});
    m_fields.emplace_back();
}

// Parses one record starting at begin. Returns false if [begin, end) ends before the record
// does (and atEnd is false); with atEnd the end of the buffer ends the record.
bool CsvTokenizer::parseRecord(const char *begin, const char *end, bool atEnd, Parsed &out)
{
    m_fields.clear();
    m_fixups.clear();
    m_scratch.clear();
    const char sep = m_sep;
    const char *p = begin;
    qint64 lfs = 0;
    Problem problem = Problem::None;
    const char *next = end;

    for (;;) {
        if (m_skipSpacesBeforeQuote && p < end && *p == ' ') {
            const char *q = p;
            while (q < end && *q == ' ')
                ++q;
            if (q < end && *q == '"')
                p = q;
        }
        if (p == end || *p != '"') { // unquoted field (the hot path)
            const char *stop = findFieldEnd(p, end, sep);
            if (stop < end && *stop == sep) {
                m_fields.emplace_back(p, stop - p);
                p = stop + 1;
                continue;
            }
            if (stop == end && !atEnd)
                return false;
            const char *fieldEnd = (stop > p && stop[-1] == '\r') ? stop - 1 : stop;
            m_fields.emplace_back(p, fieldEnd - p);
            next = stop == end ? end : stop + 1;
            lfs += stop == end ? 0 : 1;
            break;
        }

        // Quoted field: the content is a view unless doubled quotes force a copy.
        const char *fieldStart = p + 1;
        const char *q = fieldStart;
        const char *closing = nullptr;
        bool copying = false;
        while (closing == nullptr) {
            const auto quote = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
            lfs += std::count(q, quote ? quote : end, '\n');
            if (quote == nullptr) { // unterminated: the field runs to the end of the input
                if (!atEnd)
                    return false;
                if (problem == Problem::None)
                    problem = Problem::UnterminatedQuote;
                closing = end;
            } else if (quote + 1 == end && !atEnd) {
                return false; // cannot tell a closing quote from a doubled one yet
            } else if (quote + 1 < end && quote[1] == '"') {
                if (!copying)
                    startScratchField(fieldStart, quote + 1);
                else
                    appendScratch(q, quote + 1);
                copying = true;
                q = quote + 2;
                continue;
            } else {
                closing = quote;
            }
            if (copying)
                appendScratch(q, closing);
        }
        p = closing == end ? end : closing + 1;
        // Whatever follows the closing quote up to the separator or LF (a CR right before
        // the LF or the end aside) is malformed: keep it literally and flag the record.
        const char *stop = findFieldEnd(p, end, sep);
        if (stop == end && !atEnd)
            return false;
        const char *tailEnd = stop;
        if ((stop == end || *stop == '\n') && tailEnd > p && tailEnd[-1] == '\r')
            --tailEnd;
        if (tailEnd > p) {
            if (problem == Problem::None)
                problem = Problem::TextAfterQuote;
            if (!copying)
                startScratchField(fieldStart, closing);
            appendScratch(p, tailEnd);
            copying = true;
        }
        if (copying)
            pushScratchField();
        else
            m_fields.emplace_back(fieldStart, closing - fieldStart);
        if (stop < end && *stop == sep) {
            p = stop + 1;
            continue;
        }
        next = stop == end ? end : stop + 1;
        lfs += stop == end ? 0 : 1;
        break;
    }

    for (const Fixup &fix : m_fixups)
        m_fields[size_t(fix.index)] = QByteArrayView(m_scratch.data() + fix.offset, fix.length);
    out.next = next;
    out.lines = lfs;
    out.problem = problem;
    out.empty = m_fields.size() == 1 && m_fields.front().isEmpty() && *begin != '"';
    return true;
}

char CsvTokenizer::detectSeparator(QByteArrayView head)
{
    constexpr std::array<char, 4> kCandidates = {',', '\t', ';', '|'};
    constexpr int kMaxLines = 20;
    if (head.size() >= 3 && std::equal(kBom.begin(), kBom.end(), reinterpret_cast<const uchar *>(head.data())))
        head = head.sliced(3);

    char best = ',';
    int bestScore = 0;
    int bestFields = 0;
    for (const char sep : kCandidates) {
        std::vector<int> counts;
        int fields = 1;
        bool inQuotes = false;
        bool lineHasBytes = false;
        for (const char c : head) {
            if (c == '"') {
                inQuotes = !inQuotes; // a doubled quote toggles twice
            } else if (!inQuotes && c == sep) {
                ++fields;
            } else if (!inQuotes && c == '\n') {
                if (lineHasBytes)
                    counts.push_back(fields);
                if (int(counts.size()) >= kMaxLines)
                    break;
                fields = 1;
                lineHasBytes = false;
                continue;
            }
            if (c != '\r')
                lineHasBytes = true;
        }
        if (counts.empty() && lineHasBytes)
            counts.push_back(fields); // a single unterminated line
        // The most frequent field count (> 1) and how many lines agree on it.
        int score = 0;
        int modeFields = 0;
        for (const int candidate : counts) {
            if (candidate <= 1)
                continue;
            const int agree = int(std::count(counts.begin(), counts.end(), candidate));
            if (agree > score || (agree == score && candidate > modeFields)) {
                score = agree;
                modeFields = candidate;
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && modeFields > bestFields)) {
            best = sep;
            bestScore = score;
            bestFields = modeFields;
        }
    }
    return best;
}
