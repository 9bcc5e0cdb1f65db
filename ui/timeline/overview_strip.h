// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"

#include <qcustomplot.h>

#include <QTimeZone>

class ZonedTimeTicker;

// A short strip under the timeline with the whole extent's counts (the controller's overview
// table, all series summed) and a window over the range the timeline shows. Dragging the
// window moves the view, dragging one of its edges resizes it, a press beside it centres it
// there; each step emits rangeRequested. It paints what it is given; GUI thread only.
// Cost: a replot draws one graph of the overview's bins (a couple of hundred).
class OverviewStrip : public QCustomPlot {
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setTable(const BinTable &table);
    // The range the timeline shows (µs UTC, half-open); does not emit rangeRequested.
    void setWindow(const TimeRange &range);
    TimeRange window() const { return m_window; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const;
    // Widget x of a time, for tests and hit testing.
    double pixelOf(qint64 us) const;

signals:
    void dragStarted(); // a run of rangeRequested follows: one move for the history
    void rangeRequested(const TimeRange &range);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Grip { None, Move, Left, Right };
    Grip gripAt(double x) const;
    void applyColours();
    void placeWindow();

    QCPGraph *m_graph = nullptr;
    QCPItemRect *m_rect = nullptr;
    QSharedPointer<ZonedTimeTicker> m_ticker;
    TimeRange m_window;
    Grip m_grip = Grip::None;
    double m_pressX = 0;
    TimeRange m_pressWindow;
};
