// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_vevent.h"

#include "event_time.h"
#include "ical_handle.h"
#include "ics_recurrence.h"

#include <QCryptographicHash>
#include <QSet>

#include <vector>

namespace {

QString unescape(QByteArrayView v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            const char n = v[++i];
            out += (n == 'n' || n == 'N') ? '\n' : n;
        } else {
            out += v[i];
        }
    }
    return QString::fromUtf8(out);
}

// The first item of CATEGORIES as written: libical joins the items and unescapes the commas
// inside one, so that "a\,b,c" and "a,b,c" would read the same.
QString firstItem(QByteArrayView v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\')
            ++i;
        else if (v[i] == ',')
            return unescape(v.first(i)).trimmed();
    }
    return unescape(v).trimmed();
}

bool valid(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || !QDate(t.year, t.month, t.day).isValid())
        return false;
    return t.is_date || QTime(t.hour, t.minute, std::min(t.second, 59)).isValid();
}

// Text as the event keeps it: libical leaves a lone CR in a value, which no writer can write back.
QString text(const char *utf8)
{
    return QString::fromUtf8(utf8).remove(QLatin1Char('\r'));
}

QString xValue(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p)).trimmed();
    return {};
}

QString tzidOf(icalproperty *p)
{
    icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

icaltimetype floating(icaltimetype t)
{
    t.zone = nullptr;
    t.second = std::min(t.second, 59); // a leap second :60 reads as :59
    return t;
}

} // namespace

IcsVevent IcsVevent::read(icalcomponent *vevent, const IcsScan::Event &lines, icalcomponent *calendar,
                          const QString &calendarZone)
{
    IcsVevent v;
    v.component = vevent;
    v.calendar = calendar;
    v.beginLine = lines.beginLine;
    const auto fail = [&](const IcsLine *at, const QString &why) {
        v.problem = ImportIssue{at ? at->line : lines.beginLine, why};
        return v;
    };
    const auto bad = [&](const IcsLine *at) {
        return fail(
            at,
            at ? QStringLiteral("bad %1 '%2'").arg(QString::fromUtf8(at->name), QString::fromUtf8(at->value.left(40)))
               : QStringLiteral("a value libical cannot read"));
    };
    // libical drops a property whose value it cannot parse (leaving an X-LIC-ERROR).
    for (const auto &[name, kind] : {std::pair{"RRULE", ICAL_RRULE_PROPERTY},
                                     {"RDATE", ICAL_RDATE_PROPERTY},
                                     {"EXDATE", ICAL_EXDATE_PROPERTY},
                                     {"RECURRENCE-ID", ICAL_RECURRENCEID_PROPERTY},
                                     {"DTEND", ICAL_DTEND_PROPERTY},
                                     {"DURATION", ICAL_DURATION_PROPERTY}})
        if (const IcsLine *l = lines.find(name); l && !icalcomponent_get_first_property(vevent, kind))
            return bad(l);
    const IcsLine *startLine = lines.find("DTSTART");
    if (!startLine)
        return fail(nullptr, QStringLiteral("VEVENT without DTSTART"));
    icalproperty *dtstart = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    const icaltimetype start = dtstart ? icalproperty_get_dtstart(dtstart) : icaltime_null_time();
    if (!dtstart || !valid(start) || (icaltime_is_utc(start) && !tzidOf(dtstart).isEmpty()))
        return bad(startLine);
    icalproperty *summary = icalcomponent_get_first_property(vevent, ICAL_SUMMARY_PROPERTY);
    if (!summary)
        return fail(nullptr, QStringLiteral("VEVENT without SUMMARY"));

    TimelineEvent &e = v.event;
    e.title = text(icalproperty_get_summary(summary));
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_DESCRIPTION_PROPERTY))
        e.notes = text(icalproperty_get_description(p));
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_URL_PROPERTY))
        e.url = text(icalproperty_get_url(p)).trimmed();
    if (const IcsLine *l = lines.find("CATEGORIES"))
        e.category = firstItem(l->value).remove(QLatin1Char('\r'));
    e.color = xValue(vevent, "X-DNSTIMELINE-COLOR");
    const QString xZone = xValue(vevent, "X-DNSTIMELINE-TIMEZONE");
    const QString floatingZone = xZone.isEmpty() ? calendarZone : xZone;
    v.uid = QString::fromUtf8(icalcomponent_get_uid(vevent));

    // The zone of a time of property p: its TZID, UTC, or the zone of floating times.
    QString why;
    const auto zoneOf = [&](icalproperty *p, const icaltimetype &t) -> std::optional<IcsZone> {
        const QString tzid = t.is_date ? QString() : tzidOf(p);
        if (icaltime_is_utc(t) && !t.is_date)
            return IcsZone::utc();
        if (tzid.isEmpty()) {
            if (const std::optional<QTimeZone> z = EventTime::zone(floatingZone))
                return IcsZone::iana(*z, floatingZone);
            why = QStringLiteral("unknown time zone '%1'").arg(floatingZone);
            return std::nullopt;
        }
        if (std::optional<IcsZone> z = IcsZone::resolve(tzid, calendar))
            return z;
        why = QStringLiteral("unknown TZID '%1' (not an IANA id such as Europe/Moscow, and no VTIMEZONE of the file "
                             "defines it)")
                  .arg(tzid);
        return std::nullopt;
    };
    const std::optional<IcsZone> zone = zoneOf(dtstart, start);
    if (!zone)
        return fail(startLine, why);
    v.zone = *zone;
    v.start = floating(start);
    e.allDay = start.is_date;
    e.timeZone = icaltime_is_utc(start) && !start.is_date ? xZone : zone->keptId();
    e.startUs = zone->toUtcUs(v.start);

    const IcsLine *endLine = lines.find("DTEND");
    const IcsLine *durationLine = lines.find("DURATION");
    if (endLine && durationLine)
        return fail(durationLine, QStringLiteral("DTEND and DURATION together (RFC 5545 allows one)"));
    if (endLine) {
        icalproperty *dtend = icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY);
        const icaltimetype end = icalproperty_get_dtend(dtend);
        if (!valid(end) || (icaltime_is_utc(end) && !tzidOf(dtend).isEmpty()))
            return bad(endLine);
        if (bool(end.is_date) != bool(start.is_date))
            return fail(endLine, QStringLiteral("DTSTART and DTEND must both be dates or both date-times"));
        const std::optional<IcsZone> endZone = zoneOf(dtend, end);
        if (!endZone)
            return fail(endLine, why);
        v.hasEnd = true;
        if (start.is_date)
            v.spanDays =
                std::max(1, int(QDate(start.year, start.month, start.day).daysTo(QDate(end.year, end.month, end.day))));
        else
            v.spanUs = endZone->toUtcUs(floating(end)) - e.startUs;
    } else if (durationLine) {
        const icaldurationtype d =
            icalproperty_get_duration(icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY));
        const qint64 exactUs = (qint64(d.hours) * 3600 + d.minutes * 60 + d.seconds) * 1'000'000;
        if (d.is_neg)
            return fail(durationLine, QStringLiteral("negative DURATION"));
        if (start.is_date && exactUs != 0)
            return fail(durationLine, QStringLiteral("the DURATION of an all-day event must be whole days"));
        v.hasEnd = true;
        v.spanDays = int(d.weeks * 7 + d.days);
        v.spanUs = exactUs;
        if (start.is_date && v.spanDays == 0)
            v.spanDays = 1;
    } else if (start.is_date) {
        v.hasEnd = true;
        v.spanDays = 1;
    }
    e.endUs = v.endOf(e.startUs);
    if (const QString problem = EventTime::problem(e); !problem.isEmpty())
        return fail(endLine ? endLine : durationLine ? durationLine : startLine, problem);

    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RRULE_PROPERTY))
        if (const std::optional<QString> unsupported = IcsRecurrence::unsupported(icalproperty_get_rrule(p)))
            return fail(lines.find("RRULE"), *unsupported);
    v.recurs = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY) ||
        icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY);
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY)) {
        const IcsLine *line = lines.find("RECURRENCE-ID");
        const icaltimetype id = icalproperty_get_recurrenceid(p);
        if (!valid(id))
            return bad(line);
        const std::optional<IcsZone> idZone = id.is_date ? v.zone : zoneOf(p, id);
        if (!idZone)
            return fail(line, why);
        v.recurrenceIdUs = idZone->toUtcUs(floating(id));
    }
    if (xZone.isEmpty() && (start.is_date || (!icaltime_is_utc(start) && tzidOf(dtstart).isEmpty())))
        v.impliedZone = floatingZone;
    return v;
}

