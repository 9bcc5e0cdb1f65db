// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "burst_detector.h"
#include "derived_series.h"

#include <QDockWidget>
#include <QSet>

#include <optional>

class AnalysisOverlay;
class AnalysisRunner;
class BurstPanel;
class CoincidencePanel;
class HeatmapPanel;
class PeriodicityPanel;
class QLabel;
class QTabWidget;
class QTimer;
class SeriesPanel;
class TaskProgress;
class TimelineController;
class TimelinePlot;

// The Analysis dock: tabs for the activity heatmap, bursts, the event-coincidence test,
// periodicity and the timeline overlays (coverage, derived series, seasonal baseline). It
// follows the controller's view: a change of range, datasets, filters or excluded pairs
// marks every analysis stale and, after a short pause (debounce), recomputes those in sight
// (the open tab and the overlays switched on) on the AnalysisRunner's worker, with progress
// and Cancel at the bottom; the rest are recomputed when their tab is opened. Accepted bursts
// become range events through the store (on a worker), then the controller reloads.
// GUI thread only; it never calls the store on the GUI thread.
class AnalysisDock : public QDockWidget {
    Q_OBJECT
public:
    enum class Kind { Heatmap, Bursts, Coincidence, Periodicity, Coverage, Derived, Baseline };
    Q_ENUM(Kind)

    AnalysisDock(TimelineController *controller, TimelinePlot *plot, QWidget *parent = nullptr);

    HeatmapPanel *heatmapPanel() const { return m_heatmap; }
    BurstPanel *burstPanel() const { return m_bursts; }
    CoincidencePanel *coincidencePanel() const { return m_coincidence; }
    PeriodicityPanel *periodicityPanel() const { return m_periodicity; }
    SeriesPanel *seriesPanel() const { return m_series; }
    AnalysisOverlay *overlay() const { return m_overlay; }
    QTabWidget *tabs() const { return m_tabs; }
    QString message() const; // the line under the tabs: a failure, a cancel, bursts added
    AnalysisRunner *runner() const { return m_runner; }
    // Recomputes an analysis now (without the debounce).
    void recompute(Kind kind);
    bool isBusy() const;
    // The analysis' result for the current view is shown (not stale, not running).
    bool isFresh(Kind kind) const { return m_fresh.contains(kind); }
    // "Hide automated traffic" and its score threshold as a store's saved view has them
    // (ViewState): the pairs excluded for the store before are dropped, and with hide set the
    // periodicity analysis runs for the new store's first view and excludes its pairs.
    void restoreHideAutomated(bool hide, double automatedAt);

signals:
    // An analysis' result reached its panel.
    void resultShown(AnalysisDock::Kind kind);

private:
    friend class AnalysisRegistry; // its entries reach the derived series, the controller's width
    void viewChanged();
    void runWanted();
    QSet<Kind> wanted() const;
    void acceptBursts(const QList<BurstDetector::Burst> &bursts);
    void applyHideAutomated();
    void showDerived();

    TimelineController *m_controller;
    TimelinePlot *m_plot;
    AnalysisOverlay *m_overlay;
    AnalysisRunner *m_runner;
    QTimer *m_debounce;
    QTabWidget *m_tabs;
    HeatmapPanel *m_heatmap;
    BurstPanel *m_bursts;
    CoincidencePanel *m_coincidence;
    PeriodicityPanel *m_periodicity;
    SeriesPanel *m_series;
    TaskProgress *m_progress;
    QLabel *m_message;
    QSet<Kind> m_stale;
    QSet<Kind> m_fresh;
    std::optional<BinQuery> m_lastView;
    std::optional<DerivedSeries::Result> m_derived;
};
