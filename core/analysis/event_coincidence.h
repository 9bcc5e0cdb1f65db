// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "fine_counts.h"
#include "timeline_event.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Does the activity follow the events? The share of a series' lookups that fall within ±W of
// the events, against a null distribution from circular time shifts of the series over its
// observed extent (the shifted series keeps its own rhythm and bursts but loses its alignment
// with the events). Plus a peri-event histogram: lookups by offset from the event starts.
//
// Windows: an event [start, end) becomes [start − W, end + W), a point event [start − W,
// start + W); overlapping windows merge, so no lookup counts twice. Resolution is the grid's
// step (1 minute for a view up to 7 years): a grid bin counts as inside a window when its
// start is. Shifts δ are drawn uniformly from [m, extent − m] grid steps, m = 2W + the longest
// event: shorter shifts keep part of the alignment and would put a floor of about
// 2m/extent under every p-value. p = (1 + #{null ≥ observed}) / (1 + shifts), comparing
// counts exactly. Reproducible bit for bit: std::mt19937_64 with the seed, δ = m + draw mod span.
// Stateless; thread-safe. Cost: O(grid bins) for the prefix sums, then O(windows) per shift
// and O(events · peri bins) for the histogram, O(shifts) memory for the null's histogram:
// 10,000 shifts take about a millisecond.
class EventCoincidence {
public:
    struct Params {
        qint64 windowUs = 2 * 86'400'000'000LL; // W
        int shifts = 10'000;
        quint64 seed = 1;
        qint64 periBinUs = 6 * 3'600'000'000LL;         // peri-event bins, from −3W to +3W
        QString seriesName = QStringLiteral("lookups"); // for the sentence
    };
    struct Result {
        qint64 lookups = 0; // in the extent
        qint64 inWindows = 0;
        double observedShare = 0;
        double nullMean = 0, nullSd = 0;
        std::optional<double> pValue; // none: the extent is too short for any allowed shift
        int shifts = 0;
        qint64 shiftsAtLeast = 0; // shifts that put at least inWindows lookups in the windows
        qint64 minShiftUs = 0;
        qint64 windowUs = 0;
        int events = 0;
        TimeRange extent;
        qint64 periBinUs = 0;
        QList<qint64> periOffsetsUs; // start of each peri bin relative to the event start
        QList<qint64> periCounts;    // summed over events
        // The null distribution as a histogram of the shifted counts in windows: nullCounts[i]
        // shifts had nullFirst + i · nullStep ≤ count < nullFirst + (i+1) · nullStep lookups
        // inside the windows (at most kNullBins bins; share = count / lookups).
        static constexpr int kNullBins = 60;
        qint64 nullFirst = 0, nullStep = 1;
        QList<qint64> nullCounts;
        QString seriesName;
        QString sentence;
    };

    // series: the grid of the series; extent: where it was observed (none: first to last
    // occupied bin). Events outside the extent still count (their windows are empty).
    // Returns nullopt if cancelled.
    static std::optional<Result> run(const FineCounts &series, const QList<TimelineEvent> &events, const Params &params,
                                     std::optional<TimeRange> extent = std::nullopt,
                                     const AnalysisProgress &progress = {});
    static QJsonObject toJson(const Result &result);
    // Decimals that make a share checkable against its spread: the spread in percent keeps one
    // significant digit ("24.4% ± 0.1%", "24% ± 2%"), at most 3.
    static int shareDecimals(double sd);
    // The smallest p a run of shifts can give, 1/(shifts+1), rounded up to one significant
    // digit: p < that when no shift reached the observed count (10,000 shifts: 0.0001).
    static double pBound(int shifts);
};
