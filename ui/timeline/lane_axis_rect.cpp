// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lane_axis_rect.h"

#include "timeline_plot.h"

#include <qcustomplot.h>

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>

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

void LaneAxisRect::show(TimelinePlot *plot, QCPAxisRect *&rect, bool wanted)
{
    if (wanted == (rect != nullptr))
        return;
    if (wanted) {
        rect = addUnderCounts(plot);
        return;
    }
    remove(plot, rect);
    rect = nullptr;
}

QCPItemRect *LaneAxisRect::addBar(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer, qint64 firstUs,
                                  qint64 lastUs, int row, double inset, QColor colour, int alpha)
{
    auto *bar = new QCPItemRect(plot);
    bar->setLayer(layer);
    bar->setClipAxisRect(rect);
    for (QCPItemPosition *p : {bar->topLeft, bar->bottomRight})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    const double first = double(firstUs) / 1e6, last = double(lastUs) / 1e6;
    bar->topLeft->setCoords(first, row + inset);
    bar->bottomRight->setCoords(std::max(last, first + 1), row + 1 - inset);
    bar->setPen(QPen(colour.darker(130)));
    colour.setAlpha(alpha);
    bar->setBrush(colour);
    return bar;
}

QCPItemText *LaneAxisRect::addRowLabel(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer, int row,
                                       const QString &text)
{
    auto *label = new QCPItemText(plot);
    label->setLayer(layer);
    label->setClipAxisRect(rect);
    label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setAxisRect(rect);
    label->position->setCoords(0.005, row + 0.5);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setFont(TimelinePlot::baseFont(8));
    label->setText(text);
    label->setColor(QColor(0x20, 0x20, 0x20));
    return label;
}

QCPItemText *LaneAxisRect::addCornerNote(TimelinePlot *plot, QCPAxisRect *rect, const QString &layer,
                                         const QString &text)
{
    auto *note = new QCPItemText(plot);
    note->setLayer(layer);
    note->setClipAxisRect(rect);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setAxisRect(rect);
    note->position->setCoords(0.995, 0.0);
    note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    note->setFont(TimelinePlot::baseFont(8));
    note->setText(text);
    note->setColor(QColor(0x55, 0x55, 0x55));
    note->setBrush(QColor(255, 255, 255, 220));
    note->setPadding(QMargins(4, 1, 4, 1));
    return note;
}

bool LaneAxisRect::showToolTip(TimelinePlot *plot, QEvent *event, const std::function<QString(QPoint)> &textAt)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = textAt(help->pos());
    if (text.isEmpty())
        return false;
    QToolTip::showText(help->globalPos(), text, plot);
    return true;
}
