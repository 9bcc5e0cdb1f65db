// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

#include <qcustomplot.h>

// A row of short vertical ticks on a lane's axis rect, one per time: the Resolutions lane's error
// lookups. One item however many ticks (thousands of QCPItemLines would slow every replot); the
// plot's series drawer clears plottables, not items, so it lives with the lane's bars.
// Owned by the plot; GUI thread. Cost: one line per tick in view per replot.
class ErrorTickItem : public QCPAbstractItem {
    Q_OBJECT
public:
    // times in seconds since the epoch (the plot's key unit); row the lane row whose middle
    // they mark (the rect's left axis).
    ErrorTickItem(QCustomPlot *plot, QCPAxisRect *rect, QList<double> times, double row, QColor colour);

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    QCPAxisRect *m_lane;
    QList<double> m_times;
    double m_row;
    QColor m_colour;
};
