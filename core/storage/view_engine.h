// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "lookup_counter.h"
#include "timeline_engine.h"

#include <QList>

#include <list>
#include <memory>
#include <mutex>
#include <vector>

class CountGrid;
class LookupFilter;

// The SQLite store's binning engine: the same tables as TimelineEngine (which the tests hold it
// to), without holding the lookups. A view's series are ranked from the rollups' value counts
// (or by counting the ranking range), then counted on a grid of minutes over the data, built
// from the rollups where the view's filters allow (LookupCounter) and from decoded blocks
// where not; bins whose edges are not whole minutes (widths under a minute) are counted on a
// grid of seconds around the view, built from the blocks it overlaps and kept while panning and
// zooming inside it; bins on no grid (a zone with seconds in its offset) from the lookups.
// A split by answer counts a lookup under each of its distinct answers (TimelineEngine's rule).
// Owner fields are counted through their source column's ids (rollups included), by the
// DerivedValues the store gives with the query; the answer owner fields like answer, through
// their DerivedValues' mapped answer sets.
// Memory follows the view: 8 bytes per (series, minute) of the days with lookups, per (series,
// second) of the hours around a fine view, and the source's bounded block cache.
// Thread-safe: bin() may run on several threads; the plans are cached (a few, least recently
// used out) and each grid is built once.
class ViewEngine {
public:
    // How the last table was counted (for tests and benchmarks).
    enum class Level { Minutes, Seconds, Lookups };

    explicit ViewEngine(LookupSource &source);
    ~ViewEngine();

    // datasets: the lookup datasets the query selects, in id order. names: the store's names
    // (needed for splits by a name field, filters and excluded pairs); answers: its answer sets
    // (needed for a split or filter by answer); derived: the values of the owner fields the
    // query splits or filters on (a view made with other values is not reused, so a changed
    // address book gives new tables). useRollups false counts everything from the blocks.
    BinTable bin(const BinQuery &query, const QList<ViewDataset> &datasets, const TimelineEngine::NameTable &names,
                 const AnswerSetTablePtr &answers, const DerivedFields &derived = {}, bool useRollups = true);
    void clear();
    Level lastLevel() const;
    // The extent of the datasets' lookups [first, last + 1 µs); empty if they hold none.
    static TimeRange extent(const QList<ViewDataset> &datasets);

private:
    struct Plan;
    std::shared_ptr<Plan> planFor(const BinQuery &query, const TimeRange &rank, const QList<ViewDataset> &datasets,
                                  const TimelineEngine::NameTable &names, const AnswerSetTablePtr &answers,
                                  const DerivedFields &derived, bool useRollups);
    std::shared_ptr<Plan> buildPlan(const BinQuery &query, const TimeRange &rank, const QList<ViewDataset> &datasets,
                                    const TimelineEngine::NameTable &names, const AnswerSetTablePtr &answers,
                                    const DerivedFields &derived, bool useRollups);
    // Per key (a value of the column, or a dataset by index when column < 0), the lookups of
    // the ranking range that the filter keeps.
    std::vector<qint64> rankTotals(const TimeRange &rank, const QList<ViewDataset> &datasets,
                                   const LookupFilter &filter, int column, const AnswerSetTablePtr &answers,
                                   const DerivedValuesPtr &derived, bool useRollups);
    bool otherOutsideRank(Plan &plan, const TimeRange &rank, const TimeRange &build);
    std::shared_ptr<const CountGrid> minuteGrid(Plan &plan);
    std::shared_ptr<const CountGrid> secondGrid(Plan &plan, const QList<qint64> &edges);
    std::vector<QList<qint64>> countLookups(Plan &plan, const QList<qint64> &edges);

    LookupSource &m_source;
    mutable std::mutex m_mutex;
    std::list<std::shared_ptr<Plan>> m_plans; // most recently used first
    Level m_lastLevel = Level::Minutes;
};
