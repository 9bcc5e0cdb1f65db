// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series.h"
#include "timeline_event.h"

#include <QList>

// EventStore: the role of a store that keeps the dated events laid over the timeline and their
// recurring series (the Events dock, the editor and its undo commands, `dnstimeline events`).
// One of the role interfaces LookupStore is made of. Thread-safe. Writes throw Failure on a
// read-only store, for an unknown id, and for an event EventTime::problem() rejects.
class EventStore {
public:
    virtual ~EventStore() = default;

    // Ordered by start then id (sqlite_store_events.cpp).
    virtual QList<TimelineEvent> events() = 0;
    virtual qint64 addEvent(const TimelineEvent &event) = 0; // returns the new id
    // All events in one transaction: all stored or, on a throw, none. Returns the new ids.
    // series (recurring ones, from a calendar) are stored with them: their ids are keys local
    // to the call (1, 2, ...) that the events name as seriesId, and get store ids.
    virtual QList<qint64> addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series = {}) = 0;
    // By event.id; an occurrence keeps (or takes) the series and recurrenceUs it names.
    virtual void updateEvent(const TimelineEvent &event) = 0;
    virtual void deleteEvent(qint64 id) = 0; // one event, an occurrence too (its series stays)
    // Adds event under its own id (event.id > 0), as an undo of its deletion; throws if taken.
    virtual void restoreEvent(const TimelineEvent &event) = 0;
    // Recurring series, by id; their occurrences are the events naming them.
    virtual QList<EventSeries> eventSeries() = 0;
    // A whole-series edit, in one transaction: the series (by id) and the occurrences given
    // (by id), which must all belong to it.
    virtual void updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) = 0;
    // The series and every event naming it, in one transaction.
    virtual void deleteSeries(qint64 id) = 0;
    // The undo of deleteSeries: the series and its occurrences under their own ids; throws if
    // one is taken.
    virtual void restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) = 0;
};
