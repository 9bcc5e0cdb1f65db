// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class TimelineController;

// The text of the window's status line, computed from the controller's state and the plot's
// view: what the view shows, and never "no lookups" while the datasets shown hold some (then
// it says what there is and where, or that the counts are still coming). A function of its
// arguments, so that it can be tested without a window; GUI thread (it reads the
// controller), microseconds (a pass over the datasets and the bins in view).
class StatusLine {
    Q_DECLARE_TR_FUNCTIONS(StatusLine)
public:
    // view: the plot's visible range (µs UTC); plotPixels: the width of its axis rect, to say
    // which datasets are narrower than a pixel; numbers: the locale counts are written in.
    static QString text(const TimelineController &controller, const TimeRange &view, int plotPixels,
                        const QLocale &numbers);
    // Why the plot has nothing to draw (no store, no dataset, none ticked), said over it as well;
    // empty when it has something, or while the store is still being read.
    static QString nothingToDraw(const TimelineController &controller);
};
