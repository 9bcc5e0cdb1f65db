// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity_heatmap.h"
#include "burst_detector.h"
#include "coverage_analysis.h"
#include "derived_series.h"
#include "event_coincidence.h"
#include "failure.h"
#include "periodicity_panel.h"
#include "seasonal_baseline.h"

#include <QString>

#include <optional>

class LookupStore;

// The window's analyses of one view, as the worker runs them: each reads the store through
// AnalysisSource for the view (datasets, visible range, filters, excluded pairs; no split)
// and returns nullopt when cancelled. Stateless; called on a worker thread; throws Failure.
// Cost: that of the analysis (each ≤ 2 s over 10 M lookups) plus its store reads.
class AnalysisJobs {
public:
    // The view the analyses see: the timeline's, without a split or top K, its range widened to
    // the whole bins of shown (the table on screen) that it touches, so that their counts agree
    // with the status bar's.
    static BinQuery analysisView(BinQuery view, const BinTable &shown);

    static std::optional<QList<ActivityHeatmap::Panel>> heatmap(LookupStore &store, const BinQuery &view,
                                                                const QList<QTimeZone> &zones,
                                                                const AnalysisProgress &progress);
    static std::optional<QList<BurstDetector::Burst>> bursts(LookupStore &store, const BinQuery &view,
                                                             const BurstDetector::Params &params,
                                                             const AnalysisProgress &progress);
    // Throws Failure (NotFound) without events to test against.
    static std::optional<EventCoincidence::Result> coincidence(LookupStore &store, const BinQuery &view,
                                                               const QString &events, bool ofBursts,
                                                               const BurstDetector::Params &burst,
                                                               const EventCoincidence::Params &params,
                                                               const AnalysisProgress &progress);
    // Scores the view's pairs under its filters, ignoring its excluded pairs (so that hiding
    // automated traffic does not hide it from this list).
    static std::optional<PeriodicityPanel::Named> periodicity(LookupStore &store, const BinQuery &view,
                                                              const PeriodicityScorer::Params &params,
                                                              const AnalysisProgress &progress);
    static std::optional<QList<CoverageAnalysis::Result>> coverage(LookupStore &store, const BinQuery &view,
                                                                   qint64 gapUs, const AnalysisProgress &progress);
    static std::optional<DerivedSeries::Result> derived(LookupStore &store, const BinQuery &view,
                                                        const AnalysisProgress &progress);
    // In bins of width (SeasonalBaseline::supports), over the datasets' whole extent (a
    // baseline needs the other weeks).
    static std::optional<QList<SeasonalBaseline::Bin>> baseline(LookupStore &store, const BinQuery &view,
                                                                const BinWidth &width,
                                                                const AnalysisProgress &progress);
};
