// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_selection.h"

#include <limits>

bool DatasetSelection::seriesWanted(const RecordQuery &q, const QString &value)
{
    return (!q.seriesValue || value == *q.seriesValue) && !q.notIn.contains(value) &&
        (!q.seriesIn || q.seriesIn->contains(value));
}

QList<qint64> DatasetSelection::forRecords(const RecordQuery &query, const QList<DatasetInfo> &sets)
{
    QList<qint64> ids;
    for (const DatasetInfo &d : sets) {
        if (!query.datasets.isEmpty() && !query.datasets.contains(d.id))
            continue;
        if (query.split == LookupField::Dataset && !seriesWanted(query, d.name))
            continue;
        ids.append(d.id);
    }
    return ids;
}

TimeRange DatasetSelection::extent(const QList<DatasetInfo> &sets, const QList<qint64> &ids)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const DatasetInfo &d : sets) {
        if ((!ids.isEmpty() && !ids.contains(d.id)) || d.records == 0)
            continue;
        lo = std::min(lo, d.tsMinUs);
        hi = std::max(hi, d.tsMaxUs);
    }
    return lo > hi ? TimeRange{} : TimeRange{lo, hi + 1};
}
