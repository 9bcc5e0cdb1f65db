// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCustomPlot;

// A crosshair over a plot: a vertical line under the cursor and a box with a text (the bin's
// time range and the count of every series, given by the plot). It lives on its own buffered
// layer, so following the mouse repaints only that layer, not the bars. The items belong to
// the plot. GUI thread only; a move costs one layer repaint.
class CrosshairTracker {
public:
    explicit CrosshairTracker(QCustomPlot *plot);

    // Shows the line at pos (widget pixels) with text; empty text hides the tracker.
    void show(const QPointF &pos, const QString &text);
    void hide();
    bool isVisible() const;
    QString text() const;
    // Where the card is drawn (widget pixels; after a replot).
    QRectF cardRect() const;
    void setColours(const QColor &ink, const QColor &paper);

private:
    QCustomPlot *m_plot;
    QCPLayer *m_layer;
    QCPItemStraightLine *m_line;
    QCPItemText *m_label;
};
