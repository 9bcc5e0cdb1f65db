// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series.h"
#include "timeline_event.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// EventIcsWriter: writes events as one VCALENDAR (RFC 5545), built and serialised by libical
// (CRLF, text escaped, lines folded at 75 octets without splitting a UTF-8 sequence), that
// EventIcsReader reads back unchanged (to the second, the format's precision).
// - A single event is one VEVENT (IcsEventProperties); its UID is derived from its times and
//   title, DTSTAMP is `stamp` (pass a fixed one for reproducible files).
// - The occurrences of a series in `series` are written as that series' one recurring VEVENT
//   and the overrides it needs (IcsSeriesWriter), at the place of its first occurrence, with
//   the custom VTIMEZONEs of all series before the events. An occurrence whose series is not
//   given, or cannot be read, is written as a single event.
// Stateless and reentrant; O(n) plus one expansion of each series' rule.
class EventIcsWriter {
public:
    static QByteArray write(const QList<TimelineEvent> &events,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc(),
                            const QList<EventSeries> &series = {});
};
