// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_pseudonymizer.h"

#include <QMessageAuthenticationCode>

namespace {
constexpr int kHexDigits = 10;
} // namespace

AddressPseudonymizer::AddressPseudonymizer(const QByteArray &key, bool redactNames)
    : m_key(key), m_redactNames(redactNames)
{}

bool AddressPseudonymizer::redacts(LookupField field) const
{
    return field == LookupField::Client || field == LookupField::Server ||
        (m_redactNames && field == LookupField::Qname);
}

QString AddressPseudonymizer::pseudonym(const char *prefix, const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("(none)"))
        return value;
    const QString cacheKey = QLatin1String(prefix) + value;
    const auto found = m_cache.constFind(cacheKey);
    if (found != m_cache.constEnd())
        return *found;
    // The prefix keeps an address and a name with the same text apart.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(QByteArray(prefix) + '\0' + value.toLower().toUtf8());
    const QString out =
        QLatin1String(prefix) + QLatin1Char('-') + QString::fromLatin1(mac.result().toHex().left(kHexDigits));
    m_cache.insert(cacheKey, out);
    return out;
}

QString AddressPseudonymizer::address(const QString &value)
{
    return pseudonym("addr", value);
}
QString AddressPseudonymizer::name(const QString &value)
{
    return pseudonym("name", value);
}

QString AddressPseudonymizer::value(LookupField field, const QString &value)
{
    if (!redacts(field))
        return value;
    return field == LookupField::Qname ? name(value) : address(value);
}

void AddressPseudonymizer::apply(BinTable &table, const std::optional<LookupField> &split)
{
    if (!split || !redacts(*split))
        return;
    for (BinSeries &s : table.series) {
        if (!s.isOther)
            s.name = value(*split, s.name);
    }
}

void AddressPseudonymizer::apply(LookupRecord &record)
{
    record.client = address(record.client);
    record.server = address(record.server);
    if (m_redactNames)
        record.qname = name(record.qname);
}

QList<FieldFilter> AddressPseudonymizer::apply(const QList<FieldFilter> &filters)
{
    QList<FieldFilter> out = filters;
    for (FieldFilter &f : out)
        f.glob = value(f.field, f.glob);
    return out;
}
