// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <span>
#include <string>
#include <vector>

// CsvTokenizer: a streaming RFC 4180 tokenizer. Input arrives in chunks of any size
// (a record, a quoted field, a CRLF or a doubled quote may straddle chunk boundaries);
// complete records are handed to a callback as a span of field views.
//
// Ownership: unquoted fields, and quoted fields without doubled quotes, are views into the
//   caller's chunk; unescaped quoted fields live in a scratch buffer the tokenizer owns. The
//   incomplete tail of a chunk is copied into an internal carry buffer. All views passed to
//   the callback are valid only during that call.
// Thread-safety: none; one tokenizer per stream and thread. detectSeparator() is reentrant.
// Cost: O(n) with no per-field heap allocation; unquoted fields are scanned 8 bytes at a
//   time. Memory: the carry and scratch buffers are bounded by maxRecordBytes() (plus, within
//   one chunk, by the chunk size).
//
// Contract (lenient where RFC 4180 is silent or broken input appears):
// - Records end at LF outside quotes. A CR right before that LF (or before the end of the
//   input in finish()) is stripped; any other CR outside quotes is ordinary field data.
//   Inside quotes, CR and LF are field data.
// - A UTF-8 BOM (EF BB BF) at the very start of the stream is skipped.
// - Empty lines (zero bytes, or just a CR, before the LF) are skipped but counted.
// - A final record without a trailing LF is delivered by finish().
// - A quote that is not the first byte of a field is literal data (`ab"c` -> `ab"c`), not a problem.
// - Text after a closing quote before the separator (`"ab"c,`) is appended literally to the
//   field (`abc`) and the record is flagged Problem::TextAfterQuote.
// - A quote still open at the end of the input: the field takes everything up to the end
//   (doubled quotes unescaped) and the record is flagged Problem::UnterminatedQuote.
// - A record whose length (bytes before its terminating LF) exceeds maxRecordBytes() is not
//   buffered: it is reported once, as soon as it is known to be too long, with no fields and
//   Problem::RecordTooLong, then skipped up to its own (quote-aware) end. An unterminated
//   quote therefore swallows the rest of the input into one rejected record.
// - Line numbers are 1-based physical lines: each LF, also inside quotes, advances them.
// - Off by default (RFC 4180): with setSkipSpacesBeforeQuote(true), spaces between a separator
//   (or the start of a record) and an opening quote are dropped, so `"a", "b"` gives `a` and
//   `b`; spaces before anything else stay field data.
class CsvTokenizer {
public:
    enum class Problem {
        None,
        TextAfterQuote,    // characters between a closing quote and the separator/end of line
        UnterminatedQuote, // the input ended inside a quoted field
        RecordTooLong,     // longer than maxRecordBytes(); delivered without fields
    };
    // line: 1-based physical line on which the record starts. fields: valid during the call.
    using RecordFn = std::function<void(qint64 line, std::span<const QByteArrayView> fields, Problem problem)>;
    static constexpr qsizetype kDefaultMaxRecordBytes = qsizetype(1) << 20; // 1 MiB

    // separator: any byte except '"', CR and LF (those fall back to ',').
    explicit CsvTokenizer(char separator);

    // Picks among ',' '\t' ';' '|' the separator that splits the first (up to 20) lines of
    // head, outside quotes, into the same number (> 1) of fields most consistently. A last
    // line without LF is ignored unless it is the only one. Ties: more fields, then the order
    // above. Default ','.
    static char detectSeparator(QByteArrayView head);

    // Human-readable description of a problem, for import issue messages.
    static QString problemText(Problem problem);

    char separator() const { return m_sep; }
    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    void setMaxRecordBytes(qsizetype bytes); // clamped to >= 1
    bool skipsSpacesBeforeQuote() const { return m_skipSpacesBeforeQuote; }
    void setSkipSpacesBeforeQuote(bool skip) { m_skipSpacesBeforeQuote = skip; }

    // Tokenizes chunk, calling fn for every record completed by it (in input order).
    void feed(QByteArrayView chunk, const RecordFn &fn);
    // Ends the input: delivers a pending final record, then resets for a new stream.
    void finish(const RecordFn &fn);
    // Forgets all pending input; line numbers restart at 1.
    void reset();

    // The line on which the next record would start (1-based).
    qint64 nextLine() const { return m_line; }

private:
    enum class ScanState : quint8 { FieldStart, Unquoted, Quoted, QuoteSeen };
    struct Parsed {
        const char *next = nullptr; // first byte after the record (and its LF)
        qint64 lines = 0;           // LFs consumed, terminator included
        Problem problem = Problem::None;
        bool empty = false; // an empty line, to be skipped
    };
    struct Fixup { // a field whose bytes live in m_scratch
        qsizetype index;
        qsizetype offset;
        qsizetype length;
    };

    void feedBody(const char *p, const char *end, const RecordFn &fn);
    void releaseBomPrefix(const RecordFn &fn);
    bool parseRecord(const char *begin, const char *end, bool atEnd, Parsed &out);
    const char *scanForEnd(const char *p, const char *end);
    void startScratchField(const char *from, const char *to);
    void appendScratch(const char *from, const char *to);
    void pushScratchField();
    void deliver(const Parsed &parsed, qsizetype length, const RecordFn &fn);
    void reportTooLong(const RecordFn &fn);

    char m_sep;
    qsizetype m_maxRecordBytes = kDefaultMaxRecordBytes;
    bool m_skipSpacesBeforeQuote = false;
    qint64 m_line = 1;

    QByteArray m_carry;                       // bytes of an incomplete record
    ScanState m_scan = ScanState::FieldStart; // scanner state at the end of m_carry
    qint64 m_pendingLfs = 0;                  // LFs inside quotes seen by the scanner for the pending record
    bool m_discarding = false;                // skipping the rest of an over-long record

    int m_bomMatched = 0; // BOM bytes matched at the stream start; -1 once decided

    std::vector<QByteArrayView> m_fields;
    std::vector<Fixup> m_fixups;
    std::string m_scratch;
    qsizetype m_scratchFieldStart = 0;
};
