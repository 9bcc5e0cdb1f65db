// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QList>

// EventStore: the role of a store that keeps the dated events laid over the timeline (the
// Events dock, the editor and its undo commands, `dnstimeline events`). One of the role
// interfaces LookupStore is made of. Thread-safe. Writes throw Failure on a read-only store,
// for an unknown id, and for an event EventTime::problem() rejects.
class EventStore {
public:
    virtual ~EventStore() = default;

    // Ordered by start then id.
    virtual QList<TimelineEvent> events() = 0;
    virtual qint64 addEvent(const TimelineEvent &event) = 0; // returns the new id
    // All events in one transaction: all stored or, on a throw, none. Returns the new ids.
    virtual QList<qint64> addEvents(const QList<TimelineEvent> &events) = 0;
    virtual void updateEvent(const TimelineEvent &event) = 0; // by event.id
    virtual void deleteEvent(qint64 id) = 0;
    // Adds event under its own id (event.id > 0), as an undo of its deletion; throws if taken.
    virtual void restoreEvent(const TimelineEvent &event) = 0;
};
