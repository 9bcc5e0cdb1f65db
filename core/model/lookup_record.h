// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "lookup_field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

#include <optional>

// One record of a stored lookup's answer section (see AnswerSetText): the type's mnemonic
// (empty when the source did not say), the rdata as presentation text, the TTL in seconds
// (-1 when the source gave none).
struct LookupAnswer {
    QString type;
    QString rdata;
    qint64 ttl = -1;
    bool operator==(const LookupAnswer &) const = default;
};

// One stored lookup with its names as text, for drill-down views. id is the store's rowid;
// tsUs µs since the epoch, UTC. An absent name is an empty string; flags are LookupFlags
// bits (proto: LookupFlags::protoName(flags)). answers: the response's answer section, in order
// (empty: none, or the source does not have them). owners: the owner fields (client_owner …
// answer_country, ownerFieldIndex order) as the store's address book and the query's
// databases label client, server and answers (the distinct labels of the answers joined by
// "; "); empty where nothing does.
struct LookupRecord {
    qint64 id = 0;
    qint64 dataset = 0;
    qint64 tsUs = 0;
    QString client, qname, qtype, rcode, server;
    quint8 flags = 0;
    QList<LookupAnswer> answers = {};
    std::array<QString, kOwnerFieldCount> owners = {};
    const QString &owner(LookupField field) const { return owners[size_t(ownerFieldIndex(field))]; }
    bool operator==(const LookupRecord &) const = default;
};
