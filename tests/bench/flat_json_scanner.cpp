// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flat_json_scanner.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexValue(p[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// The first byte at or after p that ends a run of plain string text: '"', '\\' or a control
// character (end if none). Strings are most of a Zeek JSON line, so this looks at 16 bytes at once.
const char *plainTextEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                         _mm_cmpeq_epi8(_mm_max_epu8(bytes, lastControl), lastControl));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(special)))
            return p + std::countr_zero(mask);
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
        ++p;
    return p;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6))).append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12))).append(char(0x80 | ((c >> 6) & 0x3F))).append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18))).append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F))).append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

bool FlatJsonScanner::fail(const char *what)
{
    m_error = what;
    m_error += " at byte " + QByteArray::number(qint64(m_p - m_begin) + 1);
    return false;
}

void FlatJsonScanner::skipSpace()
{
    if (m_p<m_end &&static_cast<unsigned char>(*m_p)> ' ')
        return;
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
        ++m_p;
}

bool FlatJsonScanner::scan(QByteArrayView text)
{
    return scanTop(text, '{');
}

bool FlatJsonScanner::scanArray(QByteArrayView text)
{
    return scanTop(text, '[');
}

bool FlatJsonScanner::scanTop(QByteArrayView text, char open)
{
    m_begin = m_p = text.data();
    m_end = m_p + text.size();
    m_members.clear();
    m_error.clear();
    skipSpace();
    if (m_p == m_end || *m_p != open)
        return fail(open == '{' ? "expected a JSON object" : "expected a JSON array");
    if (!value(1, nullptr))
        return false;
    skipSpace();
    return m_p == m_end || fail(open == '{' ? "unexpected text after the object" : "unexpected text after the array");
}

// Parses one value at m_p; at depth 1 (the top-level object or array) its members (elements)
// are collected.
bool FlatJsonScanner::value(int depth, Member *member)
{
    if (depth > kMaxDepth)
        return fail("nested deeper than 64 levels");
    if (m_p == m_end)
        return fail("unexpected end of line");
    const char *start = m_p;
    Member dummy{};
    Member &m = member ? *member : dummy;
    switch (*m_p) {
    case '"':
        m.kind = Kind::String;
        return string(&m.raw, &m.escaped);
    case 't':
        m.kind = Kind::True;
        return literal("true", 4);
    case 'f':
        m.kind = Kind::False;
        return literal("false", 5);
    case 'n':
        m.kind = Kind::Null;
        return literal("null", 4);
    case '[':
    case '{': {
        const bool object = *m_p == '{';
        const char close = object ? '}' : ']';
        m.kind = object ? Kind::Object : Kind::Array;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            m.raw = QByteArrayView(start, m_p - start);
            return true;
        }
        for (;;) {
            Member inner{};
            if (object) {
                skipSpace();
                if (m_p == m_end || *m_p != '"')
                    return fail("expected a member name");
                bool escaped = false;
                if (!string(&inner.key, &escaped))
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return fail("expected ':'");
                ++m_p;
            }
            skipSpace();
            if (!value(depth + 1, depth == 1 ? &inner : nullptr))
                return false;
            if (depth == 1)
                m_members.push_back(inner);
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                m.raw = QByteArrayView(start, m_p - start);
                return true;
            }
            return fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
    default:
        if (*m_p == '-' || isDigit(*m_p)) {
            m.kind = Kind::Number;
            if (!number())
                return false;
            m.raw = QByteArrayView(start, m_p - start);
            return true;
        }
        return fail("unexpected character");
    }
}

bool FlatJsonScanner::string(QByteArrayView *content, bool *escaped)
{
    const char *start = ++m_p;
    *escaped = false;
    for (;;) {
        m_p = plainTextEnd(m_p, m_end);
        if (m_p == m_end)
            return fail("unterminated string");
        if (*m_p == '"')
            break;
        if (*m_p != '\\')
            return fail("control character in a string");
        *escaped = true;
        if (m_end - m_p < 2)
            return fail("unterminated string");
        const char e = m_p[1];
        if (e == 'u') {
            if (m_end - m_p < 6 || hex4(m_p + 2) < 0)
                return fail("bad \\u escape");
            m_p += 6;
        } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
            m_p += 2;
        } else {
            return fail("bad escape");
        }
    }
    *content = QByteArrayView(start, m_p - start);
    ++m_p;
    return true;
}

bool FlatJsonScanner::number()
{
    if (*m_p == '-')
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p))
        return fail("bad number");
    if (*m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    return true;
}

bool FlatJsonScanner::literal(const char *word, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
        return fail("unexpected character");
    m_p += length;
    return true;
}

QByteArrayView FlatJsonScanner::decodeString(QByteArrayView raw, QByteArray &out)
{
    out.resize(0);
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        if (*p != '\\') {
            out.append(*p++);
            continue;
        }
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char32_t c = char32_t(hex4(p));
            p += 4;
            if (c >= 0xD800 && c <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const int low = hex4(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    c = 0x10000 + ((c - 0xD800) << 10) + char32_t(low - 0xDC00);
                    p += 6;
                }
            }
            appendUtf8(out, c >= 0xD800 && c <= 0xDFFF ? char32_t(0xFFFD) : c);
            break;
        }
        default:
            out.append(e);
            break; // " \ /
        }
    }
    return out;
}
