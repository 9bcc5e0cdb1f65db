// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "timeline/bin_query.h"

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

// What would a normal week look like? For hourly bins, the expected count of each bin is the
// median of the bins at the same local hour of the week (Monday 00:00 … Sunday 23:00 in the
// view's zone) in the other weeks of the view, leaving the bin's own week out, with the
// quartiles Q1, Q3 (linear interpolation). The rule: a bin is anomalous when its count lies
// outside [Q1 − r, Q3 + r] and at least 3 other weeks exist, r = max(1.5·IQR, 3·√median):
// Tukey's fences, widened to three Poisson standard deviations so that a few weeks of plain
// counting noise (IQR of 1 or 2) do not flag every other bin.
// Stateless; thread-safe. Cost: O(bins log bins) (one sort per hour of the week), nothing for
// a view's hourly bins; the counts come from TimelineEngine (LookupStore::bins).
class SeasonalBaseline {
public:
    struct Bin {
        qint64 startUs = 0;
        qint64 count = 0;
        int hourOfWeek = 0; // 0 = Monday 00:00 local
        int otherWeeks = 0;
        double median = 0, q1 = 0, q3 = 0;
        bool anomalous = false;
    };
    static constexpr int kMinOtherWeeks = 3;

    // table: hourly fixed bins (others give an empty result), all series summed.
    static std::optional<QList<Bin>> compute(const BinTable &table, const AnalysisProgress &progress = {});
    static QJsonObject toJson(const QList<Bin> &bins);
};
