// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <array>
#include <optional>
#include <vector>

// JsonDocumentParser: parses the JSON text of one log record with simdjson's DOM parser,
// which validates all of it (RFC 8259 grammar, UTF-8, numbers, nesting up to 1,024 levels)
// before anything is read from it, and gives the importers of the JSON log formats typed
// access to nested objects and arrays. Chosen over the FlatJsonScanner (now only in
// tests/bench) and over simdjson's On-Demand API by measurement (`dnstimeline_bench json`,
// README "The JSON parser"): on nested records it is several times faster than re-scanning the
// nested text, and on flat ones still faster.
//
// Ownership: owns the parser and a padded copy of the text (simdjson reads up to 64 bytes
//   past the end), or none with parseObjectInPlace() for text that is followed by kPadding
//   readable bytes (LineReader's lines are); the element parse() returns, and every view
//   taken from it, stay valid until the next parse().
// Thread-safety: none; one parser per import.
// Cost: one memcpy of the text and one simdjson parse (stage 1 with the CPU's SIMD
//   instructions, chosen at run time); no allocation once the buffers have grown to the
//   longest record.
class JsonDocumentParser {
public:
    using Element = simdjson::dom::element;
    using Object = simdjson::dom::object;

    static constexpr qsizetype kPadding = simdjson::SIMDJSON_PADDING;

    // maxDepth: the deepest nesting accepted (the root object or array is level 1); deeper
    // text is refused with "nested deeper than maxDepth levels".
    explicit JsonDocumentParser(size_t maxDepth = simdjson::DEFAULT_MAX_DEPTH);

    // The root value of text, or std::nullopt with error() saying why.
    std::optional<Element> parse(QByteArrayView text);
    // The root, which must be an object; otherwise std::nullopt and error().
    std::optional<Object> parseObject(QByteArrayView text);
    // parseObject() for text followed by kPadding readable bytes of any content: parsed where
    // it is, without a copy.
    std::optional<Object> parseObjectInPlace(QByteArrayView text);
    const QString &error() const { return m_error; }

    // The text of a string value (escapes decoded), or an empty view for any other value.
    static QByteArrayView text(Element value);
    // The text of object[key] when it is a string; empty when absent, null or not a string.
    static QByteArrayView textOf(Object object, std::string_view key);
    // A number's text for the builders, which read text: an integer as its digits, any other
    // number as the shortest text without an exponent that reads back as the same double
    // ("1521911720.865716" stays itself, "1700000000.0" becomes "1700000000"); empty for a value
    // that is not a number. The text is written into buffer.
    static QByteArrayView numberText(Element value, std::array<char, 32> &buffer);
    // A whole number, from a number or from a string of digits (AWS writes ports as strings):
    // std::nullopt when absent, null, fractional or not a number.
    static std::optional<qint64> integerOf(Object object, std::string_view key);
    // Reads object[key] into out when it is a string (escapes decoded); out is empty when it is
    // absent or null. Another type gives the complaint `"PATH" is a number, not a string`
    // (PATH: path, or key when null), and out is left empty.
    static std::optional<QString> stringMember(Object object, std::string_view key, QByteArrayView &out,
                                               const char *path = nullptr);
    // `"PATH" is WHAT-IT-IS, not EXPECTED` for a member of the wrong type.
    static QString wrongType(const char *path, const char *expected, Element value);
    // A short description of the JSON type of value ("a string", "an object", ...), for messages.
    static const char *typeName(Element value);

private:
    std::optional<Element> parseIn(const char *data, size_t length);
    std::optional<Object> objectOf(const std::optional<Element> &root);

    size_t m_maxDepth;
    simdjson::dom::parser m_parser;
    std::vector<char> m_padded;
    QString m_error;
};
