// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity_heatmap.h"

#include <QWidget>

// One activity heatmap: day of week (rows, Monday first) × local hour (columns), each cell
// shaded on a shared scale from 0 to `scaleMax` lookups, with the zone's name as a title;
// or, with showScale, the colour scale itself. Paints what it is given. GUI thread only.
class HeatmapGrid : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapGrid(QWidget *parent = nullptr);

    void setPanel(const ActivityHeatmap::Panel &panel, const QString &title, qint64 scaleMax);
    void clear(const QString &message);
    // The cell's colour for a count on the scale (also the scale's legend).
    static QColor colourFor(qint64 count, qint64 scaleMax);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The cell rectangle of (day, hour) in widget coordinates.
    QRectF cellRect(int day, int hour) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF gridRect() const;

    std::optional<ActivityHeatmap::Panel> m_panel;
    QString m_title, m_message;
    qint64 m_scaleMax = 1;
};
