// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series.h"
#include "timeline_event.h"

#include <QList>

// A series and its occurrences after a whole-series edit.
struct EventSeriesChange {
    EventSeries series;
    QList<TimelineEvent> occurrences;
};

// EventSeriesEdit: what "change the whole series" does, as calendar applications do it, given
// the occurrence the user edited (before → after):
// - each text field that changed (title, notes, category, colour, URL) takes the new value in
//   every occurrence and in the series' master VEVENT (so an export writes it in the rule);
// - a changed start moves every occurrence by the same local shift: whole days for all-day
//   events, the same wall-clock shift in the event's zone for timed ones (so 10:00 stays one
//   hour later on both sides of a DST change); a changed length gives each that length.
//   Occurrences keep their RECURRENCE-ID, so a moved series is written back as its rule with
//   one override per occurrence.
// Fields left as they were keep what each occurrence had (an override's own title stays).
// Stateless; O(occurrences), one parse of the series' calendar.
class EventSeriesEdit {
public:
    static EventSeriesChange apply(const EventSeries &series, const QList<TimelineEvent> &occurrences,
                                   const TimelineEvent &before, const TimelineEvent &after);
};
