// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"
#include "failure.h"
#include "timeline_event.h"

#include <QObject>
#include <QUndoStack>

#include "event_series_edit.h"

#include <memory>

class LookupStore;

// The window's events and every change to them: add, edit, move and delete go through an
// EventCommand on its QUndoStack, are written to the store at once (so a crash loses
// nothing), and after each change, undo or redo the list is read back from the store and
// announced with eventsChanged. The stack starts empty with each store. Shares the store
// with the rest of the window; GUI thread only. Writes wait for the store's lock, which a
// running bin query may hold for a moment; a re-read costs one small SELECT.
class EventEditor : public QObject {
    Q_OBJECT
public:
    explicit EventEditor(QObject *parent = nullptr);

    // A new store (null: none) and its events: the undo history is dropped.
    void setStore(std::shared_ptr<LookupStore> store);
    // The events as last read (a reload of the whole window delivers them too); after a change
    // made here since the last call, they may be older than it, and are read again.
    void setEvents(const QList<TimelineEvent> &events);
    const QList<TimelineEvent> &events() const { return m_events; }
    std::optional<TimelineEvent> event(qint64 id) const;
    QUndoStack *undoStack() { return &m_stack; }
    const std::shared_ptr<LookupStore> &store() const { return m_store; }

    // Each returns the id of the event changed, or 0 when the store refused (failed is emitted).
    qint64 add(const TimelineEvent &event);
    qint64 edit(const TimelineEvent &after); // by after.id
    qint64 move(const TimelineEvent &after); // an edit of its times, named so in the history
    qint64 remove(qint64 id);
    // The same for the whole recurring series the event of after.id is an occurrence of
    // (EventSeriesEdit; one step on the stack); 0 when refused.
    qint64 editSeries(const TimelineEvent &after);
    qint64 removeSeries(qint64 occurrenceId);
    // Adds what an events file gave (events and their series) in one transaction. Not on the
    // undo stack; false when the store refused (failed is emitted).
    bool importEvents(const EventImport &read);

signals:
    void eventsChanged(const QList<TimelineEvent> &events);
    // The event a change, an undo or a redo was about (for the selection to follow).
    void eventTouched(qint64 id);
    void failed(const Failure &failure);

private:
    qint64 push(std::optional<TimelineEvent> before, std::optional<TimelineEvent> after, const QString &text);
    qint64 pushCommand(QUndoCommand *command, qint64 id);
    // The series of occurrence and all its occurrences as the store has them.
    std::optional<EventSeriesChange> seriesOf(const TimelineEvent &occurrence);
    void reread();

    std::shared_ptr<LookupStore> m_store;
    QList<TimelineEvent> m_events;
    QUndoStack m_stack;
    bool m_failed = false;
    bool m_changedSinceSet = false; // a command ran since setEvents()
    int m_lastIndex = 0;
};
