// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QCoreApplication>
#include <QString>

class QCPItemRect;
class QCPItemText;
class QCPLayer;
class TimelinePlot;

// The band a modified drag draws over the timeline while the button is down: the whole height
// of the data area between where the drag began and the pointer, shaded, with what the drag
// will do and its start, end and duration in the plot's zone above it ("Zoom to 2016-07-18
// 13:00 – 2016-07-19 02:00 (13 hours)"). It lives on its own buffered layer over everything,
// so following the pointer repaints only that layer; stop() removes it. The items belong to
// the plot. GUI thread only.
class DragBand {
    Q_DECLARE_TR_FUNCTIONS(DragBand)
public:
    enum class Purpose { Zoom, Select, Create };

    explicit DragBand(TimelinePlot *plot);

    void start(Purpose purpose, double pixelX);
    void moveTo(double pixelX);
    void stop();
    bool isActive() const { return m_active; }
    Purpose purpose() const { return m_purpose; }
    // The band's range, µs UTC, half-open (empty when the drag has not moved).
    TimeRange range() const;
    int pixelWidth() const;
    QString label() const;

private:
    void update();

    TimelinePlot *m_plot;
    QCPLayer *m_layer;
    QCPItemRect *m_rect;
    QCPItemText *m_text;
    Purpose m_purpose = Purpose::Zoom;
    double m_fromX = 0, m_toX = 0;
    bool m_active = false;
};
