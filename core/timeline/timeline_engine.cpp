// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_engine.h"

#include "lookup_filter.h"
#include "series_ranking.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <span>
#include <utility>

// One series: for each dataset a sorted array of times (views into the dataset's own column
// when no copy is needed, else into `owned`).
struct TimelineEngine::SeriesIndex {
    struct Series {
        QString name;
        bool isOther = false;
        qint64 rankTotal = 0;
        std::vector<std::span<const qint64>> times;
    };
    // What the index was built for.
    QList<qint64> datasetIds;
    std::optional<LookupField> split;
    int topK = 0;
    QList<FieldFilter> filters;
    QList<ClientQnamePair> excludedPairs;
    std::optional<TimeRange> rankRange;
    TimeRange buildRange;
    QList<DatasetColumnsPtr> keepAlive;
    std::vector<std::vector<qint64>> owned;
    std::vector<Series> series;

    TimelineEngine::NameTable names;
    DerivedFields derived;
    AnswerSetTablePtr answerSets;
    QHash<qint64, QString> datasetNames;

    bool serves(const BinQuery &q, const TimeRange &range, const QList<qint64> &ids, const Input &input) const
    {
        const bool rangeOk = buildRange.fromUs <= range.fromUs && range.toUs <= buildRange.toUs;
        return ids == datasetIds && q.split == split && q.topK == topK && q.filters == filters &&
            q.excludedPairs == excludedPairs && q.rankRange == rankRange &&
            (rankRange ? rangeOk : range == buildRange) && input.names == names && input.answerSets == answerSets &&
            input.derived == derived && input.datasetNames == datasetNames;
    }
};

namespace {

using Index = std::span<const qint64>;

qsizetype lowerIndex(const std::vector<qint64> &ts, qint64 t)
{
    return std::lower_bound(ts.begin(), ts.end(), t) - ts.begin();
}

} // namespace

TimelineEngine::TimelineEngine() = default;
TimelineEngine::~TimelineEngine() = default;

QList<int> TimelineEngine::neededNameColumns(const BinQuery &query)
{
    QList<int> out;
    if (query.split && *query.split != LookupField::Dataset)
        out.append(nameFieldIndex(*query.split));
    return LookupFilter::neededColumns(query, out);
}

TimeRange TimelineEngine::extent(const QList<DatasetColumnsPtr> &datasets)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const auto &d : datasets) {
        if (d->ts.empty())
            continue;
        lo = std::min(lo, d->ts.front());
        hi = std::max(hi, d->ts.back());
    }
    return lo > hi ? TimeRange{} : TimeRange{lo, hi + 1};
}

