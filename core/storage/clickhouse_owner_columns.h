// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_field.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <map>

// How a ClickHouse query reads the owner fields (client_owner … server_country): the mapping
// from the source column's name hashes to the hash of their label, pushed down as
// transform(client_h, [name hashes], [label hashes], 0), so that splits, filters and rankings
// run on the server like those of a stored field. A label's hash is ClickHouseSql::nameHash of
// its text (0: nothing labels the name, "(none)"). Built by ClickHouseStore::ownerColumns from
// the names the chosen datasets hold and the same OwnerDirectory the SQLite store uses, so both
// stores give identical bins. Immutable once built; thread-safe. Cost: the expression lists
// every labelled name once (16-20 bytes each in the SQL text).
struct ClickHouseOwnerColumns {
    std::map<LookupField, QByteArray> expressions; // owner field → UInt64 label hash expression
    QHash<quint64, QString> labels;                // label hash → label text

    // The column or expression a split or filter on field reads.
    QByteArray column(LookupField field) const;
    // The condition of a NameGlob filter on an owner field ("1" for "*", which also matches
    // lookups nothing labels).
    QByteArray condition(LookupField field, const QString &glob) const;
};
