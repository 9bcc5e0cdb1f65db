// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_layer.h"

#include <QObject>
#include <QPointF>

#include <optional>

class QMouseEvent;
class TimelinePlot;

// The mouse on a timeline's events, as an event filter on the plot that runs before its
// PlotNavigator: a plain click on a label or a point's line selects the event (eventClicked);
// dragging a point's line or a label moves the whole event, dragging a range's edge moves
// that edge (an all-day event snaps to whole days of its zone), with a live preview and one
// eventDragged when the button is released (Escape drops the drag). A double-click on a
// label or a line asks to edit the event. The cursor shows what can be dragged. Elsewhere
// (and with any modifier) the navigator's pan, zoom and drill-down apply. On a store that
// cannot be changed (setReadOnlyReason) a drag moves nothing: refused() says why as soon as
// it starts. Owned by the plot (Qt parent); GUI thread only.
class EventGestures : public QObject {
    Q_OBJECT
public:
    explicit EventGestures(TimelinePlot *plot);

    // Why events cannot be moved (none: they can).
    void setReadOnlyReason(const std::optional<QString> &reason) { m_readOnlyReason = reason; }

signals:
    void eventClicked(qint64 id);
    void eventDoubleClicked(qint64 id); // on a label or a point's line: edit it
    void eventDragged(const TimelineEvent &after);
    void refused(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool pressed(QMouseEvent *event);
    bool moved(QMouseEvent *event);
    bool released(QMouseEvent *event);
    TimelineEvent dragged(qint64 deltaUs) const;

    TimelinePlot *m_plot;
    struct Drag {
        EventLayer::Hit hit;
        TimelineEvent original;
        QPointF pressPos;
        bool moving = false;
        bool refused = false; // the store is read-only: said so, moves nothing
    };
    std::optional<Drag> m_drag;
    std::optional<QString> m_readOnlyReason;
};
