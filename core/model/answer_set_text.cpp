// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer_set_text.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace {

constexpr qint64 kMaxTtl = std::numeric_limits<quint32>::max();

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    const auto control = [](char c) { return quint8(c) < 0x20 || quint8(c) == 0x7f; };
    if (std::none_of(text.begin(), text.end(), control)) { // nearly always: one copy
        out.append(text.data(), text.size());
        return;
    }
    for (char c : text) {
        const quint8 u = quint8(c);
        if (u >= 0x20 && u != 0x7f) {
            out.append(c);
            continue;
        }
        const char escaped[4] = {'\\', char('0' + u / 100), char('0' + u / 10 % 10), char('0' + u % 10)};
        out.append(escaped, 4);
    }
}

} // namespace

quint32 AnswerSetText::append(QByteArray &out, std::span<const RawAnswer> answers)
{
    qint64 base = -1;
    for (const RawAnswer &a : answers) {
        if (a.ttl >= 0) {
            base = std::min(a.ttl, kMaxTtl);
            break;
        }
    }
    bool first = true;
    for (const RawAnswer &a : answers) {
        if (!first)
            out.append('\n');
        first = false;
        appendEscaped(out, a.type);
        out.append('\t');
        if (a.ttl >= 0) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, std::min(a.ttl, kMaxTtl) - base).ptr;
            out.append(digits, end - digits);
        }
        out.append('\t');
        appendEscaped(out, a.rdata);
    }
    return base < 0 ? 0 : quint32(base);
}

QList<AnswerSetText::Line> AnswerSetText::lines(QByteArrayView text)
{
    QList<Line> out;
    forEachLine(text, [&](const Line &l) { out.append(l); });
    return out;
}

QList<LookupAnswer> AnswerSetText::answers(QByteArrayView text, quint32 baseTtl)
{
    QList<LookupAnswer> out;
    for (const Line &l : lines(text)) {
        LookupAnswer a;
        a.type = QString::fromUtf8(l.type);
        a.rdata = QString::fromUtf8(l.rdata);
        a.ttl = l.offset ? std::clamp<qint64>(qint64(baseTtl) + *l.offset, 0, kMaxTtl) : -1;
        out.append(a);
    }
    return out;
}

QString AnswerSetText::display(const QList<LookupAnswer> &answers)
{
    QString out;
    for (const LookupAnswer &a : answers) {
        if (!out.isEmpty())
            out += QLatin1String("; ");
        out += a.type.isEmpty() ? QStringLiteral("-") : a.type;
        out += QLatin1Char(' ');
        out += a.ttl < 0 ? QStringLiteral("-") : QString::number(a.ttl);
        out += QLatin1Char(' ');
        out += a.rdata;
    }
    return out;
}

QString AnswerSetText::display(std::span<const RawAnswer> answers)
{
    QList<LookupAnswer> out;
    for (const RawAnswer &a : answers)
        out.append({QString::fromUtf8(a.type), QString::fromUtf8(a.rdata), a.ttl});
    return display(out);
}
