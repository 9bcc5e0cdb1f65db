// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

// How the timeline draws a table's series: stacked bars, grouped lines or steps; a linear or
// logarithmic count axis; a centred moving average over `movingAverage` bins (0 or 1: off);
// the series the user hid by clicking their legend entry (by name). A plain value.
enum class SeriesStyle { StackedBars, Lines, Steps };

struct SeriesLook {
    SeriesStyle style = SeriesStyle::StackedBars;
    bool logScale = false;
    int movingAverage = 0;
    QSet<QString> hidden;
    bool operator==(const SeriesLook &) const = default;
};
