// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "lookup_field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One stored lookup with its names as text, for drill-down views. id is the store's rowid;
// tsUs µs since the epoch, UTC. An absent name is an empty string; flags are LookupFlags
// bits (proto: LookupFlags::protoName(flags)).
struct LookupRecord {
    qint64 id = 0;
    qint64 dataset = 0;
    qint64 tsUs = 0;
    QString client, qname, qtype, rcode, server;
    quint8 flags = 0;
    bool operator==(const LookupRecord &) const = default;
};
