// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activity_heatmap.h"

#include <QWidget>

class HeatmapGrid;
class QLabel;
class TimeZoneBox;

// The Analysis dock's Heatmap tab: lookups by local hour × day of week in two chosen zones
// side by side (default America/New_York and Europe/Moscow), on one colour scale shown
// underneath. It only shows results; zonesChanged asks the dock to recompute. GUI thread.
class HeatmapPanel : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapPanel(QWidget *parent = nullptr);

    QList<QTimeZone> zones() const;
    void setZones(const QTimeZone &left, const QTimeZone &right);
    void setResult(const QList<ActivityHeatmap::Panel> &panels);
    const QList<ActivityHeatmap::Panel> &panels() const { return m_panels; }
    HeatmapGrid *grid(int i) const { return i == 0 ? m_left : m_right; }

signals:
    void zonesChanged();

private:
    TimeZoneBox *m_leftZone, *m_rightZone;
    HeatmapGrid *m_left, *m_right;
    QLabel *m_scale, *m_summary;
    QList<ActivityHeatmap::Panel> m_panels;
};
