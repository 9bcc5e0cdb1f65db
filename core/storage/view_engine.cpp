// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_engine.h"

#include "count_grid.h"
#include "lookup_filter.h"
#include "rollup_codec.h"
#include "series_ranking.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr qint64 kSecondUs = 1'000'000;
constexpr qint64 kMinuteUs = RollupCodec::kMinuteUs;
// A grid of seconds is kept for at most this many seconds, and series × seconds cells.
constexpr qint64 kMaxFineSeconds = 2'000'000;
constexpr qint64 kMaxFineCells = 8'000'000;
constexpr size_t kPlans = 4;

qint64 floorTo(qint64 t, qint64 step)
{
    return (t / step - ((t % step != 0) && (t < 0))) * step;
}

qint64 ceilTo(qint64 t, qint64 step)
{
    return -floorTo(-t, step);
}

bool allMultiplesOf(const QList<qint64> &edges, qint64 step)
{
    return std::all_of(edges.begin(), edges.end(), [step](qint64 e) { return e % step == 0; });
}

struct GridSink {
    CountGrid &grid;
    void minute(int key, qint64 t, qint64 n) { grid.add(key, t, n); }
    void row(int key, qint64 t) { grid.add(key, t); }
};

struct TotalsSink {
    std::vector<qint64> &totals;
    void minute(int key, qint64, qint64 n) { at(key) += n; }
    void row(int key, qint64) { ++at(key); }
    qint64 &at(int key)
    {
        if (size_t(key) >= totals.size())
            totals.resize(size_t(key) + 1, 0);
        return totals[size_t(key)];
    }
};

struct AnyOfKeySink {
    int key;
    bool found = false;
    void minute(int k, qint64, qint64 n) { found = found || (k == key && n > 0); }
    void row(int k, qint64) { found = found || k == key; }
};

struct BinSink {
    const QList<qint64> &edges;
    std::vector<QList<qint64>> &counts;
    void minute(int, qint64, qint64) {} // not asked for: counted from the lookups only
    void row(int key, qint64 t)
    {
        const auto b = std::upper_bound(edges.begin(), edges.end(), t) - edges.begin() - 1;
        ++counts[size_t(key)][b];
    }
};

} // namespace

struct ViewEngine::Plan {
    // What the plan was made for.
    QList<qint64> datasetIds;
    std::optional<LookupField> split;
    int topK = 0;
    QList<FieldFilter> filters;
    QList<ClientQnamePair> excluded;
    std::optional<TimeRange> rankRange;
    TimeRange rank;
    TimelineEngine::NameTable names;
    AnswerSetTablePtr answers;
    DerivedFields derived;
    QStringList datasetNames;
    bool useRollups = true;

    QList<ViewDataset> datasets;
    LookupClassifier keys; // lookups to series slotCount
    SeriesRanking ranking;
    QStringList seriesNames; // of the kept series
    int slotCount = 1;       // series slots: the kept series, then "other" (splits)
    TimeRange gridSpan;      // what the grid of minutes counts: whole minutes

    std::mutex mutex; // guards the grids
    std::shared_ptr<const CountGrid> minutes;
    std::shared_ptr<const CountGrid> seconds;
    TimeRange secondsSpan;

    bool serves(const BinQuery &q, const TimeRange &r, const QList<ViewDataset> &ds, const TimelineEngine::NameTable &n,
                const AnswerSetTablePtr &a, const DerivedFields &dv, bool rollups) const
    {
        if (ds.size() != datasets.size() ||
            !(q.split == split && q.topK == topK && q.filters == filters && q.excludedPairs == excluded &&
              q.rankRange == rankRange && r == rank && n == names && a == answers && dv == derived &&
              rollups == useRollups))
            return false;
        for (qsizetype k = 0; k < ds.size(); ++k) {
            if (ds[k].id != datasets[k].id || ds[k].name != datasets[k].name || ds[k].extent != datasets[k].extent)
                return false;
        }
        return true;
    }
};

ViewEngine::ViewEngine(LookupSource &source) : m_source(source)
{}

TimeRange ViewEngine::extent(const QList<ViewDataset> &datasets)
{
    std::optional<TimeRange> hull;
    for (const ViewDataset &d : datasets) {
        if (d.extent.isEmpty())
            continue;
        hull =
            hull ? TimeRange{std::min(hull->fromUs, d.extent.fromUs), std::max(hull->toUs, d.extent.toUs)} : d.extent;
    }
    return hull.value_or(TimeRange{});
}

