// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"
#include "timeline_event.h"

#include <QString>

#include <optional>

// EventText: an event as the text fields of a CSV row or a JSON object, the two formats
// sharing the keys start, end, title, category, notes, url, timezone (and color).
// - start/end `YYYY-MM-DD`: an all-day event in `timezone`; end is the LAST day, inclusive,
//   as people write "July 18–21" (empty: one day). Stored as [first midnight, midnight after
//   the last day) in that zone.
// - start/end ISO 8601 date-times (or epoch numbers): a timed event; times without an offset
//   are wall-clock time in `timezone`. Empty end: a point. Start and end must be of one kind.
// - timezone: an IANA id, empty for UTC; kept, so exports write the same days and offsets.
// Value type; toEvent/fromEvent are reentrant and allocate a few strings.
struct EventText {
    QString start, end, title, category, notes, url, timezone, color;

    // The event these fields describe; throws Failure (BadInput) saying what is wrong.
    TimelineEvent toEvent() const;
    // The fields of event (all-day days and timed offsets in its zone).
    static EventText fromEvent(const TimelineEvent &event);
};