std::shared_ptr<const TimelineEngine::SeriesIndex> TimelineEngine::buildSeries(const BinQuery &query,
                                                                               const TimeRange &buildRange,
                                                                               const TimeRange &rankRange,
                                                                               const Input &input)
{
    auto index = std::make_shared<SeriesIndex>();
    for (const auto &d : input.datasets)
        index->datasetIds.append(d->datasetId);
    index->split = query.split;
    index->topK = query.topK;
    index->filters = query.filters;
    index->excludedPairs = query.excludedPairs;
    index->rankRange = query.rankRange;
    index->buildRange = buildRange;
    index->keepAlive = input.datasets;
    index->names = input.names;
    index->answerSets = input.answerSets;
    index->derived = input.derived;
    index->datasetNames = input.datasetNames;
    const LookupFilter filters =
        LookupFilter::forQuery(query, input.names.get(), input.answerSets.get(), input.derived);
    const bool filtered = !filters.isEmpty();
    const size_t nd = size_t(input.datasets.size());

    if (!query.split || *query.split == LookupField::Dataset) {
        // One series, or one per dataset: each dataset's (filtered) times as they are.
        std::vector<Index> perDataset(nd);
        std::vector<qint64> rankTotals(nd, 0);
        index->owned.reserve(nd);
        for (size_t k = 0; k < nd; ++k) {
            const DatasetColumns &d = *input.datasets[qsizetype(k)];
            if (!filtered) {
                perDataset[k] = d.ts;
            } else {
                auto &kept = index->owned.emplace_back();
                for (size_t i = size_t(lowerIndex(d.ts, buildRange.fromUs)),
                            e = size_t(lowerIndex(d.ts, buildRange.toUs));
                     i < e; ++i) {
                    if (filters.passes(d, i))
                        kept.push_back(d.ts[i]);
                }
                perDataset[k] = kept;
            }
            const auto lo = std::lower_bound(perDataset[k].begin(), perDataset[k].end(), rankRange.fromUs);
            const auto hi = std::lower_bound(perDataset[k].begin(), perDataset[k].end(), rankRange.toUs);
            rankTotals[k] = hi - lo;
        }
        if (!query.split) {
            SeriesIndex::Series all;
            all.times = perDataset;
            all.rankTotal = std::accumulate(rankTotals.begin(), rankTotals.end(), qint64(0));
            index->series.push_back(std::move(all));
            return index;
        }
        const SeriesRanking ranking(rankTotals, query.topK, SeriesRanking::Ties::ByKey);
        SeriesIndex::Series other{QStringLiteral("other"), true, ranking.otherTotal(), {}};
        for (size_t r = 0; r < ranking.ranked().size(); ++r) {
            const size_t k = ranking.ranked()[r];
            if (qsizetype(r) < ranking.kept()) {
                const qint64 id = input.datasets[qsizetype(k)]->datasetId;
                index->series.push_back(
                    {input.datasetNames.value(id, QString::number(id)), false, rankTotals[k], {perDataset[k]}});
            } else {
                other.times.push_back(perDataset[k]);
            }
        }
        if (!other.times.empty())
            index->series.push_back(std::move(other));
        return index;
    }

    // Split by a name field: rank the values, then sort every row into its series' array. A
    // row has one value (its id in the column), or for answer the distinct values of its set;
    // an owner field's value is its source id's DerivedValues value.
    const int column = nameFieldIndex(*query.split);
    static const std::vector<QString> noNames;
    static const DerivedValues noValues;
    const bool answer = column == kAnswerColumn;
    const auto found = input.derived.find(*query.split);
    const DerivedValues &derivedValues = found != input.derived.end() && found->second ? *found->second : noValues;
    // An answer owner field reads its mapped answer sets like answer reads the store's.
    const bool derived = isOwnerField(*query.split) && !answer;
    const AnswerSetTable emptySets({});
    const AnswerSetTable &sets = answer && isOwnerField(*query.split)
        ? (derivedValues.sets ? *derivedValues.sets : emptySets)
        : input.answerSets ? *input.answerSets
                           : emptySets;
    const std::vector<QString> &values = derived ? derivedValues.values
        : answer                                 ? sets.values()
                                                 : columnValues(column, input.names ? *input.names : noNames);
    static constexpr quint32 kNoValue = 0;
    quint32 derivedValue = 0; // valuesOf's answer for an owner field, valid until its next call
    const auto valuesOf = [&](const std::vector<quint32> &ids, size_t i) {
        if (derived) {
            derivedValue = derivedValues.of(ids[i]);
            return std::span<const quint32>(&derivedValue, 1);
        }
        const auto v = answer ? sets.valuesOf(ids[i]) : std::span<const quint32>(&ids[i], 1);
        return v.empty() ? std::span<const quint32>(&kNoValue, 1) : v;
    };
    const size_t nameCount = values.size();
    std::vector<qint64> totals(std::max<size_t>(nameCount, 1), 0);
    for (const auto &dp : input.datasets) {
        const DatasetColumns &d = *dp;
        const auto &ids = d.names[size_t(column)];
        for (size_t i = size_t(lowerIndex(d.ts, rankRange.fromUs)), e = size_t(lowerIndex(d.ts, rankRange.toUs)); i < e;
             ++i) {
            if (filtered && !filters.passes(d, i))
                continue;
            for (quint32 id : valuesOf(ids, i)) {
                if (id >= totals.size())
                    totals.resize(id + 1, 0);
                ++totals[id];
            }
        }
    }
    // Equal totals rank by value, so that the order does not depend on the store's name ids
    // (ClickHouseStore ranks the same way).
    const SeriesRanking ranking(totals, query.topK, SeriesRanking::Ties::ByText,
                                [&](quint32 id) { return id == 0 ? QString() : values.at(id); });
    const size_t kept = size_t(ranking.kept());
    // Values outside the top K, or without lookups in the ranking range, go to "other",
    // which is dropped again below if nothing landed in it.
    const size_t seriesCount = kept + 1;
    const std::vector<int> &seriesOf = ranking.seriesOfKeys();
    // Two passes, counting then placing, so that all series' arrays are one exact allocation
    // (80 MB for a 10 M-lookup split): arrays grown by push_back would hold up to twice that,
    // plus the copy of one while it moves. Series s of dataset k is pool[start[s * nd + k], …).
    // A row lands in "other" once, however many of its values are outside the top K.
    std::vector<size_t> start(seriesCount * nd + 1, 0);
    const auto forEachRow = [&](auto &&visit) {
        for (size_t k = 0; k < nd; ++k) {
            const DatasetColumns &d = *input.datasets[qsizetype(k)];
            const auto &ids = d.names[size_t(column)];
            for (size_t i = size_t(lowerIndex(d.ts, buildRange.fromUs)), e = size_t(lowerIndex(d.ts, buildRange.toUs));
                 i < e; ++i) {
                if (filtered && !filters.passes(d, i))
                    continue;
                bool inOther = false;
                for (quint32 id : valuesOf(ids, i)) {
                    const size_t s = id < seriesOf.size() ? size_t(seriesOf[id]) : kept;
                    if (s == kept && std::exchange(inOther, true))
                        continue;
                    visit(s * nd + k, d.ts[i]);
                }
            }
        }
    };
    forEachRow([&](size_t slot, qint64) { ++start[slot + 1]; });
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<qint64> &pool = index->owned.emplace_back(start.back());
    std::vector<size_t> at(start.begin(), start.end() - 1);
    forEachRow([&](size_t slot, qint64 t) { pool[at[slot]++] = t; });
    const auto slice = [&](size_t slot) { return Index(pool.data() + start[slot], start[slot + 1] - start[slot]); };
    for (size_t s = 0; s < seriesCount; ++s) {
        SeriesIndex::Series series;
        series.isOther = s == kept;
        if (series.isOther && start[(s + 1) * nd] == start[s * nd])
            break; // nothing landed in "other"
        if (series.isOther) {
            series.name = QStringLiteral("other");
            series.rankTotal = ranking.otherTotal();
        } else {
            const quint32 id = ranking.ranked()[s];
            series.name = id == 0 ? QStringLiteral("(none)") : values.at(id);
            series.rankTotal = totals[id];
        }
        for (size_t k = 0; k < nd; ++k)
            series.times.push_back(slice(s * nd + k));
        index->series.push_back(std::move(series));
    }
    return index;
}

