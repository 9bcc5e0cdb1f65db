// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "lookup_record.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// Redaction for publication: replaces client and server addresses (and, if asked, query names)
// by stable pseudonyms, "addr-" or "name-" and the first 10 hex digits of HMAC-SHA256(key, value).
// The same key (LookupStore::redactionKey) gives the same pseudonym in every chart, CSV and
// bundle of a store; without the key nobody can map a pseudonym back by trying addresses.
// Empty values, "(none)" and the "other" series stay as they are. A value object that caches
// what it computed; not thread-safe. Cost: one HMAC per distinct value.
class AddressPseudonymizer {
public:
    AddressPseudonymizer(const QByteArray &key, bool redactNames);

    bool redactsNames() const { return m_redactNames; }
    // Whether values of field are replaced (client and server always; qname with redactNames).
    bool redacts(LookupField field) const;
    QString address(const QString &value);
    QString name(const QString &value);
    // The value of field, redacted if the field is.
    QString value(LookupField field, const QString &value);

    // Renames the series of a table split by a redacted field.
    void apply(BinTable &table, const std::optional<LookupField> &split);
    void apply(LookupRecord &record);
    // Filters on redacted fields get their glob replaced by its pseudonym.
    QList<FieldFilter> apply(const QList<FieldFilter> &filters);

private:
    QString pseudonym(const char *prefix, const QString &value);

    QByteArray m_key;
    bool m_redactNames = false;
    QHash<QString, QString> m_cache;
};
