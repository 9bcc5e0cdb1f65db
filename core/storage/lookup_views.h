// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "observation.h"
#include "record_query.h"

#include <QList>
#include <QString>

// LookupViews: the role of a store that views read (the timeline's bins, the Records dock's
// pages, the observation lane, the datasets and their extent). One of the role interfaces
// LookupStore is made of; a widget that only reads lookups is handed this one.
// Thread-safe (the window reads from worker threads); failures throw Failure.
class LookupViews {
public:
    virtual ~LookupViews() = default;

    virtual QString location() const = 0;
    virtual QList<DatasetInfo> datasets() = 0;
    virtual BinTable bins(const BinQuery &query) = 0;

    // Drill-down: `limit` records of a query's matches from match number `offset`, with the
    // total. Paging through one query again costs O(limit): the matches are kept.
    virtual RecordPage records(const RecordQuery &query, qint64 offset, qint64 limit) = 0;
    // The same page without waiting for the total where counting every match would take
    // longer than reading the page (a local store counts block by block: a drill-down into a
    // billion lookups would wait for every block): total is RecordPage::kUncounted unless the
    // store knows it already. records(query, 0, 0) counts. The default counts (a server counts
    // cheaply).
    virtual RecordPage recordsUncounted(const RecordQuery &query, qint64 offset, qint64 limit)
    {
        return records(query, offset, limit);
    }
    // The extent [first, last + 1 µs) of the datasets (empty: all); empty if they hold nothing.
    // Cheap: read from the datasets' metadata.
    virtual TimeRange extent(const QList<qint64> &datasetIds) = 0;

    // Passive-DNS observations (datasets of kind Observations; bins() leaves them out), see
    // ObservationQuery. A store that cannot hold observations has none: the default.
    virtual QList<Observation> observations(const ObservationQuery &) { return {}; }
};
