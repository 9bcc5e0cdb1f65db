// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_columns.h"
#include "lookup_aggregates.h"
#include "lookup_filter.h"

#include <QList>

#include <optional>

// The aggregates of lookup_aggregates.h computed from time-sorted columns in memory: what
// SqliteStore answers LookupStore::pairTimes, silences and qnameCounts with (a server-side
// store computes the same by SQL). Only the lookups the filter passes count (pass
// LookupFilter::forQuery of the view, with LookupFilter::neededColumns loaded besides the
// columns each function names). Stateless; thread-safe.
class ColumnAggregates {
public:
    // Needs the client and qname columns. Pairs with fewer than minLookups lookups are left
    // out. Cost: O(lookups): one hash probe per lookup and a counting sort, 12 bytes each.
    static PairTimes pairTimes(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                               const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                               qint64 minLookups);
    // No filter: coverage is about the sensor. Cost: one pass over the range's times.
    static DatasetSilences silences(const DatasetColumns &dataset, std::optional<TimeRange> range, qint64 gapUs);
    // Needs the qname column. Cost: one pass over all the datasets' lookups (first sightings)
    // and one over the edges' span; 12 bytes per distinct name.
    static QnameCounts qnameCounts(const QList<qint64> &edges, const QList<DatasetColumnsPtr> &datasets,
                                   const LookupFilter &filter);
};
