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
// stores give identical bins. The answer owner fields (answer_owner …) map each of a lookup's
// answer hashes the same way and keep the distinct labels, an Array(UInt64): a split reads them
// like answer (arrayJoin, "(none)" for a lookup none of whose answers is labelled), a filter
// keeps a lookup when any of them matches. Immutable once built; thread-safe. Cost: the
// expression lists every labelled name once (16-20 bytes each in the SQL text).
struct ClickHouseOwnerColumns {
    // owner field → UInt64 label hash expression (an Array(UInt64) of the distinct labels of
    // the lookup's answers for an answer owner field)
    std::map<LookupField, QByteArray> expressions;
    QHash<quint64, QString> labels; // label hash → label text

    // The column or expression a split or filter on field reads (for an answer owner field, one
    // row per value, as ClickHouseSql::column reads answer).
    QByteArray column(LookupField field) const;
    // The values of an answer owner field as an Array(UInt64) that is never empty ([0]: none),
    // like ClickHouseSql::answerValues().
    QByteArray values(LookupField field) const;
    // The condition of a NameGlob filter on an owner field ("1" for "*", which also matches
    // lookups nothing labels).
    QByteArray condition(LookupField field, const QString &glob) const;
};
