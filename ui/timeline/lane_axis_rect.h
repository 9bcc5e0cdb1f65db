// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCPAxisRect;
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
} // namespace LaneAxisRect
