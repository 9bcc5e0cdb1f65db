// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "series_drawer.h"

#include "timeline_plot.h"

#include <algorithm>

namespace {
double toSeconds(qint64 us)
{
    return double(us) / 1e6;
}
} // namespace

QColor SeriesDrawer::colourOf(const BinSeries &series, qsizetype index)
{
    if (series.isOther)
        return QColor(0x99, 0x99, 0x99);
    const auto &colours = TimelinePlot::palette();
    return colours[index % colours.size()].darker(100 + 40 * int(index / colours.size()));
}

QString SeriesDrawer::legendName(const BinSeries &series)
{
    return series.name.isEmpty() ? QStringLiteral("lookups") : series.name;
}

QList<double> SeriesDrawer::smoothed(const QList<qint64> &counts, int window)
{
    QList<double> out(counts.size());
    if (window <= 1) {
        std::copy(counts.begin(), counts.end(), out.begin());
        return out;
    }
    // Prefix sums: each output is the mean of the bins [i - before, i + after] that exist.
    QList<double> prefix(counts.size() + 1, 0);
    for (qsizetype i = 0; i < counts.size(); ++i)
        prefix[i + 1] = prefix[i] + double(counts[i]);
    const qsizetype before = (window - 1) / 2, after = window / 2;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - before), hi = std::min(counts.size(), i + after + 1);
        out[i] = (prefix[hi] - prefix[lo]) / double(hi - lo);
    }
    return out;
}

QList<double> SeriesDrawer::draw(QCustomPlot &plot, const BinTable &table, const SeriesLook &look)
{
    plot.clearPlottables();
    const qsizetype bins = table.binCount();
    QList<double> heights(bins, 0);
    if (bins == 0)
        return heights;
    QVector<double> centres(bins), starts(bins + 1);
    qint64 narrowest = table.edges[1] - table.edges[0];
    for (qsizetype i = 0; i < bins; ++i) {
        centres[i] = toSeconds(table.edges[i] + (table.edges[i + 1] - table.edges[i]) / 2);
        starts[i] = toSeconds(table.edges[i]);
        narrowest = std::min(narrowest, table.edges[i + 1] - table.edges[i]);
    }
    starts[bins] = toSeconds(table.edges[bins]);
    QCPBars *below = nullptr;
    for (qsizetype s = 0; s < table.series.size(); ++s) {
        const BinSeries &series = table.series[s];
        const QList<double> values = smoothed(series.counts, look.movingAverage);
        const QColor colour = colourOf(series, s);
        const bool hidden = look.hidden.contains(legendName(series));
        QCPAbstractPlottable *made = nullptr;
        if (look.style == SeriesStyle::StackedBars) {
            auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
            bars->setPen(Qt::NoPen);
            bars->setBrush(colour);
            bars->setAntialiased(false);
            bars->setWidthType(QCPBars::wtPlotCoords);
            bars->setWidth(toSeconds(narrowest) * 1.01); // a hair of overlap: no seams from pixel rounding
            bars->setStackingGap(0);
            bars->setBaseValue(look.logScale ? 0.5 : 0);
            bars->setData(centres, QVector<double>(values.begin(), values.end()), true);
            if (!hidden) {
                if (below)
                    bars->moveAbove(below);
                below = bars;
                for (qsizetype i = 0; i < bins; ++i)
                    heights[i] += values.value(i);
            }
            made = bars;
        } else {
            auto *graph = new QCPGraph(plot.xAxis, plot.yAxis);
            graph->setPen(QPen(colour, series.isOther ? 1.2 : 1.8));
            if (look.style == SeriesStyle::Steps) {
                QVector<double> v(values.begin(), values.end());
                v.append(v.isEmpty() ? 0 : v.last());
                graph->setLineStyle(QCPGraph::lsStepLeft);
                graph->setData(starts, v, true);
            } else {
                graph->setLineStyle(QCPGraph::lsLine);
                graph->setData(centres, QVector<double>(values.begin(), values.end()), true);
            }
            for (qsizetype i = 0; i < bins && !hidden; ++i)
                heights[i] = std::max(heights[i], values.value(i));
            made = graph;
        }
        made->setSelectable(QCP::stNone);
        made->setName(legendName(series));
        made->setVisible(!hidden);
        if (auto *item = plot.legend->itemWithPlottable(made))
            item->setTextColor(hidden ? QColor(0x99, 0x99, 0x99) : plot.legend->textColor());
    }
    return heights;
}
