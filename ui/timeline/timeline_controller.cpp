// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_controller.h"

#include "dataset_selection.h"
#include "lookup_store.h"

namespace {

// Runs on a worker thread: everything here may block on the store, and throws its Failure.
TimelineController::Result runQuery(const std::shared_ptr<LookupStore> &store, BinQuery query, qsizetype maxBins,
                                    bool withMeta, std::optional<TimeRange> extent, TimelineController::Result result)
{
    if (withMeta) {
        result.datasets = store->datasets();
        result.events = store->events();
        const TimeRange covered = DatasetSelection::extent(result.datasets, query.datasets);
        extent = covered.isEmpty() ? std::nullopt : std::optional<TimeRange>(covered);
    }
    result.extent = extent;
    if (!extent)
        return result; // nothing imported yet: an empty table
    query.rankRange = extent;
    if (result.resetView) {
        query.range.reset(); // the whole extent, widened to whole bins
    } else if (query.range && !query.width) {
        query.width = BinWidth::automatic(*query.range);
        // Bin half a view either side too, so a pan shows bars before its re-bin lands.
        const TimeRange v = *query.range;
        const TimeRange padded{std::max(v.fromUs - v.length() / 2, extent->fromUs),
                               std::min(v.toUs + v.length() / 2, extent->toUs)};
        if (!padded.isEmpty())
            query.range = padded;
    }
    // A width finer than the plot can hold: the finest that fits, and the table says so.
    const TimeRange binned = query.range.value_or(*extent);
    if (query.width && query.width->binCount(binned, query.zone) > maxBins) {
        result.fallback =
            TimelineController::WidthFallback{*query.width, query.width->binCount(binned, query.zone), binned.length()};
        query.width = BinWidth::finestFitting(binned, maxBins, query.zone);
    }
    if (result.withOverview) {
        BinQuery whole = query;
        whole.range.reset();
        whole.width.reset();
        result.overview = store->bins(whole);
    }
    result.table = store->bins(query);
    return result;
}

} // namespace

TimelineController::TimelineController(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTask::busyChanged, this, &TimelineController::busyChanged);
}

TimelineController::~TimelineController() = default;

void TimelineController::setStore(std::shared_ptr<LookupStore> store, const QList<qint64> &datasets,
                                  const std::optional<TimeRange> &range)
{
    m_store = std::move(store);
    m_task.cancel(); // a result for the old store is dropped
    m_visible = range;
    m_extent.reset();
    m_datasets.clear();
    m_events.clear();
    m_datasetIds = datasets;
    m_table = BinTable{};
    m_overview = BinTable{};
    request(true, !range, true);
}

void TimelineController::reload()
{
    request(true, !m_visible, true);
}

void TimelineController::setDatasets(const QList<qint64> &ids)
{
    m_datasetIds = ids;
    m_visible.reset();
    request(true, true, true);
}

void TimelineController::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone || !zone.isValid())
        return;
    m_zone = zone;
    request(false, !m_visible, true);
}

void TimelineController::setBinWidth(const std::optional<BinWidth> &width)
{
    m_width = width;
    request(false, !m_visible);
}

void TimelineController::setSplit(const std::optional<LookupField> &split)
{
    if (split == m_split)
        return;
    m_split = split;
    emit settingsChanged();
    request(false, !m_visible, true);
}

void TimelineController::setTopK(int topK)
{
    if (topK == m_topK || topK < 1)
        return;
    m_topK = topK;
    emit settingsChanged();
    request(false, !m_visible, true);
}

void TimelineController::setFilters(const QList<FieldFilter> &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    emit settingsChanged();
    request(false, !m_visible, true);
}

void TimelineController::setExcludedPairs(const QList<ClientQnamePair> &pairs)
{
    if (pairs == m_excludedPairs)
        return;
    m_excludedPairs = pairs;
    emit settingsChanged();
    request(false, !m_visible, true);
}

QList<qint64> TimelineController::effectiveDatasets() const
{
    if (!m_datasetIds.isEmpty())
        return m_datasetIds;
    QList<qint64> all;
    for (const DatasetInfo &d : m_datasets)
        all.append(d.id);
    return all;
}

void TimelineController::setVisibleRange(const TimeRange &range)
{
    if (range.isEmpty() || (m_visible && *m_visible == range))
        return;
    m_visible = range;
    request(false, false);
}

void TimelineController::setPlotPixels(int pixels)
{
    const qsizetype bins = std::clamp<qsizetype>(2 * qsizetype(pixels), 2 * BinWidth::kAutoMaxBins, kMaxDrawnBins);
    if (bins == m_maxBins)
        return;
    m_maxBins = bins;
    if (m_width && m_store)
        request(false, !m_visible);
}

void TimelineController::showAll()
{
    m_visible.reset();
    request(false, true);
}

qint64 TimelineController::lookupsIn(const TimeRange &range) const
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < m_table.binCount(); ++i) {
        if (m_table.edges[i] >= range.toUs || m_table.edges[i + 1] <= range.fromUs)
            continue;
        for (const BinSeries &s : m_table.series)
            sum += s.counts.value(i);
    }
    return sum;
}

BinQuery TimelineController::currentQuery() const
{
    BinQuery q;
    q.datasets = m_datasetIds;
    q.zone = m_zone;
    q.width = m_width;
    q.range = m_visible;
    q.split = m_split;
    q.topK = m_topK;
    q.filters = m_filters;
    q.excludedPairs = m_excludedPairs;
    q.ownerDatabases = m_ownerDatabases;
    return q;
}

void TimelineController::setOwnerDatabases(const QStringList &paths)
{
    if (paths == m_ownerDatabases)
        return;
    m_ownerDatabases = paths;
    request(false, false, true);
}

void TimelineController::request(bool withMeta, bool resetView, bool withOverview)
{
    m_pendingMeta = m_pendingMeta || withMeta;
    m_pendingOverview = m_pendingOverview || withOverview || withMeta;
    m_pendingReset = resetView; // the latest view request decides
    if (m_store)
        m_task.runWhenFree([this] { return prepare(); });
}

// When the worker is free: one query for everything asked since the last one started.
BackgroundTask::Request TimelineController::prepare()
{
    if (!m_store)
        return {};
    const bool withMeta = m_pendingMeta || !m_extent;
    Result seed;
    seed.withMeta = withMeta;
    seed.resetView = m_pendingReset || !m_visible;
    seed.withOverview = m_pendingOverview || withMeta;
    m_pendingMeta = m_pendingReset = m_pendingOverview = false;
    return BackgroundTask::request(
        [store = m_store, query = currentQuery(), maxBins = m_maxBins, withMeta, extent = m_extent,
         seed](const CancelToken &) { return runQuery(store, query, maxBins, withMeta, extent, seed); },
        [this](const Result &result) { deliver(result); }, [this](const Failure &failure) { emit failed(failure); });
}

void TimelineController::deliver(const Result &result)
{
    if (result.withMeta) {
        m_datasets = result.datasets;
        m_events = result.events;
        m_extent = result.extent;
        emit datasetsChanged(m_datasets, m_events);
    }
    if (result.withOverview) {
        m_overview = result.overview;
        emit overviewReady(m_overview);
    }
    m_table = result.table;
    m_fallback = result.fallback;
    if (result.resetView && !m_task.hasWaiting() && m_table.binCount() > 0) {
        m_visible = TimeRange{m_table.edges.front(), m_table.edges.back()};
        emit viewReset(*m_visible);
    }
    emit tableReady(m_table);
}
