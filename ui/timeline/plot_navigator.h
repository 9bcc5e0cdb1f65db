// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include "drag_band.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>

#include <optional>

class QMouseEvent;
class TimelinePlot;

// How the user moves about a TimelinePlot, as an event filter on it: the wheel zooms about
// the cursor and dragging pans (QCustomPlot's own handling, with the view left kept in the
// plot's history); Shift+drag zooms to the band; a drag with the right button (or Alt+drag,
// which window managers often take for moving windows) selects a range for drill-down;
// Ctrl+click asks for a point event there and Ctrl+drag for a range event (Grafana's
// gestures; eventRequested). While such a drag lasts a DragBand shows its range and what it
// will do; Escape drops it and nothing is left on the plot. A click on a bar drills down into
// its bin (the stacked segment's series); a double-click zooms to the bin; + and - zoom, Left
// and Right pan, Alt+Left and Alt+Right go back and forward. Owned by the plot (Qt parent);
// GUI thread only.
class PlotNavigator : public QObject {
    Q_OBJECT
public:
    explicit PlotNavigator(TimelinePlot *plot);

signals:
    // Ctrl+click (range.fromUs == range.toUs: a point at that time) or Ctrl+drag (µs UTC).
    void eventRequested(const TimeRange &range);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    const DragBand &band() const { return m_band; }

private:
    bool keyPressed(int key, Qt::KeyboardModifiers modifiers);
    bool pressed(QMouseEvent *event);
    bool released(QMouseEvent *event);
    void doubleClicked(QMouseEvent *event);
    void bandDone(DragBand::Purpose purpose, const TimeRange &range, int pixels, const QPoint &pos);

    TimelinePlot *m_plot;
    DragBand m_band;
    bool m_bandCancelled = false; // Escape during a band drag: its release does nothing
    QPoint m_pressPos;
    TimeRange m_pressRange;
    QElapsedTimer m_lastWheel;
};
