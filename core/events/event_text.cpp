// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_text.h"

#include "event_time.h"
#include "timestamp_parser.h"

std::optional<TimelineEvent> EventText::toEvent(QString *problem) const
{
    const QString zoneId = timezone.trimmed();
    const std::optional<QTimeZone> zone = EventTime::zone(zoneId);
    if (!zone) {
        *problem = QStringLiteral("unknown time zone '%1' (an IANA id such as America/New_York)").arg(zoneId);
        return std::nullopt;
    }
    const QByteArray startText = start.trimmed().toUtf8(), endText = end.trimmed().toUtf8();
    if (startText.isEmpty()) {
        *problem = QStringLiteral("missing start");
        return std::nullopt;
    }
    TimelineEvent e;
    const QDate firstDay = EventTime::parseDate(startText);
    const QDate lastDay = EventTime::parseDate(endText);
    if (firstDay.isValid()) {
        if (!endText.isEmpty() && !lastDay.isValid()) {
            *problem = QStringLiteral("bad end '%1' (an all-day event ends on a date, YYYY-MM-DD)").arg(end.trimmed());
            return std::nullopt;
        }
        if (lastDay.isValid() && lastDay < firstDay) {
            *problem = QStringLiteral("the event ends before it starts");
            return std::nullopt;
        }
        e.allDay = true;
        e.startUs = EventTime::dayStartUs(firstDay, *zone);
        e.endUs = EventTime::dayStartUs((lastDay.isValid() ? lastDay : firstDay).addDays(1), *zone);
    } else {
        TimestampParser parser(*zone);
        const std::optional<qint64> s = parser.parse(startText);
        if (!s) {
            *problem = QStringLiteral("bad start '%1' (YYYY-MM-DD or an ISO 8601 date-time)").arg(start.trimmed());
            return std::nullopt;
        }
        e.startUs = *s;
        if (!endText.isEmpty()) {
            const std::optional<qint64> t = lastDay.isValid() ? std::nullopt : parser.parse(endText);
            if (!t) {
                *problem = QStringLiteral("bad end '%1' (an ISO 8601 date-time, as the start)").arg(end.trimmed());
                return std::nullopt;
            }
            e.endUs = *t;
        }
    }
    e.timeZone = zoneId;
    e.title = title;
    e.category = category.trimmed();
    e.notes = notes;
    e.url = url.trimmed();
    e.color = color.trimmed();
    *problem = EventTime::problem(e);
    if (!problem->isEmpty())
        return std::nullopt;
    return e;
}

EventText EventText::fromEvent(const TimelineEvent &e)
{
    EventText t;
    const QTimeZone zone = EventTime::zone(e.timeZone).value_or(QTimeZone::utc());
    if (e.allDay) {
        t.start = EventTime::dayOf(e.startUs, zone).toString(Qt::ISODate);
        t.end = EventTime::lastDay(e, zone).toString(Qt::ISODate);
    } else {
        t.start = QString::fromLatin1(TimestampParser::formatIso(e.startUs, zone));
        if (e.endUs)
            t.end = QString::fromLatin1(TimestampParser::formatIso(*e.endUs, zone));
    }
    t.title = e.title;
    t.category = e.category;
    t.notes = e.notes;
    t.url = e.url;
    t.timezone = e.timeZone;
    t.color = e.color;
    return t;
}
