// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// EventIcsWriter: writes events as one VCALENDAR (RFC 5545) that EventIcsReader reads back
// unchanged (to the second, the format's precision).
// - All-day events: DTSTART/DTEND;VALUE=DATE, DTEND exclusive, and X-DNSTIMELINE-TIMEZONE
//   naming the zone the days are meant in (dates carry no zone in iCalendar).
// - Timed events: TZID=<IANA id> with local time when the event has a zone and that local
//   time maps back to the same instant; otherwise UTC (`Z`), the zone kept in
//   X-DNSTIMELINE-TIMEZONE.
// - SUMMARY, DESCRIPTION, URL, CATEGORIES, X-DNSTIMELINE-COLOR; text escaped; CRLF; lines
//   folded at 75 octets without splitting a UTF-8 sequence. UID is derived from the event's
//   times and title, DTSTAMP is `stamp` (pass a fixed one for reproducible files).
// Stateless and reentrant; O(n).
class EventIcsWriter {
public:
    static QByteArray write(const QList<TimelineEvent> &events,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());
};