std::shared_ptr<const TimelineEngine::SeriesIndex> TimelineEngine::seriesFor(const BinQuery &query,
                                                                             const TimeRange &range, const Input &input)
{
    QList<qint64> ids;
    for (const auto &d : input.datasets)
        ids.append(d->datasetId);
    {
        std::lock_guard guard(m_mutex);
        if (m_cache && m_cache->serves(query, range, ids, input) && m_cache->keepAlive == input.datasets)
            return m_cache;
        // Let the old arrays go before building new ones, so that both are not held at once.
        m_cache.reset();
    }
    const TimeRange rank = query.rankRange.value_or(range);
    const TimeRange build =
        query.rankRange ? TimeRange{std::min(rank.fromUs, range.fromUs), std::max(rank.toUs, range.toUs)} : range;
    auto built = buildSeries(query, build, rank, input);
    std::lock_guard guard(m_mutex);
    m_cache = built;
    return built;
}

void TimelineEngine::dropCache()
{
    std::lock_guard guard(m_mutex);
    m_cache.reset();
}

BinTable TimelineEngine::frame(const BinQuery &query, const TimeRange &extent, TimeRange *covered)
{
    BinTable table;
    table.zone = query.zone;
    const TimeRange range = query.range.value_or(extent);
    if (range.isEmpty() && !query.range)
        return table;
    table.width = query.width ? *query.width : BinWidth::automatic(range, query.zone);
    table.edges = table.width.edges(range, query.zone);
    if (table.edges.isEmpty())
        return table;
    *covered = query.range
        ? TimeRange{std::min(range.fromUs, table.edges.front()), std::max(range.toUs, table.edges.back())}
        : TimeRange{table.edges.front(), table.edges.back()};
    return table;
}

BinTable TimelineEngine::bin(const BinQuery &query, const Input &input)
{
    TimeRange range;
    BinTable table = frame(query, extent(input.datasets), &range);
    if (table.edges.isEmpty())
        return table;
    const auto index = seriesFor(query, range, input);
    const qsizetype bins = table.binCount();
    for (const auto &s : index->series) {
        BinSeries out;
        out.name = s.name;
        out.isOther = s.isOther;
        out.counts.fill(0, bins);
        for (const Index &times : s.times) {
            auto pos = std::lower_bound(times.begin(), times.end(), table.edges[0]);
            for (qsizetype b = 0; b < bins; ++b) {
                const auto end = std::lower_bound(pos, times.end(), table.edges[b + 1]);
                out.counts[b] += end - pos;
                pos = end;
            }
        }
        out.total = std::accumulate(out.counts.begin(), out.counts.end(), qint64(0));
        table.series.append(std::move(out));
    }
    return table;
}
