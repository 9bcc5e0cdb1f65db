// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "bin_query.h"
#include "fine_counts.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Kleinberg's burst automaton over binned counts (Kleinberg 2002, "Bursty and hierarchical
// structure in streams"), in its Poisson form for counts: state i emits a bin's count with rate
// λ_i = s^i · λ_0 · (bin length), λ_0 the mean rate over the table; moving up k states costs
// k·γ·ln(bins), moving down is free; the Viterbi path of least cost gives each bin a level.
// Bins of unequal length (days across DST, months) are handled by the length factor.
// A burst at level ℓ ≥ 1 is a maximal run of bins at level ≥ ℓ, [start, end) µs UTC; its
// weight is the cost saved by explaining the run at level ℓ rather than level 0 (Kleinberg's
// weight), in nats. Levels 2 is the two-state automaton; more gives nested bursts.
// Stateless; thread-safe. Cost: O(bins · levels²) time, O(bins · levels) memory: nothing for
// a view's ≤ 5,000 bins; the counts come from TimelineEngine (LookupStore::bins).
class BurstDetector {
public:
    struct Params {
        double s = 2.0;
        double gamma = 1.0;
        int levels = 2; // states, 2 … 8
    };
    struct Burst {
        qint64 startUs = 0, endUs = 0;
        int level = 1;
        double weight = 0;
        qint64 lookups = 0;
    };

    // Counts of all series summed, per bin of the table. Sorted by start, then level.
    // nullopt if cancelled.
    static std::optional<QList<Burst>> detect(const BinTable &table, const Params &params,
                                              const AnalysisProgress &progress = {});
    static std::optional<QList<Burst>> detect(const QList<qint64> &edges, const QList<qint64> &counts,
                                              const Params &params, const AnalysisProgress &progress = {});
    // The grid with its counts replaced by the number of level-1 bursts starting in each bin
    // (the series "bursts" the coincidence test can take instead of the lookups).
    static FineCounts startsOn(FineCounts grid, const QList<Burst> &bursts);
    static QJsonObject toJson(const QList<Burst> &bursts, const Params &params, const BinTable &table);
};
