// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_text.h"

#include "event_time.h"
#include "timestamp_parser.h"

TimelineEvent EventText::toEvent() const
{
    const QString zoneId = timezone.trimmed();
    const std::optional<QTimeZone> zone = EventTime::zone(zoneId);
    if (!zone)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("unknown time zone '%1' (an IANA id such as America/New_York)").arg(zoneId));
    const QByteArray startText = start.trimmed().toUtf8(), endText = end.trimmed().toUtf8();
    if (startText.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("missing start"));
    TimelineEvent e;
    const QDate firstDay = EventTime::parseDate(startText);
    const QDate lastDay = EventTime::parseDate(endText);
    if (firstDay.isValid()) {
        if (!endText.isEmpty() && !lastDay.isValid())
            throw Failure(
                Failure::Kind::BadInput,
                QStringLiteral("bad end '%1' (an all-day event ends on a date, YYYY-MM-DD)").arg(end.trimmed()));
        if (lastDay.isValid() && lastDay < firstDay)
            throw Failure(Failure::Kind::BadInput, QStringLiteral("the event ends before it starts"));
        e.allDay = true;
        e.startUs = EventTime::dayStartUs(firstDay, *zone);
        e.endUs = EventTime::dayStartUs((lastDay.isValid() ? lastDay : firstDay).addDays(1), *zone);
    } else {
        TimestampParser parser(*zone);
        const std::optional<qint64> s = parser.parse(startText);
        if (!s)
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("bad start '%1' (YYYY-MM-DD or an ISO 8601 date-time)").arg(start.trimmed()));
        e.startUs = *s;
        if (!endText.isEmpty()) {
            const std::optional<qint64> t = lastDay.isValid() ? std::nullopt : parser.parse(endText);
            if (!t)
                throw Failure(Failure::Kind::BadInput,
                              QStringLiteral("bad end '%1' (an ISO 8601 date-time, as the start)").arg(end.trimmed()));
            e.endUs = *t;
        }
    }
    e.timeZone = zoneId;
    e.title = title;
    e.category = category.trimmed();
    e.notes = notes;
    e.url = url.trimmed();
    e.color = color.trimmed();
    if (const QString problem = EventTime::problem(e); !problem.isEmpty())
        throw Failure(Failure::Kind::BadInput, problem);
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
