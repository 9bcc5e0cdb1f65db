// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_task.h"
#include "bin_query.h"
#include "dataset_info.h"
#include "timeline_event.h"

#include <QObject>

#include <memory>
#include <optional>

class LookupStore;

// Owns the current view of a store (datasets, zone, bin width or automatic, visible range)
// and turns it into BinTables. Queries run on a BackgroundTask (FinishRunning): while one runs,
// newer requests fold into one made when it is done, so wheeling through twenty zoom steps
// costs two queries. Results arrive on the GUI thread through tableReady. The GUI thread never
// calls the store. A new store cancels the query running on the old one; destroying the
// controller cancels and joins it.
// With new metadata, a split, filters or a zone it also bins the whole extent for the overview.
// Every range is µs UTC, half-open.
class TimelineController : public QObject {
    Q_OBJECT
public:
    explicit TimelineController(QObject *parent = nullptr);
    ~TimelineController() override;

    // Starts over with a store (null: none) showing the datasets (empty: all) over range (none:
    // everything), and reloads datasets and events.
    void setStore(std::shared_ptr<LookupStore> store, const QList<qint64> &datasets = {},
                  const std::optional<TimeRange> &range = std::nullopt);
    std::shared_ptr<LookupStore> store() const { return m_store; }
    // Reloads datasets and events (after an import) and re-bins the current view.
    void reload();

    void setDatasets(const QList<qint64> &ids); // empty: all
    QList<qint64> selectedDatasets() const { return m_datasetIds; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setBinWidth(const std::optional<BinWidth> &width); // none: automatic
    std::optional<BinWidth> binWidthSetting() const { return m_width; }
    void setSplit(const std::optional<LookupField> &split); // none: one series
    std::optional<LookupField> split() const { return m_split; }
    void setTopK(int topK);
    int topK() const { return m_topK; }
    void setFilters(const QList<FieldFilter> &filters); // all must match
    QList<FieldFilter> filters() const { return m_filters; }
    // (client, qname) pairs left out of every table (Analysis: "Hide automated traffic").
    void setExcludedPairs(const QList<ClientQnamePair> &pairs);
    QList<ClientQnamePair> excludedPairs() const { return m_excludedPairs; }
    // The MaxMind-format databases (.mmdb paths) that give the owner fields' ASN, organisation
    // and country (BinQuery::ownerDatabases); re-bins when they change.
    void setOwnerDatabases(const QStringList &paths);
    QStringList ownerDatabases() const { return m_ownerDatabases; }
    // The view as the analyses see it: datasets, visible range, zone, filters, exclusions.
    BinQuery viewQuery() const { return currentQuery(); }
    // The datasets a view shows: the chosen ones, or every dataset.
    QList<qint64> effectiveDatasets() const;
    // The user moved the view; re-bins it (finer or coarser with an automatic width).
    void setVisibleRange(const TimeRange &range);
    // none until the first table after setStore or showAll arrives.
    std::optional<TimeRange> visibleRange() const { return m_visible; }
    void showAll();

    // The last delivered table, datasets, events, and the extent of the datasets.
    const BinTable &table() const { return m_table; }
    QList<DatasetInfo> datasets() const { return m_datasets; }
    QList<TimelineEvent> events() const { return m_events; }
    std::optional<TimeRange> extent() const { return m_extent; }
    // The whole extent binned with the same split and filters, for the overview strip.
    const BinTable &overview() const { return m_overview; }
    qint64 lookupsIn(const TimeRange &range) const; // in the last table, counted by bins
    // A query runs or its result has not been delivered yet.
    bool isBusy() const { return m_task.isBusy(); }
    // The most bins a table for the plot holds (the view binned half a view either side): a
    // fixed width that would give more is replaced by the finest that fits. Twice the plot's
    // width in pixels (setPlotPixels), so that a bar is a pixel wide at least; never more than
    // kMaxDrawnBins.
    static constexpr qsizetype kMaxDrawnBins = 20'000;
    void setPlotPixels(int pixels);
    qsizetype maxBins() const { return m_maxBins; }
    // When the last table is not at the width chosen: that width, and how many bins it needed.
    struct WidthFallback {
        BinWidth wanted;
        qint64 bins = 0; // over the range binned
        qint64 rangeUs = 0;
    };
    std::optional<WidthFallback> widthFallback() const { return m_fallback; }

signals:
    void tableReady(const BinTable &table);
    void datasetsChanged(const QList<DatasetInfo> &datasets, const QList<TimelineEvent> &events);
    // A view the user did not make (showAll, a new store) is ready: show range.
    void viewReset(const TimeRange &range);
    void failed(const Failure &failure);
    void overviewReady(const BinTable &table);
    // Split, top K or filters changed (by anyone): for the controls that show them.
    void settingsChanged();
    void busyChanged(bool busy);

public:
    struct Result {
        bool withMeta = false;
        bool resetView = false;
        bool withOverview = false;
        BinTable overview;
        QList<DatasetInfo> datasets;
        QList<TimelineEvent> events;
        std::optional<TimeRange> extent;
        BinTable table;
        std::optional<WidthFallback> fallback;
    };

private:
    void request(bool withMeta, bool resetView, bool withOverview = false);
    BackgroundTask::Request prepare();
    void deliver(const Result &result);
    BinQuery currentQuery() const;

    std::shared_ptr<LookupStore> m_store;
    QList<qint64> m_datasetIds;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<BinWidth> m_width;
    std::optional<LookupField> m_split;
    int m_topK = 10;
    QList<FieldFilter> m_filters;
    QList<ClientQnamePair> m_excludedPairs;
    QStringList m_ownerDatabases;
    BinTable m_overview;
    bool m_pendingOverview = false;
    std::optional<TimeRange> m_visible;
    std::optional<TimeRange> m_extent;
    QList<DatasetInfo> m_datasets;
    QList<TimelineEvent> m_events;
    BinTable m_table;
    std::optional<WidthFallback> m_fallback;
    qsizetype m_maxBins = 4000;

    bool m_pendingMeta = false;
    bool m_pendingReset = false;
    BackgroundTask m_task{BackgroundTask::Overlap::FinishRunning, this}; // last: its destructor joins the work
};
