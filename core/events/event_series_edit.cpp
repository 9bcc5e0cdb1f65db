// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_series_edit.h"

#include "event_time.h"
#include "ical_handle.h"
#include "ics_event_properties.h"

#include <QDateTime>

namespace {

// The local wall clock of us in zone, as if it were UTC (for arithmetic on wall clocks).
QDateTime wallClock(qint64 us, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(us / 1000, zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

qint64 fromWallClock(const QDateTime &wall, const QTimeZone &zone, qint64 subMs)
{
    return QDateTime(wall.date(), wall.time(), zone).toMSecsSinceEpoch() * 1000 + subMs;
}

// The master VEVENT with the text fields named set to those of e.
QByteArray withText(const QByteArray &calendar, const TimelineEvent &e, int fields)
{
    const IcalComponentPtr parsed(icalparser_parse_string(calendar.constData()));
    icalcomponent *master = parsed ? icalcomponent_get_first_component(parsed.get(), ICAL_VEVENT_COMPONENT) : nullptr;
    if (!master || fields == 0)
        return calendar;
    IcsEventProperties::setText(master, e, fields);
    return icalText(parsed.get());
}

} // namespace

EventSeriesChange EventSeriesEdit::apply(const EventSeries &series, const QList<TimelineEvent> &occurrences,
                                         const TimelineEvent &before, const TimelineEvent &after)
{
    EventSeriesChange change{series, occurrences};
    const QTimeZone zone = EventTime::zone(before.timeZone).value_or(QTimeZone::utc());
    const bool moved = after.startUs != before.startUs;
    const bool resized =
        after.endUs.value_or(after.startUs) - after.startUs != before.endUs.value_or(before.startUs) - before.startUs ||
        after.endUs.has_value() != before.endUs.has_value();
    const qint64 dayShift = EventTime::dayOf(before.startUs, zone).daysTo(EventTime::dayOf(after.startUs, zone));
    const qint64 wallShiftMs = wallClock(before.startUs, zone).msecsTo(wallClock(after.startUs, zone));
    const qint64 days = before.allDay && after.endUs
        ? EventTime::dayOf(after.startUs, zone).daysTo(EventTime::lastDay(after, zone)) + 1
        : 0;
    for (TimelineEvent &o : change.occurrences) {
        if (before.title != after.title)
            o.title = after.title;
        if (before.notes != after.notes)
            o.notes = after.notes;
        if (before.category != after.category)
            o.category = after.category;
        if (before.color != after.color)
            o.color = after.color;
        if (before.url != after.url)
            o.url = after.url;
        if (!moved && !resized)
            continue;
        const QTimeZone own = EventTime::zone(o.timeZone).value_or(QTimeZone::utc());
        if (o.allDay) {
            const QDate first = EventTime::dayOf(o.startUs, own).addDays(moved ? dayShift : 0);
            const qint64 length =
                resized ? days : EventTime::dayOf(o.startUs, own).daysTo(EventTime::lastDay(o, own)) + 1;
            o.startUs = EventTime::dayStartUs(first, own);
            o.endUs = EventTime::dayStartUs(first.addDays(std::max<qint64>(1, length)), own);
        } else {
            const qint64 length = o.endUs.value_or(o.startUs) - o.startUs;
            if (moved)
                o.startUs = fromWallClock(wallClock(o.startUs, own).addMSecs(wallShiftMs), own, o.startUs % 1000);
            if (resized)
                o.endUs =
                    after.endUs ? std::optional<qint64>(o.startUs + (*after.endUs - after.startUs)) : std::nullopt;
            else if (o.endUs)
                o.endUs = o.startUs + length;
        }
    }
    using namespace IcsEventProperties;
    const int fields = (before.title != after.title ? Title : 0) | (before.notes != after.notes ? Notes : 0) |
        (before.category != after.category ? Category : 0) | (before.color != after.color ? Color : 0) |
        (before.url != after.url ? Url : 0);
    change.series.calendar = withText(series.calendar, after, fields);
    return change;
}
