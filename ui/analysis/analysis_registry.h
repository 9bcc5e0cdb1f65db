// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_dock.h"
#include "analysis_runner.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class LookupStore;

// AnalysisRegistry: the analyses of the Analysis dock, one entry each, as ImporterRegistry
// lists the importers: its kind, its label (the progress line) and how it makes its job for the
// view from its panel's parameters (the work on the runner's worker, through AnalysisJobs, and
// what its result does on the GUI thread). AnalysisDock::recompute() looks the entry up and
// submits the job; a new analysis is a panel, an AnalysisJobs function and an entry here.
// Stateless; the entries' jobs are made on the GUI thread. Cost: a table lookup.
class AnalysisRegistry {
public:
    using Kind = AnalysisDock::Kind;
    using Apply = AnalysisRunner::Apply;
    // What an entry's job gets: the dock (its panels and overlay; null in `show` once it is
    // gone), the store and view, and `done`, which wraps what the result does on the GUI thread
    // (it then marks the analysis fresh and emits resultShown; nothing once the dock is gone).
    struct Context {
        AnalysisDock &dock;
        QPointer<AnalysisDock> self;
        std::shared_ptr<LookupStore> store;
        BinQuery view;
        std::function<Apply(std::function<void()> show)> done;
    };
    struct Entry {
        Kind kind;
        QString (*label)();
        // The job, or an empty Work when the analysis is off or its parameters are wrong (the
        // entry has then cleared its overlay or shown why).
        AnalysisRunner::Work (*job)(const Context &context);
    };

    static const QList<Entry> &all();
    static const Entry &entry(Kind kind);

private:
    // The entries' jobs (AnalysisDock's friends: they reach its derived series and controller).
    static AnalysisRunner::Work heatmap(const Context &c);
    static AnalysisRunner::Work bursts(const Context &c);
    static AnalysisRunner::Work coincidence(const Context &c);
    static AnalysisRunner::Work periodicity(const Context &c);
    static AnalysisRunner::Work coverage(const Context &c);
    static AnalysisRunner::Work derived(const Context &c);
    static AnalysisRunner::Work baseline(const Context &c);
};