ViewEngine::~ViewEngine() = default;

void ViewEngine::clear()
{
    std::lock_guard guard(m_mutex);
    m_plans.clear();
}

ViewEngine::Level ViewEngine::lastLevel() const
{
    std::lock_guard guard(m_mutex);
    return m_lastLevel;
}

BinTable ViewEngine::bin(const BinQuery &query, const QList<ViewDataset> &datasets,
                         const TimelineEngine::NameTable &names, const AnswerSetTablePtr &answers,
                         const DerivedFields &derived, bool useRollups)
{
    TimeRange covered;
    BinTable table = TimelineEngine::frame(query, extent(datasets), &covered);
    if (table.edges.isEmpty())
        return table;
    const TimeRange rank = query.rankRange.value_or(covered);
    const TimeRange build =
        query.rankRange ? TimeRange{std::min(rank.fromUs, covered.fromUs), std::max(rank.toUs, covered.toUs)} : covered;
    const std::shared_ptr<Plan> plan = planFor(query, rank, datasets, names, answers, derived, useRollups);

    // The series: the kept ones, then "other" if any lookup of the build range lands in it.
    std::vector<int> shown;
    for (int s = 0; s < (query.split ? int(plan->seriesNames.size()) : 1); ++s) {
        BinSeries series;
        if (query.split)
            series.name = plan->seriesNames[s];
        table.series.append(series);
        shown.push_back(s);
    }
    if (query.split) {
        const bool other =
            plan->ranking.hasUnkept() || (*query.split != LookupField::Dataset && otherOutsideRank(*plan, rank, build));
        if (other) {
            table.series.append(BinSeries{QStringLiteral("other"), true, {}, 0});
            shown.push_back(plan->slotCount - 1);
        }
    }

    const qsizetype bins = table.binCount();
    Level level = Level::Lookups;
    std::vector<QList<qint64>> counts(size_t(plan->slotCount), QList<qint64>(bins, 0));
    std::shared_ptr<const CountGrid> grid;
    if (allMultiplesOf(table.edges, kMinuteUs)) {
        grid = minuteGrid(*plan);
        level = Level::Minutes;
    } else if (allMultiplesOf(table.edges, kSecondUs)) {
        grid = secondGrid(*plan, table.edges);
        level = Level::Seconds;
    }
    if (grid) {
        for (int slot : shown) {
            for (qsizetype b = 0; b < bins; ++b)
                counts[size_t(slot)][b] = grid->count(slot, table.edges[b], table.edges[b + 1]);
        }
    } else {
        level = Level::Lookups;
        counts = countLookups(*plan, table.edges);
    }
    for (size_t i = 0; i < shown.size(); ++i) {
        BinSeries &series = table.series[qsizetype(i)];
        series.counts = std::move(counts[size_t(shown[i])]);
        series.total = std::accumulate(series.counts.begin(), series.counts.end(), qint64(0));
    }
    std::lock_guard guard(m_mutex);
    m_lastLevel = level;
    return table;
}

std::shared_ptr<ViewEngine::Plan> ViewEngine::planFor(const BinQuery &query, const TimeRange &rank,
                                                      const QList<ViewDataset> &datasets,
                                                      const TimelineEngine::NameTable &names,
                                                      const AnswerSetTablePtr &answers, const DerivedFields &derived,
                                                      bool useRollups)
{
    {
        std::lock_guard guard(m_mutex);
        for (auto it = m_plans.begin(); it != m_plans.end(); ++it) {
            if ((*it)->serves(query, rank, datasets, names, answers, derived, useRollups)) {
                m_plans.splice(m_plans.begin(), m_plans, it);
                return m_plans.front();
            }
        }
    }
    std::shared_ptr<Plan> plan = buildPlan(query, rank, datasets, names, answers, derived, useRollups);
    std::lock_guard guard(m_mutex);
    m_plans.push_front(plan);
    if (m_plans.size() > kPlans)
        m_plans.pop_back();
    return plan;
}

