// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

// EventTime: the time arithmetic every event format shares.
// All-day events cover whole local days of their zone: startUs is local midnight of the
// first day, endUs local midnight of the day after the last (half-open), both µs UTC, so a
// day across a DST change lasts 23 or 25 hours. An empty zone id means UTC.
// Stateless and reentrant; each call may ask QTimeZone (microseconds).
class EventTime {
public:
    // The zone of an id: empty or "UTC" is UTC; otherwise an IANA id this system knows.
    static std::optional<QTimeZone> zone(const QString &id);
    // µs UTC of local midnight starting day in zone (the first instant of the day if a DST
    // change skips midnight).
    static qint64 dayStartUs(QDate day, const QTimeZone &zone);
    // The local date of instant us in zone.
    static QDate dayOf(qint64 us, const QTimeZone &zone);
    // Strict YYYY-MM-DD; an invalid QDate for anything else.
    static QDate parseDate(QByteArrayView text);
    // The last day (inclusive) of an all-day event: the day before its exclusive end, or the
    // first day when it has no end.
    static QDate lastDay(const TimelineEvent &event, const QTimeZone &zone);
    // Why event cannot be stored, or an empty string: a title, end not before start, times
    // within the years 1 to 3000 (what iCalendar writers such as libical write), a known zone,
    // a colour that is empty or #rrggbb.
    static QString problem(const TimelineEvent &event);
};
