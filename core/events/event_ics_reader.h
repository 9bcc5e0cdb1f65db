// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"

#include <QByteArrayView>

// EventIcsReader: reads the VEVENTs of an iCalendar (RFC 5545) file.
// - Lines are unfolded (CRLF or LF, then a space or tab) and unescaped (\, \; \n \N \\).
// - DTSTART/DTEND as VALUE=DATE make an all-day event (DTEND exclusive; none: one day) in the
//   zone of X-DNSTIMELINE-TIMEZONE, else the calendar's X-WR-TIMEZONE, else UTC. Date-times are
//   UTC (`Z`), in a TZID that must be an IANA id (others reject the event, naming the TZID),
//   or floating (read in the same zone as all-day dates). The event keeps its zone.
// - SUMMARY is the title (required), DESCRIPTION the notes, URL, the first of CATEGORIES,
//   X-DNSTIMELINE-COLOR. VTIMEZONE, VALARM and other components are skipped; RRULE is not
//   expanded (the first occurrence is read).
// - Each rejected VEVENT is reported with the line of the problem (unterminated, no DTSTART,
//   bad dates, end before start, lines over 1 MiB); a file that does not begin with
//   BEGIN:VCALENDAR fails as a whole. Seconds are the format's precision.
// Stateless and reentrant; O(n), the unfolded lines of one event held at a time.
class EventIcsReader {
public:
    static constexpr qsizetype kMaxLineBytes = qsizetype(1) << 20;
    static EventImport read(QByteArrayView data);
};