std::optional<qint64> IcsVevent::endOf(qint64 startUs) const
{
    if (!hasEnd)
        return std::nullopt;
    qint64 end = startUs;
    if (spanDays != 0) {
        icaltimetype local = zone.toLocal(startUs, start.is_date);
        const QDate day = QDate(local.year, local.month, local.day).addDays(spanDays);
        local.year = day.year();
        local.month = day.month();
        local.day = day.day();
        end = zone.toUtcUs(local);
    }
    return end + spanUs;
}

QByteArray IcsVevent::seriesCalendar() const
{
    IcalComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//DNS Timeline//dnstimeline//EN"));
    QSet<QByteArray> tzids;
    icalcomponent_foreach_tzid(
        component,
        [](icalparameter *p, void *out) { static_cast<QSet<QByteArray> *>(out)->insert(icalparameter_get_tzid(p)); },
        &tzids);
    for (const QByteArray &tzid : std::as_const(tzids))
        if (icaltimezone *z = this->calendar ? icalcomponent_get_timezone(this->calendar, tzid.constData()) : nullptr)
            icalcomponent_add_component(calendar.get(), icalcomponent_new_clone(icaltimezone_get_component(z)));
    icalcomponent *master = icalcomponent_new_clone(component);
    std::vector<icalcomponent *> inner;
    for (icalcomponent *c = icalcomponent_get_first_component(master, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(master, ICAL_ANY_COMPONENT))
        inner.push_back(c);
    for (icalcomponent *c : inner) {
        icalcomponent_remove_component(master, c);
        icalcomponent_free(c);
    }
    std::vector<icalproperty *> errors;
    for (icalproperty *p = icalcomponent_get_first_property(master, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(master, ICAL_XLICERROR_PROPERTY))
        errors.push_back(p);
    for (icalproperty *p : errors) {
        icalcomponent_remove_property(master, p);
        icalproperty_free(p);
    }
    if (!icalcomponent_get_first_property(master, ICAL_UID_PROPERTY)) { // overrides name the series by its UID
        const QByteArray uid =
            QCryptographicHash::hash(icalText(master), QCryptographicHash::Sha1).toHex().left(20) + "@dnstimeline";
        icalcomponent_add_property(master, icalproperty_new_uid(uid.constData()));
    }
    if (!impliedZone.isEmpty()) {
        icalproperty *x = icalproperty_new_x(impliedZone.toUtf8().constData());
        icalproperty_set_x_name(x, "X-DNSTIMELINE-TIMEZONE");
        icalcomponent_add_property(master, x);
    }
    icalcomponent_add_component(calendar.get(), master);
    return icalText(calendar.get());
}
