// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosshair_tracker.h"

#include <QFontMetricsF>

#include <algorithm>

#include <qcustomplot.h>

CrosshairTracker::CrosshairTracker(QCustomPlot *plot) : m_plot(plot)
{
    const QString name = QStringLiteral("tracker");
    plot->addLayer(name, plot->layer(plot->layerCount() - 1), QCustomPlot::limAbove);
    m_layer = plot->layer(name);
    m_layer->setMode(QCPLayer::lmBuffered);
    m_line = new QCPItemStraightLine(plot);
    m_line->setLayer(m_layer);
    m_line->setSelectable(false);
    for (QCPItemPosition *p : {m_line->point1, m_line->point2})
        p->setType(QCPItemPosition::ptAbsolute);
    m_label = new QCPItemText(plot);
    m_label->setLayer(m_layer);
    m_label->setSelectable(false);
    m_label->position->setType(QCPItemPosition::ptAbsolute);
    m_label->setTextAlignment(Qt::AlignLeft);
    m_label->setPadding(QMargins(6, 4, 6, 4));
    m_label->setFont(plot->font());
    setColours(QColor(40, 40, 40), QColor(255, 255, 255, 230));
    hide();
}

void CrosshairTracker::setColours(const QColor &ink, const QColor &paper)
{
    m_line->setPen(QPen(ink, 1, Qt::DotLine));
    m_label->setColor(ink);
    m_label->setPen(QPen(ink.lighter(150)));
    m_label->setBrush(paper);
}

void CrosshairTracker::show(const QPointF &pos, const QString &text)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    const QRect rect = m_plot->axisRect()->rect();
    m_line->point1->setCoords(pos.x(), rect.top());
    m_line->point2->setCoords(pos.x(), rect.bottom());
    m_label->setText(text);
    // Beside the cursor, on the side with room, near the top of the axis rect; a card wider than
    // that side is moved in so that none of it is cut off at the plot's edge.
    const bool right = pos.x() < rect.center().x();
    const QMargins pad = m_label->padding();
    const double width = QFontMetricsF(m_label->font()).boundingRect(QRectF(), Qt::AlignLeft, text).width() +
        pad.left() + pad.right() + 2;
    const double left = right ? pos.x() + 12 : pos.x() - 12 - width;
    m_label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->position->setCoords(
        std::clamp(left, double(rect.left()), std::max(double(rect.left()), rect.right() - width)), rect.top() + 8);
    m_line->setVisible(true);
    m_label->setVisible(true);
    m_layer->replot();
}

void CrosshairTracker::hide()
{
    const bool was = m_line->visible();
    m_line->setVisible(false);
    m_label->setVisible(false);
    if (was)
        m_layer->replot();
}

bool CrosshairTracker::isVisible() const
{
    return m_label->visible();
}

QRectF CrosshairTracker::cardRect() const
{
    return QRectF(m_label->topLeft->pixelPosition(), m_label->bottomRight->pixelPosition());
}

QString CrosshairTracker::text() const
{
    return m_label->text();
}
