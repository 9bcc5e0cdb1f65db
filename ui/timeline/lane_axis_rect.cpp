// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lane_axis_rect.h"

#include "timeline_plot.h"

#include <qcustomplot.h>

QCPAxisRect *LaneAxisRect::addUnderCounts(TimelinePlot *plot)
{
    QCPLayoutGrid *layout = plot->plotLayout();
    int row = 0;
    while (row < layout->rowCount() && layout->element(row, 0) != plot->axisRect())
        ++row;
    layout->insertRow(row + 1);
    auto *rect = new QCPAxisRect(plot);
    layout->addElement(row + 1, 0, rect);
    rect->setRangeDrag(Qt::Orientations());
    rect->setRangeZoom(Qt::Orientations());
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    x->setTicker(plot->xAxis->ticker());
    x->setTickLabels(false);
    x->setRange(plot->xAxis->range());
    QObject::connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x,
                     qOverload<const QCPRange &>(&QCPAxis::setRange));
    y->setTicks(false);
    y->setTickLabels(false);
    y->grid()->setVisible(false);
    y->setRangeReversed(true);
    y->setPadding(0); // no label: a rotated one would not fit a short lane; the bars say what they are
    QCPMarginGroup *margins = plot->axisRect()->marginGroup(QCP::msLeft);
    if (!margins) { // the first lane: the counts join a new group
        margins = new QCPMarginGroup(plot);
        plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    }
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    return rect;
}

void LaneAxisRect::remove(TimelinePlot *plot, QCPAxisRect *rect)
{
    plot->plotLayout()->remove(rect); // deletes it and its axes
    plot->plotLayout()->simplify();
}
