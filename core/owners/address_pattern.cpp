// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_pattern.h"

#include "failure.h"

namespace {

Failure bad(const QString &text, const QString &why)
{
    return Failure(Failure::Kind::BadInput, QStringLiteral("'%1': %2").arg(text, why));
}

// Text before a '/' that was meant as an address: digits, hex digits, dots and colons only.
bool looksNumeric(QStringView text)
{
    bool dotOrColon = false;
    for (QChar c : text) {
        if (c == QLatin1Char('.') || c == QLatin1Char(':'))
            dotOrColon = true;
        else if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return dotOrColon;
}

bool isWildcard(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[');
}

} // namespace

AddressPattern AddressPattern::parse(const QString &given)
{
    // A trailing dot is dropped first, so that "192.0.2.1." is the address its canonical
    // spelling names (read again, "192.0.2.1" must mean the same).
    QString text = given.trimmed();
    if (text.size() > 1 && text.endsWith(QLatin1Char('.')))
        text.chop(1);
    // A second one would be an empty label, and the canonical spelling would not read back as itself.
    if (text.size() > 1 && text.endsWith(QLatin1Char('.')))
        throw bad(given.trimmed(), QStringLiteral("a name has no empty labels"));
    if (text.isEmpty())
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("an empty pattern (a CIDR network, an address or a name)"));
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            throw bad(text, QStringLiteral("a pattern holds no spaces or control characters"));
    }
    AddressPattern out;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const std::optional<IpAddress> address =
        IpAddress::parse(slash < 0 ? QStringView(text) : QStringView(text).first(slash));
    if (address) {
        out.m_kind = Kind::Network;
        out.m_prefix = address->bitCount();
        // An IPv4-mapped address reads as IPv4; its IPv6 prefix counts the 96 bits before it.
        const bool mapped =
            address->family == 4 && text.first(slash < 0 ? text.size() : slash).contains(QLatin1Char(':'));
        if (slash >= 0) {
            bool ok = false;
            const QStringView digits = QStringView(text).sliced(slash + 1);
            int prefix = digits.toInt(&ok);
            const int bits = mapped ? 128 : address->bitCount();
            if (!ok || digits.isEmpty() || !digits.front().isDigit() || prefix < 0 || prefix > bits)
                throw bad(text, QStringLiteral("the prefix length must be a number from 0 to %1").arg(bits));
            if (mapped) {
                if (prefix < 96)
                    throw bad(text, QStringLiteral("an IPv4-mapped network needs a prefix of 96 or more"));
                prefix -= 96;
            }
            out.m_prefix = prefix;
        }
        out.m_network = address->masked(out.m_prefix);
        const QString canonical = out.m_network.toString() + QLatin1Char('/') + QString::number(out.m_prefix);
        if (!(out.m_network == *address))
            throw bad(text, QStringLiteral("has bits set after the prefix: %1?").arg(canonical));
        out.m_text = canonical;
        return out;
    }
    if (slash > 0 && looksNumeric(QStringView(text).first(slash)))
        throw bad(text, QStringLiteral("not an IPv4 or IPv6 network"));
    const QString name = text.toLower();
    out.m_text = name;
    out.m_kind = Kind::Name;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (!isWildcard(c)) {
            ++out.m_literals;
            continue;
        }
        out.m_kind = Kind::Glob;
        // A set [...] is one wildcard, as NameGlob reads it.
        const qsizetype close = c == QLatin1Char('[') ? name.indexOf(QLatin1Char(']'), i + 2) : -1;
        if (close > 0)
            i = close;
    }
    return out;
}
