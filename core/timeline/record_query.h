// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "lookup_record.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which lookups a drill-down lists: those of the datasets (empty: all) in range (half-open,
// µs UTC) passing every filter, and with a split, only one series of it: seriesValue names a
// series ("(none)" for lookups without the field, a dataset's name for a split by dataset);
// without a seriesValue, notIn lists the values that are *not* wanted, which is how the
// "other" series of a split is asked for. seriesIn, when set, keeps only the values it lists
// (several visible series; empty: none). Ordered by time (then dataset, then rowid).
struct RecordQuery {
    QList<qint64> datasets;
    TimeRange range;
    QList<FieldFilter> filters;
    std::optional<LookupField> split;
    std::optional<QString> seriesValue;
    QStringList notIn;
    std::optional<QStringList> seriesIn;
    // Left out like BinQuery::excludedPairs (the window's "Hide automated traffic").
    QList<ClientQnamePair> excludedPairs;
    QStringList ownerDatabases; // as BinQuery::ownerDatabases
    bool descending = false;
    bool operator==(const RecordQuery &) const = default;
};

// One page of a RecordQuery's answer: records[0] is match number `offset`; total counts
// every match of the query, or is kUncounted where a store answered the page before counting
// (LookupViews::recordsUncounted).
struct RecordPage {
    static constexpr qint64 kUncounted = -1;
    qint64 total = 0;
    qint64 offset = 0;
    QList<LookupRecord> records;
};
