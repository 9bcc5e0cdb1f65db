// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "bin_query.h"

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

// What would a normal week look like? For bins of a width that divides a day (a fixed width
// of 1 minute to 12 hours, or calendar days), the expected count of each bin is the median of
// the bins in the same slot of the week (the bin's start as local time since Monday 00:00 in
// the view's zone, divided by the width: the hour of the week for hourly bins, the day of the
// week for day bins) in the other weeks of the view, leaving the bin's own week out, with the
// quartiles Q1, Q3 (linear interpolation). The rule: a bin is anomalous when its count lies
// outside [Q1 − r, Q3 + r] and at least 3 other weeks exist, r = max(1.5·IQR, 3·√median):
// Tukey's fences, widened to three Poisson standard deviations so that a few weeks of plain
// counting noise (IQR of 1 or 2) do not flag every other bin. Finer bins (seconds) are left
// out: their weekly slots are too many and too thin to give a median.
// Stateless; thread-safe. Cost: O(bins log bins) (one sort per slot of the week); the counts
// come from TimelineEngine (LookupStore::bins).
class SeasonalBaseline {
public:
    struct Bin {
        qint64 startUs = 0;
        qint64 count = 0;
        qint64 endUs = 0;   // the bin is [startUs, endUs)
        int hourOfWeek = 0; // 0 = Monday 00:00 local
        int slotOfWeek = 0; // the bin width's slot: hourOfWeek for hourly bins
        int otherWeeks = 0;
        double median = 0, q1 = 0, q3 = 0;
        bool anomalous = false;
    };
    static constexpr int kMinOtherWeeks = 3;

    // Whether bins of width get a baseline (see above).
    static bool supports(const BinWidth &width);
    // table: bins of a supported width (others give an empty result), all series summed.
    static std::optional<QList<Bin>> compute(const BinTable &table, const AnalysisProgress &progress = {});
    static QJsonObject toJson(const QList<Bin> &bins);
};
