// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "bin_query.h"

#include <QList>
#include <QString>

#include <optional>

class LookupStore;

// "Hide automated traffic" as one rule for the window and the command line (--hide-automated
// [--threshold X]): the (client, qname) pairs of a view (its datasets, range — the datasets'
// extent when it has none — and filters, but none of its exclusions) whose PeriodicityScorer
// score is at or above the threshold. Leaving their lookups out (BinQuery::excludedPairs) is
// what the window draws, exports and writes down in provenance.json and reproduce.sh.
// Stateless; call it off the GUI thread. Cost: one PeriodicityScorer run over the view (about
// 1 s per 10 M lookups on SQLite). Failures throw Failure.
class AutomatedTraffic {
public:
    static constexpr double kDefaultThreshold = 0.8;
    // The pairs by client, then name. nullopt if cancelled.
    static std::optional<QList<AutomatedPair>> find(LookupStore &store, const BinQuery &view, double threshold,
                                                    const AnalysisProgress &progress = {});
    static QList<ClientQnamePair> pairs(const QList<AutomatedPair> &automated);
};
