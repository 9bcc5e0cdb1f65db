// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_document_parser.h"

#include <charconv>
#include <cstring>

JsonDocumentParser::JsonDocumentParser(size_t maxDepth) : m_maxDepth(maxDepth)
{
    // The capacity grows with the longest text; the depth stays (simdjson keeps it on growth).
    if (m_parser.allocate(4096, maxDepth))
        qFatal("out of memory for the JSON parser");
}

std::optional<JsonDocumentParser::Element> JsonDocumentParser::parseIn(const char *data, size_t length)
{
    Element root;
    if (const simdjson::error_code code = m_parser.parse(data, length, false).get(root)) {
        m_error = code == simdjson::DEPTH_ERROR
            ? QStringLiteral("invalid JSON: nested deeper than %1 levels").arg(m_maxDepth)
            : QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
        return std::nullopt;
    }
    return root;
}

std::optional<JsonDocumentParser::Element> JsonDocumentParser::parse(QByteArrayView text)
{
    const size_t length = size_t(text.size());
    if (m_padded.size() < length + simdjson::SIMDJSON_PADDING)
        m_padded.resize(length + simdjson::SIMDJSON_PADDING);
    if (length)
        std::memcpy(m_padded.data(), text.data(), length);
    std::memset(m_padded.data() + length, 0, simdjson::SIMDJSON_PADDING);
    return parseIn(m_padded.data(), length);
}

std::optional<JsonDocumentParser::Object> JsonDocumentParser::objectOf(const std::optional<Element> &root)
{
    if (!root)
        return std::nullopt;
    Object object;
    if (root->get_object().get(object)) {
        m_error = QStringLiteral("expected a JSON object, found %1").arg(QLatin1String(typeName(*root)));
        return std::nullopt;
    }
    return object;
}

std::optional<JsonDocumentParser::Object> JsonDocumentParser::parseObject(QByteArrayView text)
{
    return objectOf(parse(text));
}

std::optional<JsonDocumentParser::Object> JsonDocumentParser::parseObjectInPlace(QByteArrayView text)
{
    return objectOf(parseIn(text.data(), size_t(text.size())));
}

QByteArrayView JsonDocumentParser::text(Element value)
{
    std::string_view s;
    if (value.get_string().get(s))
        return {};
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

QByteArrayView JsonDocumentParser::textOf(Object object, std::string_view key)
{
    Element value;
    if (object[key].get(value))
        return {};
    return text(value);
}

QByteArrayView JsonDocumentParser::numberText(Element value, std::array<char, 32> &buffer)
{
    std::to_chars_result end{};
    int64_t integer = 0;
    uint64_t unsignedInteger = 0;
    double real = 0;
    if (!value.get_int64().get(integer))
        end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), integer);
    else if (!value.get_uint64().get(unsignedInteger))
        end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), unsignedInteger);
    else if (!value.get_double().get(real)) {
        end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), real, std::chars_format::fixed);
        if (end.ec != std::errc()) // too long without an exponent: 1e300
            end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), real);
    } else
        return {};
    return QByteArrayView(buffer.data(), end.ptr - buffer.data());
}

std::optional<qint64> JsonDocumentParser::integerOf(Object object, std::string_view key)
{
    Element value;
    if (object[key].get(value))
        return std::nullopt;
    int64_t number = 0;
    if (!value.get_int64().get(number))
        return number;
    uint64_t unsignedNumber = 0;
    if (!value.get_uint64().get(unsignedNumber)) // above 2^63: keep the bits (ids, not amounts)
        return qint64(unsignedNumber);
    const QByteArrayView digits = text(value);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 result = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        result = result * 10 + (c - '0');
    }
    return result;
}

std::optional<QString> JsonDocumentParser::stringMember(Object object, std::string_view key, QByteArrayView &out,
                                                        const char *path)
{
    out = {};
    Element value;
    if (object[key].get(value) || value.is_null())
        return std::nullopt;
    if (!value.is_string())
        return wrongType(path ? path : std::string(key).c_str(), "a string", value);
    out = text(value);
    return std::nullopt;
}

QString JsonDocumentParser::wrongType(const char *path, const char *expected, Element value)
{
    return QStringLiteral("\"%1\" is %2, not %3")
        .arg(QString::fromUtf8(path), QLatin1String(typeName(value)), QLatin1String(expected));
}

const char *JsonDocumentParser::typeName(Element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::ARRAY:
        return "an array";
    case simdjson::dom::element_type::OBJECT:
        return "an object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return "a number";
    case simdjson::dom::element_type::STRING:
        return "a string";
    case simdjson::dom::element_type::BOOL:
        return "true or false";
    case simdjson::dom::element_type::NULL_VALUE:
        return "null";
    }
    return "a value";
}
