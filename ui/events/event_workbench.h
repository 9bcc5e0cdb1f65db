// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QObject>
#include <QTimeZone>

#include <memory>
#include <optional>

class EventEditor;
class EventGestures;
class EventsDock;
class LookupStore;
class QWidget;
class TimelinePlot;

// Events in the window, wired in one place: the EventEditor's list feeds the timeline's
// EventLayer and the Events dock; a click on the chart selects in the dock and the reverse;
// Ctrl+click / Ctrl+drag on the timeline, the dock's Add and Edit open an EventDialog whose
// result is added or edited; drags on the chart move; the dock's Delete deletes; the dock's
// category toggles hide events on the chart. Every change goes through the editor's undo
// stack. Owns the editor; refers to the rest (owned by the window). GUI thread only.
class EventWorkbench : public QObject {
    Q_OBJECT
public:
    EventWorkbench(TimelinePlot *plot, EventGestures *gestures, EventsDock *dock, QWidget *window);

    EventEditor *editor() const { return m_editor; }
    void setStore(std::shared_ptr<LookupStore> store);
    // The events a (re)load of the store delivered.
    void setEvents(const QList<TimelineEvent> &events);
    QList<TimelineEvent> events() const;
    void setTimeZone(const QTimeZone &zone);
    // Selects the event of id (0: none) on the chart and in the dock.
    void select(qint64 id);
    // Opens the dialog (window-modal, not blocking) on event: an add if its id is 0. On a
    // store that cannot be changed it says why instead (refused).
    void openDialog(const TimelineEvent &event);

signals:
    // An edit the store cannot take (read-only), asked for by a gesture or a button.
    void refused(const QString &why);

private:
    void show(const QList<TimelineEvent> &events);

    TimelinePlot *m_plot;
    EventsDock *m_dock;
    QWidget *m_window;
    EventEditor *m_editor;
    EventGestures *m_gestures;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<QString> m_readOnlyReason;
};
