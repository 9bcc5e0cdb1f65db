// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coverage_analysis.h"
#include "derived_series.h"
#include "fine_counts.h"
#include "lookup_store.h"
#include "periodicity_scorer.h"
#include "timeline_engine.h"

#include <QList>
#include <QString>

// Gathers what the analyses read from a store for one view: the fine grid of the view's
// lookups (through LookupStore::bins, so TimelineEngine applies datasets, range and filters),
// the view's bins, the selected events, and the analyses that need more than bins, from the
// store's aggregates (LookupStore::pairGaps, silences, qnameCounts), so that they run alike
// over every store.
// Holds a reference to the store, which must outlive it. Thread-safe as the store is.
// Cost: that of the store calls; fineCounts is one re-bin of the view at 1 minute.
// Failures throw Failure.
class AnalysisSource {
public:
    explicit AnalysisSource(LookupStore &store) : m_store(store) {}

    // The selected datasets' extent [first, last + 1 µs); empty without lookups.
    TimeRange extent(const BinQuery &view);
    FineCounts fineCounts(const BinQuery &view);
    BinTable bins(const BinQuery &view) { return m_store.bins(view); }
    // "all" (or empty): every event; else those whose category matches, case-insensitive.
    QList<TimelineEvent> events(const QString &category);

    struct Periodicity {
        PeriodicityScorer::Result result;
        TimelineEngine::NameTable names; // the text of the result's name ids
    };
    // The view's pairs under its filters and excluded pairs. nullopt if cancelled.
    std::optional<Periodicity> periodicity(const BinQuery &view, const PeriodicityScorer::Params &params,
                                           const AnalysisProgress &progress = {});
    // One result per selected dataset, over the view's range. nullopt if cancelled.
    std::optional<QList<CoverageAnalysis::Result>> coverage(const BinQuery &view, qint64 gapUs,
                                                            const AnalysisProgress &progress = {});
    // Over the view's bins, without its split. nullopt if cancelled.
    std::optional<DerivedSeries::Result> derived(const BinQuery &view, const AnalysisProgress &progress = {});

private:
    LookupStore &m_store;
};
