// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "series_look.h"

#include <qcustomplot.h>

#include <QColor>
#include <QList>

// Turns a BinTable into QCustomPlot plottables in a SeriesLook: one QCPBars per series
// (stacked, hidden series left out of the stack) or one QCPGraph per series (lines through bin
// centres, or steps over the bins). It only draws counts it is given; smoothing is a moving
// average of those counts. Stateless; GUI thread (it touches the plot). Cost: O(series · bins).
class SeriesDrawer {
public:
    // Replaces every plottable of plot; returns, per bin, the height the count axis must show
    // (the top of the stack, or the highest visible series).
    static QList<double> draw(QCustomPlot &plot, const BinTable &table, const SeriesLook &look);
    // The colour of series number index of a table (grey for "other").
    static QColor colourOf(const BinSeries &series, qsizetype index);
    // A centred moving average over window bins (window ≤ 1: the counts as they are).
    static QList<double> smoothed(const QList<qint64> &counts, int window);
    // The name a series has in the legend.
    static QString legendName(const BinSeries &series);
};
