// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// FlatJsonScanner: validates one JSON text that must be an object (RFC 8259 grammar: strings
// with escapes and no raw control characters, numbers, true/false/null, arrays, objects) and
// lists the members of that top-level object. Nested arrays and objects are checked and
// skipped as one value; nesting deeper than kMaxDepth levels is refused, so the recursion and
// the work stay bounded. Made for JSON-lines logs where a record is one flat object. No longer
// part of the product: every JSON importer moved to simdjson's DOM parser, measured faster
// (README, "The JSON parser"); kept in tests/bench as the peer of `dnstimeline_bench json`,
// `zeek-json` and `cof` (FlatZeekJsonImporter, FlatCofImporter).
//
// Ownership: member views point into the scanned text (valid while it is); the member list is
//   reused from one scan to the next.
// Thread-safety: none; one scanner per thread. decodeString() is reentrant.
// Cost: one pass over the text, no allocation once the member list has grown; strings are
//   only unescaped when decodeString() is asked to.
class FlatJsonScanner {
public:
    enum class Kind { String, Number, True, False, Null, Array, Object };
    struct Member {
        QByteArrayView key; // as written between the quotes (escapes not decoded)
        Kind kind;
        QByteArrayView raw; // a string's text between its quotes, otherwise the value as written
        bool escaped;       // a string with backslash escapes: decode it with decodeString()
    };
    static constexpr int kMaxDepth = 64;

    // True if text (surrounding whitespace allowed) is one valid JSON object; see members().
    // Otherwise false, with error() saying what is wrong and where.
    bool scan(QByteArrayView text);
    // The same for one JSON array (e.g. a member's raw value): members() then lists its
    // elements, in order, with empty keys.
    bool scanArray(QByteArrayView text);
    const std::vector<Member> &members() const { return m_members; }
    const QByteArray &error() const { return m_error; }

    // The text of a string value with its escapes decoded (\uXXXX to UTF-8, surrogate pairs
    // joined, a lone surrogate becomes U+FFFD). raw must come from a successful scan().
    static QByteArrayView decodeString(QByteArrayView raw, QByteArray &out);

private:
    bool scanTop(QByteArrayView text, char open);
    bool value(int depth, Member *member);
    bool string(QByteArrayView *content, bool *escaped);
    bool number();
    bool literal(const char *word, qsizetype length);
    bool fail(const char *what);
    void skipSpace();

    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    std::vector<Member> m_members;
    QByteArray m_error;
};