std::shared_ptr<ViewEngine::Plan> ViewEngine::buildPlan(const BinQuery &query, const TimeRange &rank,
                                                        const QList<ViewDataset> &datasets,
                                                        const TimelineEngine::NameTable &names,
                                                        const AnswerSetTablePtr &answers, const DerivedFields &derived,
                                                        bool useRollups)
{
    auto plan = std::make_shared<Plan>();
    for (const ViewDataset &d : datasets) {
        plan->datasetIds.append(d.id);
        plan->datasetNames.append(d.name);
    }
    plan->split = query.split;
    plan->topK = query.topK;
    plan->filters = query.filters;
    plan->excluded = query.excludedPairs;
    plan->rankRange = query.rankRange;
    plan->rank = rank;
    plan->names = names;
    plan->answers = answers;
    plan->derived = derived;
    plan->useRollups = useRollups;
    plan->datasets = datasets;
    const TimeRange span = query.rankRange ? extent(datasets) : rank;
    plan->gridSpan = {LookupCounter::floorMinute(span.fromUs), LookupCounter::ceilMinute(span.toUs)};

    const LookupFilter filter = LookupFilter::forQuery(query, names.get(), answers.get(), derived);
    if (!query.split) {
        plan->keys = LookupClassifier(filter, LookupClassifier::KeyBy::One);
        return plan;
    }
    if (*query.split == LookupField::Dataset) {
        const std::vector<qint64> totals = rankTotals(rank, datasets, filter, -1, answers, nullptr, useRollups);
        plan->ranking = SeriesRanking(totals, query.topK, SeriesRanking::Ties::ByKey);
        std::vector<int> datasetKeys(size_t(datasets.size()), -1);
        for (qsizetype k = 0; k < datasets.size(); ++k) {
            if (plan->ranking.totalOf(quint32(k)) > 0) // datasets without lookups to rank are left out
                datasetKeys[size_t(k)] = plan->ranking.seriesOf(quint32(k));
        }
        for (qsizetype s = 0; s < plan->ranking.kept(); ++s) {
            const ViewDataset &d = datasets[qsizetype(plan->ranking.ranked()[size_t(s)])];
            plan->seriesNames.append(d.name);
        }
        plan->slotCount = int(plan->ranking.kept()) + 1;
        plan->keys = LookupClassifier(filter, LookupClassifier::KeyBy::Dataset, -1, {}, -1, std::move(datasetKeys));
        return plan;
    }
    const int column = nameFieldIndex(*query.split);
    static const std::vector<QString> noNames;
    const AnswerSetTable noAnswers({});
    // An owner field: its values, keyed through its source column's ids.
    DerivedValuesPtr owner;
    if (isOwnerField(*query.split)) {
        const auto found = derived.find(*query.split);
        owner = found != derived.end() && found->second ? found->second : std::make_shared<const DerivedValues>();
    }
    const std::vector<QString> &values = owner ? owner->values
        : column == kAnswerColumn              ? (answers ? *answers : noAnswers).values()
                                               : columnValues(column, names ? *names : noNames);
    const std::vector<qint64> totals = rankTotals(rank, datasets, filter, column, answers, owner, useRollups);
    // Equal totals rank by value, so that the order does not depend on the store's name ids.
    plan->ranking = SeriesRanking(totals, query.topK, SeriesRanking::Ties::ByText,
                                  [&](quint32 id) { return id == 0 ? QString() : values.at(id); });
    for (qsizetype s = 0; s < plan->ranking.kept(); ++s) {
        const quint32 id = plan->ranking.ranked()[size_t(s)];
        plan->seriesNames.append(id == 0 ? QStringLiteral("(none)") : values.at(id));
    }
    plan->slotCount = int(plan->ranking.kept()) + 1;
    plan->keys = LookupClassifier(filter, LookupClassifier::KeyBy::Value, column, plan->ranking.seriesOfKeys(),
                                  int(plan->ranking.kept()), {}, answers, owner);
    return plan;
}

