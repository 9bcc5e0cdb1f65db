// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_event_properties.h"

#include "event_time.h"

#include <QDateTime>

#include <vector>

namespace {

icaltimetype fields(const QDate &date, const QTime &time, bool isDate)
{
    icaltimetype t = isDate ? icaltime_null_date() : icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    if (!isDate) {
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    }
    return t;
}

// DTSTART or DTEND in the event's IANA zone when its local time names the instant alone,
// else in UTC (*zoneLost set when the event had a zone).
icalproperty *timed(icalproperty *(*make)(icaltimetype), qint64 us, const QString &zoneId, bool *zoneLost)
{
    const std::optional<QTimeZone> zone = EventTime::zone(zoneId);
    if (zone && !zoneId.isEmpty() && zoneId != QLatin1String("UTC")) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(us / 1000, *zone);
        const QDateTime back(local.date(), local.time(), *zone);
        if (back.toMSecsSinceEpoch() == local.toMSecsSinceEpoch()) {
            icalproperty *p = make(fields(local.date(), local.time(), false));
            icalproperty_add_parameter(p, icalparameter_new_tzid(zoneId.toUtf8().constData()));
            return p;
        }
    }
    *zoneLost = *zoneLost || !zoneId.isEmpty();
    return make(IcsEventProperties::utc(us));
}

QByteArray escapeListItem(const QString &text)
{
    QByteArray out;
    for (char c : text.toUtf8()) {
        if (c == '\\' || c == ';' || c == ',')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out;
}

void addX(icalcomponent *vevent, const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(vevent, p);
}

void addText(icalcomponent *vevent, const TimelineEvent &e, bool writeZone, int fields)
{
    using namespace IcsEventProperties;
    if (fields & Title)
        icalcomponent_add_property(vevent, icalproperty_new_summary(e.title.toUtf8().constData()));
    if (!e.notes.isEmpty() && (fields & Notes))
        icalcomponent_add_property(vevent, icalproperty_new_description(e.notes.toUtf8().constData()));
    if (!e.url.isEmpty() && (fields & Url))
        icalcomponent_add_property(vevent, icalproperty_new_url(e.url.toUtf8().constData()));
    if (!e.category.isEmpty() && (fields & Category))
        icalcomponent_add_property(vevent, icalproperty_new_categories(escapeListItem(e.category).constData()));
    if (writeZone)
        addX(vevent, "X-DNSTIMELINE-TIMEZONE", e.timeZone);
    if (!e.color.isEmpty() && (fields & Color))
        addX(vevent, "X-DNSTIMELINE-COLOR", e.color);
}

} // namespace

icaltimetype IcsEventProperties::utc(qint64 us)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
    icaltimetype out = fields(t.date(), t.time(), false);
    out.zone = icaltimezone_get_utc_timezone();
    return out;
}

void IcsEventProperties::add(icalcomponent *vevent, const TimelineEvent &e)
{
    bool writeZone = false;
    if (e.allDay) {
        const QTimeZone zone = EventTime::zone(e.timeZone).value_or(QTimeZone::utc());
        icalcomponent_add_property(vevent,
                                   icalproperty_new_dtstart(fields(EventTime::dayOf(e.startUs, zone), {}, true)));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_dtend(fields(EventTime::lastDay(e, zone).addDays(1), {}, true)));
        writeZone = !e.timeZone.isEmpty();
    } else {
        icalcomponent_add_property(vevent, timed(icalproperty_new_dtstart, e.startUs, e.timeZone, &writeZone));
        if (e.endUs)
            icalcomponent_add_property(vevent, timed(icalproperty_new_dtend, *e.endUs, e.timeZone, &writeZone));
    }
    addText(vevent, e, writeZone, Title | Notes | Category | Color | Url);
}

void IcsEventProperties::setText(icalcomponent *vevent, const TimelineEvent &e, int fields)
{
    std::vector<icalproperty *> old;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_ANY_PROPERTY)) {
        const icalproperty_kind kind = icalproperty_isa(p);
        if ((kind == ICAL_SUMMARY_PROPERTY && (fields & Title)) ||
            (kind == ICAL_DESCRIPTION_PROPERTY && (fields & Notes)) || (kind == ICAL_URL_PROPERTY && (fields & Url)) ||
            (kind == ICAL_CATEGORIES_PROPERTY && (fields & Category)) ||
            (kind == ICAL_X_PROPERTY && (fields & Color) &&
             qstricmp(icalproperty_get_x_name(p), "X-DNSTIMELINE-COLOR") == 0))
            old.push_back(p);
    }
    for (icalproperty *p : old) {
        icalcomponent_remove_property(vevent, p);
        icalproperty_free(p);
    }
    addText(vevent, e, false, fields);
}
