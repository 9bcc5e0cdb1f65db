// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_sql.h"

#include "sip_hash.h"

#include <QStringList>

namespace {
const char kHex[] = "0123456789ABCDEF";

// One character of a glob outside a set, as RE2 reads it literally.
void appendLiteral(QByteArray &re, QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\n') {
        re += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
        re += "\\x{";
        re += QByteArray::number(int(u), 16);
        re += '}';
    } else if (u < 0x80 && !std::isalnum(int(u)) && u != u'_') {
        re += '\\';
        re += char(u);
    } else {
        re += QString(c).toUtf8();
    }
}
} // namespace

QByteArray ClickHouseSql::quote(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '\'';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\0':
            out += "\\0";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                out += "\\x";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '\'';
    return out;
}

QByteArray ClickHouseSql::quote(const QString &text)
{
    return quote(QByteArrayView(text.toUtf8()));
}

bool ClickHouseSql::isIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 128 || name[0].isDigit())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!(u == u'_' || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

QByteArray ClickHouseSql::numberList(const QList<qint64> &values)
{
    QByteArray out;
    for (qint64 v : values) {
        if (!out.isEmpty())
            out += ", ";
        out += QByteArray::number(v);
    }
    return out;
}

QByteArray ClickHouseSql::stringArray(const QStringList &values)
{
    QByteArray out = "[";
    for (const QString &v : values) {
        if (out.size() > 1)
            out += ", ";
        out += quote(v);
    }
    return out + ']';
}

namespace {
// The same reading of the glob as NameGlob::pattern, written for RE2, unanchored: "(?:…)".
QByteArray globBody(const QString &glob)
{
    QByteArray re = "(?:";
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        const qsizetype close = c == QLatin1Char('[') ? glob.indexOf(QLatin1Char(']'), i + 2) : -1;
        if (c.isHighSurrogate() && i + 1 < glob.size()) {
            re += glob.mid(i++, 2).toUtf8();
        } else if (c == QLatin1Char('*')) {
            re += "[^\\n]*";
        } else if (c == QLatin1Char('?')) {
            re += "[^\\n]";
        } else if (close > 0) {
            QString set = glob.mid(i + 1, close - i - 1);
            const bool negated = set.startsWith(QLatin1Char('!')) || set.startsWith(QLatin1Char('^'));
            if (negated)
                set.remove(0, 1);
            re += negated ? "[^" : "[";
            for (const QChar s : set) {
                // Ranges keep their '-'; a leading ']' is literal in both dialects.
                if (s == QLatin1Char('-') || s == QLatin1Char(']'))
                    re += char(s.unicode());
                else
                    appendLiteral(re, s);
            }
            re += ']';
            i = close;
        } else {
            appendLiteral(re, c);
        }
    }
    return re + ')';
}
} // namespace

QByteArray ClickHouseSql::globRegex(const QString &glob)
{
    return "(?i)\\A" + globBody(glob) + "\\z";
}

QByteArray ClickHouseSql::answerSetRegex(const QString &glob)
{
    return "(?im)^[^\\t\\n]*\\t[^\\t\\n]*\\t" + globBody(glob) + '$';
}

QByteArray ClickHouseSql::globCondition(const QByteArray &column, const QString &glob)
{
    if (glob == QLatin1String("*"))
        return "1";
    return "(" + column + " != '' AND match(" + column + ", " + quote(QByteArrayView(globRegex(glob))) + "))";
}

QByteArray ClickHouseSql::column(LookupField field)
{
    switch (ownerSource(field)) {
    case LookupField::Dataset:
        return "dataset";
    case LookupField::Client:
        return "client_h";
    case LookupField::Qname:
        return "qname_h";
    case LookupField::Qtype:
        return "qtype_h";
    case LookupField::Rcode:
        return "rcode_h";
    case LookupField::Server:
        return "server_h";
    case LookupField::Proto: {
        // The hash of the lookup's proto name (LookupFlags::protoName of its flags), so proto
        // splits and filters like a name field.
        static const QByteArray expr = [] {
            QByteArray from, to;
            for (quint8 flags = 0; flags < 16; ++flags) {
                from += (flags ? "," : "") + QByteArray::number(flags);
                to += (flags ? "," : "") + QByteArray::number(nameHash(LookupFlags::protoName(flags)));
            }
            return "transform(toUInt8(bitAnd(flags, 15)), [" + from + "], [" + to + "], toUInt64(0))";
        }();
        return expr;
    }
    case LookupField::Answer: // several values per lookup: one row per value
        return "arrayJoin(" + answerValues() + ")";
    default: // owner fields: ownerSource() gave their source
        break;
    }
    return "dataset";
}

QByteArray ClickHouseSql::answerValues()
{
    return "if(empty(answer_values), [toUInt64(0)], answer_values)";
}

quint64 ClickHouseSql::nameHash(QByteArrayView utf8)
{
    return utf8.isEmpty() ? 0 : sipHash64(utf8);
}

quint64 ClickHouseSql::nameHash(const QString &text)
{
    return nameHash(QByteArrayView(text.toUtf8()));
}

QByteArray ClickHouseSql::hashArray(const QList<quint64> &values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + QByteArray::number(values[i]);
    return out + ']';
}

QByteArray ClickHouseSql::excludedPairsCondition(const QList<ClientQnamePair> &pairs)
{
    QByteArray tuples;
    for (const ClientQnamePair &p : pairs) {
        if (p.client.isEmpty() || p.qname.isEmpty())
            continue;
        tuples += (tuples.isEmpty() ? "(" : ", (") + QByteArray::number(nameHash(p.client)) + ", " +
            QByteArray::number(nameHash(p.qname)) + ')';
    }
    return tuples.isEmpty() ? QByteArray() : " AND (client_h, qname_h) NOT IN (" + tuples + ')';
}
