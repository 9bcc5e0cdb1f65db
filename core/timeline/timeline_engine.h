// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "bin_query.h"
#include "dataset_columns.h"
#include "derived_values.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

// Counts lookups per bin from in-memory, time-sorted columns.
// A bin's count is two binary searches in a sorted array, so re-binning costs
// O(series · bins · log n) whatever the number of lookups: 1,000 bins over 10 M lookups take
// well under a millisecond. A split or a filter first sorts the lookups out into one sorted
// array per series (one linear pass, kept in a cache), after which zooming and panning are
// binary searches again; the cache is rebuilt only when datasets, split, top K, filters, excluded pairs,
// the ranking range or the owner fields' values change, or the range leaves the part it covers.
// A split by answer (several values per lookup) counts a lookup once under each distinct
// answer it has and once in "other" if any of its answers is outside the top K, so its series
// may add up to more than the lookups; a lookup without answers is "(none)". A split by an
// answer owner field (answer_owner …) counts the same way over the distinct owners of a
// lookup's answers: a lookup none of whose answers has an owner (or without answers) is
// "(none)".
// An owner field (client_owner …) splits and filters its source column through its
// DerivedValues: one more array read per lookup than its source field.
// Thread-safe: bin() may be called from several threads; the cache is guarded.
class TimelineEngine {
public:
    // Text of the store's names, indexed by id (index 0 unused).
    using NameTable = std::shared_ptr<const std::vector<QString>>;

    struct Input {
        QList<DatasetColumnsPtr> datasets;   // the datasets the query selects, name columns loaded as needed
        QHash<qint64, QString> datasetNames; // for a split by dataset
        NameTable names;
        AnswerSetTablePtr answerSets; // for a split or filter by answer
        DerivedFields derived;        // the values of the owner fields the query filters or splits on
    };

    TimelineEngine();
    ~TimelineEngine();

    // The DatasetColumns columns (nameFieldIndex) a query needs loaded.
    static QList<int> neededNameColumns(const BinQuery &query);
    // The extent [first, last + 1 µs) of the given datasets; empty if they hold nothing.
    static TimeRange extent(const QList<DatasetColumnsPtr> &datasets);
    // The frame of a query's table over data with the given extent: zone, width and edges,
    // with *covered set to the span the bins cover (query.range widened to whole bins, else
    // the extent's bins). No edges: nothing to bin. Every store frames its bins with this.
    static BinTable frame(const BinQuery &query, const TimeRange &extent, TimeRange *covered);

    BinTable bin(const BinQuery &query, const Input &input);
    // Forgets the cached series (and with them the references to the datasets' columns).
    void dropCache();

private:
    struct SeriesIndex;
    std::shared_ptr<const SeriesIndex> seriesFor(const BinQuery &query, const TimeRange &range, const Input &input);
    static std::shared_ptr<const SeriesIndex> buildSeries(const BinQuery &query, const TimeRange &buildRange,
                                                          const TimeRange &rankRange, const Input &input);

    std::mutex m_mutex;
    std::shared_ptr<const SeriesIndex> m_cache;
};
