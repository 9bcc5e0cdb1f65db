// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

// Ticks for the linear count axis: QCustomPlot's readable steps, but whole numbers only, so
// that a tick labelled without decimals is where its label says (a step of 2.5 over a few
// lookups labelled "3" at 2.5). Steps under 1 become 1, 2.5 becomes 2, 25 stays. Owned by
// the axis through QSharedPointer; GUI thread only; no cost beyond QCustomPlot's own ticker.
class CountTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange &range) override;
};
