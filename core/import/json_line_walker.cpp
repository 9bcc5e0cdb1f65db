// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_line_walker.h"

using simdjson::ondemand::json_type;

namespace {

// Whether a string's text (between its quotes) has an escape to decode. Strings and names are
// short here (addresses, names, uids): a plain loop beats a memchr() call.
bool hasEscape(const char *begin, const char *end)
{
    for (const char *p = begin; p != end; ++p) {
        if (*p == '\\')
            return true;
    }
    return false;
}

} // namespace

bool JsonLineWalker::fail(const char *what)
{
    m_error = what;
    return false;
}

// simdjson's message, and the byte it stopped at where it knows it.
bool JsonLineWalker::fail(simdjson::error_code code)
{
    m_error = simdjson::error_message(code);
    const char *at = nullptr;
    if (code != simdjson::UTF8_ERROR && code != simdjson::UNESCAPED_CHARS && code != simdjson::UNCLOSED_STRING &&
        !m_document.current_location().get(at) && at >= m_begin)
        m_error += " at byte " + QByteArray::number(qint64(at - m_begin) + 1);
    return false;
}

bool JsonLineWalker::start(QByteArrayView text, simdjson::ondemand::object &object)
{
    m_begin = text.data();
    m_error.clear();
    // Stage 1 (structure, UTF-8, control characters in strings) runs over the whole text here.
    const simdjson::error_code code =
        m_parser.iterate(text.data(), size_t(text.size()), size_t(text.size() + kPadding)).get(m_document);
    if (code)
        return fail(code);
    simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
    if (failed(m_document.type().get(type)))
        return false;
    if (type != json_type::object)
        return fail("expected a JSON object");
    return !failed(m_document.get_object().get(object));
}

// After the object's last member: the document must end with it.
bool JsonLineWalker::finish()
{
    const char *after = nullptr;
    if (!m_document.current_location().get(after))
        return fail("unexpected text after the object");
    return true;
}

bool JsonLineWalker::read(Value &value, int depth, Kind &kind, QByteArrayView &text)
{
    text = {};
    if (depth > kMaxDepth)
        return fail("nested deeper than 64 levels");
    json_type type = json_type::null;
    if (failed(value.type().get(type)))
        return false;
    switch (type) {
    case json_type::string: {
        kind = Kind::String;
        const std::string_view token = value.raw_json_token(); // "…" and the spaces after it
        const char *begin = token.data() + 1, *end = token.data() + token.size();
        while (end[-1] != '"')
            --end;
        if (!hasEscape(begin, --end)) { // nothing to decode: the text itself
            text = QByteArrayView(begin, end - begin);
            return true;
        }
        std::string_view decoded;
        if (failed(value.get_string().get(decoded)))
            return false;
        text = QByteArrayView(decoded.data(), qsizetype(decoded.size()));
        return true;
    }
    case json_type::number: {
        kind = Kind::Number;
        std::string_view token = value.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\r'))
            token.remove_suffix(1);
        text = QByteArrayView(token.data(), qsizetype(token.size()));
        simdjson::ondemand::number number; // converted only to check it
        return !failed(value.get_number().get(number));
    }
    case json_type::boolean: {
        bool truth = false;
        if (failed(value.get_bool().get(truth)))
            return false;
        kind = truth ? Kind::True : Kind::False;
        return true;
    }
    case json_type::null: {
        bool null = false;
        if (failed(value.is_null().get(null)))
            return false;
        kind = Kind::Null;
        return null || fail("unexpected character");
    }
    case json_type::array:
        kind = Kind::Array;
        return skip(value, depth, false);
    case json_type::object:
        kind = Kind::Object;
        return skip(value, depth, true);
    }
    return fail("unexpected character");
}

// The member's name, decoded: as written when it has no escape (most do; no copy), else
// decoded by simdjson into the parser's buffer. The name ends at the last quote before the
// ':' that precedes the value (stage 1 has checked that structure).
bool JsonLineWalker::memberName(simdjson::simdjson_result<simdjson::ondemand::field> &field, QByteArrayView &name)
{
    simdjson::ondemand::raw_json_string raw;
    Value value;
    if (failed(field.key().get(raw)) || failed(field.value().get(value)))
        return false;
    const char *begin = reinterpret_cast<const char *>(raw.raw()); // after the opening quote
    const char *end = value.raw_json_token().data();
    while (end > begin && end[-1] != '"')
        --end;
    if (end > begin && !hasEscape(begin, --end)) {
        name = QByteArrayView(begin, end - begin);
        return true;
    }
    std::string_view decoded;
    if (failed(field.unescaped_key().get(decoded)))
        return false;
    name = QByteArrayView(decoded.data(), qsizetype(decoded.size()));
    return true;
}

// Validates the members of an object (elements of an array) at depth + 1 without keeping them.
bool JsonLineWalker::skip(Value &value, int depth, bool object)
{
    Kind kind = Kind::Null;
    QByteArrayView text;
    if (object) {
        simdjson::ondemand::object members;
        if (failed(value.get_object().get(members)))
            return false;
        for (auto field : members) {
            QByteArrayView key; // decoded when it has escapes, to check them
            Value inner;
            if (!memberName(field, key) || failed(field.value().get(inner)) || !read(inner, depth + 1, kind, text))
                return false;
        }
        return true;
    }
    simdjson::ondemand::array elements;
    if (failed(value.get_array().get(elements)))
        return false;
    for (auto item : elements) {
        Value inner;
        if (failed(item.get(inner)) || !read(inner, depth + 1, kind, text))
            return false;
    }
    return true;
}
