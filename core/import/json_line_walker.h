// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <simdjson.h>

#include <string_view>

// JsonLineWalker: reads one JSON-lines record, which must be a JSON object, with simdjson's
// On-Demand API, and validates all of it: simdjson checks the grammar, UTF-8 and control
// characters of the whole text at once, and the walker reads every value — the ones nobody
// needs are checked and skipped (numbers converted, strings with escapes decoded, arrays and
// objects walked) — so a record is either valid JSON or refused with a message, as with the
// DOM parser, at On-Demand's speed. Nesting deeper than kMaxDepth levels (the record's object
// is level 1) is refused. Member names are compared decoded.
//
// Ownership: owns the simdjson parser, reused for every record. The text is not copied:
//   simdjson reads up to kPadding bytes past its end, which the caller keeps readable
//   (LineReader's lines are). The views given out (member names, strings, numbers as written)
//   point into the text or into the parser, and stay valid until the next walkObject().
// Thread-safety: none; one walker per import.
// Cost: simdjson's stage 1 over the text (SIMD, chosen at run time), then one pass over its
//   values; no allocation once the parser has grown to the longest record.
class JsonLineWalker {
public:
    using Value = simdjson::ondemand::value;
    enum class Kind { String, Number, True, False, Null, Array, Object };
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kPadding = simdjson::SIMDJSON_PADDING;

    // Walks the object in text, calling member(key, value) for each of its members in order;
    // member reads value with read() or forEachElement() (or leaves it, to have it validated
    // and skipped) and returns false to stop. False when text is not one valid JSON object or
    // member stopped; error() then says why and at which byte.
    template<typename Member>
    bool walkObject(QByteArrayView text, Member member);

    // Reads value, which is at nesting level depth: its kind, and in text the text of a string
    // (escapes decoded) or of a number (as written); an array or object is validated and skipped.
    bool read(Value &value, int depth, Kind &kind, QByteArrayView &text);
    // For an array value: element(kind, text) for each of its elements in order, as read()
    // reads them, and kind Array. Any other value is read by read(), element not called. False
    // when the value is not valid JSON (error() says why).
    template<typename Element>
    bool forEachElement(Value &value, int depth, Kind &kind, Element element);

    const QByteArray &error() const { return m_error; }

private:
    bool start(QByteArrayView text, simdjson::ondemand::object &object);
    bool finish();
    bool memberName(simdjson::simdjson_result<simdjson::ondemand::field> &field, QByteArrayView &name);
    bool skip(Value &value, int depth, bool object);
    bool fail(simdjson::error_code code);
    bool fail(const char *what);
    bool failed(simdjson::error_code code) { return code != simdjson::SUCCESS && !fail(code); }

    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
    const char *m_begin = nullptr; // of the text
    QByteArray m_error;
};

template<typename Member>
bool JsonLineWalker::walkObject(QByteArrayView text, Member member)
{
    simdjson::ondemand::object object;
    if (!start(text, object))
        return false;
    for (auto field : object) {
        QByteArrayView key;
        if (!memberName(field, key))
            return false;
        Value value;
        if (failed(field.value().get(value)))
            return false;
        if (!member(key, value))
            return false;
    }
    return finish();
}

template<typename Element>
bool JsonLineWalker::forEachElement(Value &value, int depth, Kind &kind, Element element)
{
    QByteArrayView text;
    simdjson::ondemand::json_type type = simdjson::ondemand::json_type::null;
    if (failed(value.type().get(type)))
        return false;
    if (type != simdjson::ondemand::json_type::array)
        return read(value, depth, kind, text);
    kind = Kind::Array;
    if (depth > kMaxDepth)
        return fail("nested deeper than 64 levels");
    simdjson::ondemand::array array;
    if (failed(value.get_array().get(array)))
        return false;
    for (auto item : array) {
        Value inner;
        Kind innerKind = Kind::Null;
        if (failed(item.get(inner)) || !read(inner, depth + 1, innerKind, text))
            return false;
        element(innerKind, text);
    }
    return true;
}
