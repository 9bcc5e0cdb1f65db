// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error_tick_item.h"

ErrorTickItem::ErrorTickItem(QCustomPlot *plot, QCPAxisRect *rect, QList<double> times, double row, QColor colour)
    : QCPAbstractItem(plot), m_lane(rect), m_times(std::move(times)), m_row(row), m_colour(colour)
{
    setClipAxisRect(rect);
    setSelectable(false);
}

double ErrorTickItem::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // not selectable: the lane's tooltip tells about the row
}

void ErrorTickItem::draw(QCPPainter *painter)
{
    const QCPAxis *x = m_lane->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_lane->axis(QCPAxis::atLeft);
    const double top = y->coordToPixel(m_row - 0.5), bottom = y->coordToPixel(m_row + 0.5);
    const double from = x->range().lower, to = x->range().upper;
    painter->setPen(QPen(m_colour, 1.5));
    double last = -1e9; // one tick per pixel column is enough
    for (const double t : std::as_const(m_times)) {
        if (t < from || t > to)
            continue;
        const double px = std::round(x->coordToPixel(t));
        if (px == last)
            continue;
        last = px;
        painter->drawLine(QLineF(px, top, px, bottom));
    }
}
