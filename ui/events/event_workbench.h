// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
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
// stack. A change or delete of an occurrence of a recurring series first asks whether it is
// for this occurrence or the whole series (the scope chooser; a message box by default).
// File → Import events opens an EventImportDialog. Owns the editor; refers to the rest
// (owned by the window). GUI thread only.
class EventWorkbench : public QObject {
    Q_OBJECT
public:
    enum class SeriesScope { Occurrence, Series };
    // Asks what a change (action: "change", "move" or "delete") of an occurrence is for;
    // nothing: cancelled.
    using ScopeChooser =
        std::function<std::optional<SeriesScope>(const TimelineEvent &occurrence, const QString &action)>;

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
    // Opens an EventImportDialog (window-modal, not blocking) on the events file at path;
    // imported() follows an import.
    void openImportDialog(const QString &path);
    void setScopeChooser(ScopeChooser chooser) { m_chooseScope = std::move(chooser); }

signals:
    void imported(const QString &summary);
    // An edit the store cannot take (read-only), asked for by a gesture or a button.
    void refused(const QString &why);

private:
    void show(const QList<TimelineEvent> &events);
    // An edit, move or delete, for the occurrence or its whole series as the user says.
    void change(const TimelineEvent &after, bool isMove);
    void remove(qint64 id);

    TimelinePlot *m_plot;
    EventsDock *m_dock;
    QWidget *m_window;
    EventEditor *m_editor;
    EventGestures *m_gestures;
    QTimeZone m_zone = QTimeZone::utc();
    std::optional<QString> m_readOnlyReason;
    ScopeChooser m_chooseScope;
};
