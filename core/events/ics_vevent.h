// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ics_scanner.h"
#include "ics_zone.h"
#include "timeline_event.h"

#include <optional>

// IcsVevent: one VEVENT as libical parsed it, turned into what EventIcsReader needs.
// - event: the event as the VEVENT itself dates it (title from SUMMARY, notes from
//   DESCRIPTION, URL, the first of CATEGORIES, X-DNSTIMELINE-COLOR; the zone it keeps).
// - DTSTART as a date makes an all-day event in the zone of X-DNSTIMELINE-TIMEZONE, else the
//   calendar's X-WR-TIMEZONE, else UTC; a date-time is UTC (`Z`), in a TZID (IcsZone::resolve),
//   or floating (read in the zone of all-day dates). The end is DTEND (same kind as DTSTART;
//   exclusive for dates, none: one day), or DURATION (days and weeks in local time, hours and
//   less exact), or none (a point).
// - The same span applies to each occurrence of a series (endOf).
// A VEVENT that cannot be an event gets `problem`, with the line of the property at fault.
// Refers to the parsed calendar (component, zone): it must not outlive it. Cheap.
struct IcsVevent {
    icalcomponent *component = nullptr;
    icalcomponent *calendar = nullptr; // the VCALENDAR it is in
    qint64 beginLine = 0;
    TimelineEvent event;
    QString uid;
    icaltimetype start{}; // DTSTART's local date-time or date, floating
    IcsZone zone;         // DTSTART's zone (for a date: the zone of its days)
    bool hasEnd = false;
    int spanDays = 0; // the end: spanDays local days after the start, then spanUs later
    qint64 spanUs = 0;
    bool recurs = false;                  // RRULE or RDATE: a series' master
    std::optional<qint64> recurrenceIdUs; // RECURRENCE-ID: it overrides that occurrence
    QString impliedZone;                  // the zone of floating times and dates, when the calendar gave it
    std::optional<ImportIssue> problem;

    static IcsVevent read(icalcomponent *vevent, const IcsScan::Event &lines, icalcomponent *calendar,
                          const QString &calendarZone);
    // The end of an occurrence starting at startUs (µs UTC), or none for a point.
    std::optional<qint64> endOf(qint64 startUs) const;
    // The VEVENT as a series' EventSeries::calendar: a VCALENDAR with a copy of it (no
    // VALARMs, no parse errors, a UID, X-DNSTIMELINE-TIMEZONE naming the zone of floating
    // times and dates) and the calendar's VTIMEZONEs of the TZIDs it names.
    QByteArray seriesCalendar() const;
};
