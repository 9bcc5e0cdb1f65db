// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_aggregates.h"

ColumnAggregates::ColumnsCursor::ColumnsCursor(const DatasetColumns &columns, std::optional<TimeRange> range)
    : d(&columns), i(0), end(columns.ts.size())
{
    if (range) {
        i = size_t(std::lower_bound(d->ts.begin(), d->ts.end(), range->fromUs) - d->ts.begin());
        end = size_t(std::lower_bound(d->ts.begin(), d->ts.end(), range->toUs) - d->ts.begin());
        end = std::max(i, end);
    }
}

PairTimes ColumnAggregates::pairTimes(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                                      const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                      qint64 minLookups)
{
    for (const auto &d : datasets) {
        if (!d->hasNames(nameFieldIndex(LookupField::Client)) || !d->hasNames(nameFieldIndex(LookupField::Qname))) {
            PairTimes none;
            none.names = std::move(names);
            return none;
        }
    }
    return pairTimesOver(
        datasets.size(), [&](qsizetype k, std::optional<TimeRange> r) { return ColumnsCursor(*datasets[k], r); }, range,
        filter, std::move(names), minLookups);
}

PairGaps ColumnAggregates::pairGaps(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                                    const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                    qint64 minLookups)
{
    for (const auto &d : datasets) {
        if (!d->hasNames(nameFieldIndex(LookupField::Client)) || !d->hasNames(nameFieldIndex(LookupField::Qname))) {
            PairGaps none;
            none.names = std::move(names);
            return none;
        }
    }
    return pairGapsOver(
        datasets.size(), [&](qsizetype k, std::optional<TimeRange> r) { return ColumnsCursor(*datasets[k], r); }, range,
        filter, std::move(names), minLookups);
}

DatasetSilences ColumnAggregates::silences(const DatasetColumns &dataset, std::optional<TimeRange> range, qint64 gapUs)
{
    return silencesOver(dataset.datasetId, ColumnsCursor(dataset, range), gapUs);
}

QnameCounts ColumnAggregates::qnameCounts(const QList<qint64> &edges, const QList<DatasetColumnsPtr> &datasets,
                                          const LookupFilter &filter)
{
    QList<DatasetColumnsPtr> usable;
    for (const DatasetColumnsPtr &d : datasets) {
        if (d->hasNames(nameFieldIndex(LookupField::Qname)))
            usable.append(d);
    }
    return qnameCountsOver(
        edges, usable.size(), [&](qsizetype k, std::optional<TimeRange> r) { return ColumnsCursor(*usable[k], r); },
        filter);
}
