// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPoint>
#include <QString>

#include <functional>

class QCPAxisRect;
class QEvent;
class QCPItemRect;
class QCPItemText;
class TimelinePlot;

// The axis rects of the lanes under the counts (passive-DNS observations, resolutions): each in
// a layout row of its own right under the counts' axis rect, sharing their time axis (range and
// ticker, no tick labels), its rows on a reversed left axis without ticks, neither dragged nor
// zoomed by itself, its left and right edges in the counts' margin group so the lanes line up.
// GUI thread; the plot owns the rects.
namespace LaneAxisRect {
// A new lane rect inserted right under the counts.
QCPAxisRect *addUnderCounts(TimelinePlot *plot);
// Removes rect (deleting it and its axes) from the plot's layout.
void remove(TimelinePlot *plot, QCPAxisRect *rect);
// Adds (wanted) or removes the lane's rect, which rect points to (null: none).
void show(TimelinePlot *plot, QCPAxisRect *&rect, bool wanted);
// The bar of lane row `row` from firstUs to lastUs (µs UTC; a span of zero length still gets a
// sliver of 1 s), `inset` of the row's height left free above and below, on layer.
QCPItemRect *addBar(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer, qint64 firstUs, qint64 lastUs, int row,
                    double inset, QColor colour, int alpha);
// The label at the left end of lane row `row`, and the note in the lane's top right corner.
QCPItemText *addRowLabel(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer, int row, const QString &text);
QCPItemText *addCornerNote(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer, const QString &text);
// For a lane's event filter on the plot: a tooltip event shows textAt(the pointer in plot
// pixels) when that is not empty; true when it was shown (the event is then handled).
bool showToolTip(TimelinePlot *plot, QEvent *event, const std::function<QString(QPoint)> &textAt);
} // namespace LaneAxisRect
