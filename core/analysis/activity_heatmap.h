// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "fine_counts.h"

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <array>
#include <optional>

// Lookups by hour of day × day of week, in several time zones side by side (whose working
// hours does the activity keep?). Each grid bin goes to the local hour of its start, using the
// zone's offset at that instant (ZoneOffsets: DST-correct, no QDateTime per bin). Exact for
// grid steps up to 15 minutes and zones whose offsets are whole quarter hours.
// Stateless; thread-safe. Cost: O(grid bins · zones) with a binary search over the zone's
// transitions each: 4 M grid bins in two zones take about 0.1 s.
class ActivityHeatmap {
public:
    struct Panel {
        QTimeZone zone;
        std::array<qint64, 7 * 24> counts{}; // [day · 24 + hour], day 0 = Monday, local time
        qint64 at(int day, int hour) const { return counts[size_t(day * 24 + hour)]; }
    };

    // nullopt if cancelled.
    static std::optional<QList<Panel>> compute(const FineCounts &series, const QList<QTimeZone> &zones,
                                               const AnalysisProgress &progress = {});
    static QJsonObject toJson(const QList<Panel> &panels);
};
