// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"
#include "recurrence_window.h"

#include <QByteArrayView>

// EventIcsReader: reads the VEVENTs of an iCalendar (RFC 5545) file with libical.
// - IcsScanner numbers and unfolds the lines; libical parses the values; IcsVevent says how a
//   VEVENT becomes an event (all-day dates, TZIDs, custom VTIMEZONEs, DTEND or DURATION).
// - A recurring VEVENT (RRULE, RDATE; EXDATE honoured) becomes a series (EventImport::series)
//   and its occurrences within the window (IcsRecurrence): each an event with the series' id
//   and its RECURRENCE-ID; a VEVENT with the same UID and a RECURRENCE-ID replaces the
//   occurrence it names. A series cut off at the window's edges (a rule without an end, or
//   one that began earlier) gets a note with its line; one with no occurrence in the window
//   is not imported (a note says so).
// - Each rejected VEVENT is reported with the line of the problem (unterminated, no DTSTART,
//   bad dates, end before start, an unknown TZID, lines over 1 MiB); a file that does not
//   begin with BEGIN:VCALENDAR fails as a whole. Seconds are the format's precision.
// Events come in file order, a series' occurrences in time order at the place of its VEVENT.
// Stateless and reentrant; O(n + occurrences); the file and libical's tree of it in memory.
class EventIcsReader {
public:
    static EventImport read(QByteArrayView data, const RecurrenceWindow &window = {});
};
