// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "record_query.h"

#include <QList>
#include <QString>

// Which datasets a query reads, the same for every store (SqliteStore, ClickHouseStore): pure
// functions over the store's current dataset list. Thread-safe. Cost: O(datasets · ids).
namespace DatasetSelection {
// Whether a lookup whose split field is `value` belongs to the query's series (seriesValue,
// notIn, seriesIn); "(none)" stands for the absent value.
bool seriesWanted(const RecordQuery &query, const QString &value);
// The ids of the datasets a drill-down reads: those the query names (all when it names none),
// and with a split by dataset only those of its series.
QList<qint64> forRecords(const RecordQuery &query, const QList<DatasetInfo> &sets);
// The half-open time range (µs UTC) covered by the lookups of the datasets with these ids
// (every dataset when ids is empty); empty when none of them has lookups.
TimeRange extent(const QList<DatasetInfo> &sets, const QList<qint64> &ids);
} // namespace DatasetSelection
