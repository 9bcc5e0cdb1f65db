// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"
#include "timeline_event.h"

#include <QHash>

// SeriesKeys: the store ids a LookupStore::addEvents call gives the series it stores, by the
// keys (1, 2, ...) the call's events name them with, for SqliteStore and ClickHouseStore alike.
// A value type; not thread-safe; a hash lookup per event.
class SeriesKeys {
public:
    void add(qint64 key, qint64 storeId) { m_ids.insert(key, storeId); }
    // Rewrites e.seriesId from the call's key to its store id (0 stays 0); throws Failure
    // (BadInput) for a key the call did not give.
    void resolve(TimelineEvent &e) const
    {
        if (e.seriesId == 0)
            return;
        const auto it = m_ids.constFind(e.seriesId);
        if (it == m_ids.constEnd())
            throw Failure(
                Failure::Kind::BadInput,
                QStringLiteral("event '%1' names series %2, which is not given").arg(e.title).arg(e.seriesId));
        e.seriesId = *it;
    }

private:
    QHash<qint64, qint64> m_ids;
};
