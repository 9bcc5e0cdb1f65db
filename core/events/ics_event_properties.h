// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <libical/ical.h>

// IcsEventProperties: an event's own properties as EventIcsWriter writes them, on a VEVENT
// built with libical (which escapes and folds):
// - all-day events: DTSTART/DTEND;VALUE=DATE, DTEND exclusive, and X-DNSTIMELINE-TIMEZONE
//   naming the zone the days are meant in (dates carry no zone in iCalendar);
// - timed events: TZID=<IANA id> with local time when the event has a zone and that local
//   time maps back to the same instant; otherwise UTC (`Z`), the zone kept in
//   X-DNSTIMELINE-TIMEZONE;
// - SUMMARY, DESCRIPTION, URL, CATEGORIES (its commas escaped: libical writes the list as
//   given), X-DNSTIMELINE-COLOR.
// Stateless; each call allocates the properties the VEVENT then owns.
namespace IcsEventProperties {
void add(icalcomponent *vevent, const TimelineEvent &event);
// The text fields of an event, as bits.
enum TextField { Title = 1, Notes = 2, Category = 4, Color = 8, Url = 16 };
// Replaces the properties of the fields named (SUMMARY, DESCRIPTION, CATEGORIES,
// X-DNSTIMELINE-COLOR, URL) by the event's (a series' master after a whole-series edit);
// empty ones are removed.
void setText(icalcomponent *vevent, const TimelineEvent &event, int fields);
// An instant as a UTC date-time (to the second).
icaltimetype utc(qint64 us);
} // namespace IcsEventProperties