std::vector<qint64> ViewEngine::rankTotals(const TimeRange &rank, const QList<ViewDataset> &datasets,
                                           const LookupFilter &filter, int column, const AnswerSetTablePtr &answers,
                                           const DerivedValuesPtr &derived, bool useRollups)
{
    std::vector<int> datasetKeys(size_t(datasets.size()));
    std::iota(datasetKeys.begin(), datasetKeys.end(), 0);
    const LookupClassifier keys = column < 0
        ? LookupClassifier(filter, LookupClassifier::KeyBy::Dataset, -1, {}, -1, datasetKeys)
        : LookupClassifier(filter, LookupClassifier::KeyBy::Value, column, {}, -1, {}, answers, derived);
    std::vector<qint64> totals(column < 0 ? size_t(datasets.size()) : 1, 0);
    TotalsSink sink{totals};
    // Ranked over whole datasets (as the window does): each dataset's counts per value.
    bool whole = useRollups && keys.rollupField() >= 0;
    for (const ViewDataset &d : datasets)
        whole = whole && rank.fromUs <= d.extent.fromUs && d.extent.toUs <= rank.toUs && m_source.hasRollups(d.id);
    if (whole) {
        for (qsizetype k = 0; k < datasets.size(); ++k) {
            for (const auto &[value, n] : m_source.valueCounts(datasets[k].id, keys.rollupField())) {
                const int key = keys.ofValue(value, int(k));
                if (key >= 0)
                    sink.minute(key, 0, n);
            }
        }
        return totals;
    }
    LookupCounter(m_source, datasets, keys).count(rank, sink, useRollups);
    return totals;
}

bool ViewEngine::otherOutsideRank(Plan &plan, const TimeRange &rank, const TimeRange &build)
{
    AnyOfKeySink sink{plan.slotCount - 1};
    LookupCounter counter(m_source, plan.datasets, plan.keys);
    if (build.fromUs < rank.fromUs)
        counter.count({build.fromUs, rank.fromUs}, sink, plan.useRollups);
    if (!sink.found && build.toUs > rank.toUs)
        counter.count({rank.toUs, build.toUs}, sink, plan.useRollups);
    return sink.found;
}

std::shared_ptr<const CountGrid> ViewEngine::minuteGrid(Plan &plan)
{
    std::lock_guard guard(plan.mutex);
    if (!plan.minutes) {
        auto grid = std::make_shared<CountGrid>(plan.slotCount, kMinuteUs, RollupCodec::kMinutesPerDay, plan.gridSpan);
        GridSink sink{*grid};
        LookupCounter(m_source, plan.datasets, plan.keys).count(plan.gridSpan, sink, plan.useRollups);
        grid->finish();
        plan.minutes = std::move(grid);
    }
    return plan.minutes;
}

std::shared_ptr<const CountGrid> ViewEngine::secondGrid(Plan &plan, const QList<qint64> &edges)
{
    const TimeRange wanted{edges.front(), edges.back()};
    std::lock_guard guard(plan.mutex);
    if (plan.seconds && plan.secondsSpan.fromUs <= wanted.fromUs && wanted.toUs <= plan.secondsSpan.toUs)
        return plan.seconds;
    const qint64 seconds = wanted.length() / kSecondUs;
    if (seconds > kMaxFineSeconds || seconds * plan.slotCount > kMaxFineCells)
        return nullptr; // too long a view for a grid of seconds: counted from the lookups
    // A view's length either side, so that panning and zooming out stay on the grid.
    const TimeRange data = extent(plan.datasets);
    const qint64 margin = std::min(wanted.length(), (kMaxFineCells / plan.slotCount - seconds) / 2 * kSecondUs);
    const TimeRange span{floorTo(std::max(wanted.fromUs - margin, std::min(data.fromUs, wanted.fromUs)), kSecondUs),
                         ceilTo(std::min(wanted.toUs + margin, std::max(data.toUs, wanted.toUs)), kSecondUs)};
    plan.seconds.reset(); // let the old grid go first
    auto grid = std::make_shared<CountGrid>(plan.slotCount, kSecondUs, 3600, span);
    GridSink sink{*grid};
    LookupCounter(m_source, plan.datasets, plan.keys).count(span, sink, false);
    grid->finish();
    plan.seconds = std::move(grid);
    plan.secondsSpan = span;
    return plan.seconds;
}

std::vector<QList<qint64>> ViewEngine::countLookups(Plan &plan, const QList<qint64> &edges)
{
    std::vector<QList<qint64>> counts(size_t(plan.slotCount), QList<qint64>(edges.size() - 1, 0));
    BinSink sink{edges, counts};
    LookupCounter(m_source, plan.datasets, plan.keys).count({edges.front(), edges.back()}, sink, false);
    return counts;
}
