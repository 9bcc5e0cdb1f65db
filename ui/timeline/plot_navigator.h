// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>

class QCPSelectionRect;
class QMouseEvent;
class TimelinePlot;

// How the user moves about a TimelinePlot, as an event filter on it: the wheel zooms about
// the cursor and dragging pans (QCustomPlot's own handling, with the view left kept in the
// plot's history); Shift+drag zooms to the band; Alt+drag selects a range for drill-down;
// Ctrl+click asks for a point event there and Ctrl+drag for a range event (Grafana's
// gestures; eventRequested); a click on a bar drills down into its bin (the stacked segment's series); a double-click
// zooms to the bin; + and - zoom, Left and Right pan, Alt+Left and Alt+Right go back and
// forward. Owned by the plot (Qt parent); GUI thread only.
class PlotNavigator : public QObject {
    Q_OBJECT
public:
    explicit PlotNavigator(TimelinePlot *plot);

signals:
    // Ctrl+click (range.fromUs == range.toUs: a point at that time) or Ctrl+drag (µs UTC).
    void eventRequested(const TimeRange &range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Band { None, Zoom, Select, Create };
    bool keyPressed(int key, Qt::KeyboardModifiers modifiers);
    void pressed(QMouseEvent *event);
    void released(QMouseEvent *event);
    void doubleClicked(QMouseEvent *event);
    void bandDone(const QRect &rect);

    TimelinePlot *m_plot;
    Band m_band = Band::None;
    QPoint m_pressPos;
    TimeRange m_pressRange;
    QElapsedTimer m_lastWheel;
};
