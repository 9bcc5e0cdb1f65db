// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_series_writer.h"

#include "ics_event_properties.h"
#include "ics_recurrence.h"

#include <QSet>

#include <limits>

namespace {

// What decides whether an occurrence differs from the one the rule gives.
bool sameEvent(const TimelineEvent &a, const TimelineEvent &b)
{
    return a.startUs == b.startUs && a.endUs == b.endUs && a.allDay == b.allDay && a.timeZone == b.timeZone &&
        a.title == b.title && a.notes == b.notes && a.category == b.category && a.color == b.color && a.url == b.url;
}

icalproperty *rdate(icaltimetype t)
{
    icaldatetimeperiodtype value;
    value.time = t;
    value.period = icalperiodtype_null_period();
    return icalproperty_new_rdate(value);
}

void replaceStamp(icalcomponent *vevent, const icaltimetype &stamp)
{
    if (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_DTSTAMP_PROPERTY))
        icalproperty_set_dtstamp(p, stamp);
    else
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
}

} // namespace

IcsSeriesWriter::IcsSeriesWriter(const EventSeries &series) : m_series(series)
{
    EventImport ignored;
    m_scan = IcsScanner::scan(series.calendar, ignored);
    if (ignored.report.error || m_scan.events.isEmpty())
        return;
    m_calendar.reset(icalparser_parse_string(m_scan.calendar.constData()));
    icalcomponent *vevent =
        m_calendar ? icalcomponent_get_first_component(m_calendar.get(), ICAL_VEVENT_COMPONENT) : nullptr;
    if (!vevent)
        return;
    IcsVevent master = IcsVevent::read(vevent, m_scan.events.first(), m_calendar.get(), QString());
    if (master.problem || !master.recurs)
        return;
    icalproperty *dtstart = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    const icaltimetype start = icalproperty_get_dtstart(dtstart);
    m_kind = start.is_date                                               ? Kind::Date
        : icaltime_is_utc(start)                                         ? Kind::Utc
        : icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER) ? Kind::Zoned
                                                                         : Kind::Floating;
    m_master = master;
}

QList<icalcomponent *> IcsSeriesWriter::zones() const
{
    QList<icalcomponent *> out;
    for (icalcomponent *c = m_calendar ? icalcomponent_get_first_component(m_calendar.get(), ICAL_VTIMEZONE_COMPONENT)
                                       : nullptr;
         c; c = icalcomponent_get_next_component(m_calendar.get(), ICAL_VTIMEZONE_COMPONENT))
        out.append(c);
    return out;
}

icalproperty *IcsSeriesWriter::recurrenceProperty(icalproperty *(*make)(icaltimetype), qint64 us) const
{
    if (m_kind == Kind::Utc)
        return make(IcsEventProperties::utc(us));
    icalproperty *p = make(m_master->zone.toLocal(us, m_kind == Kind::Date));
    if (m_kind == Kind::Zoned)
        icalproperty_add_parameter(p, icalparameter_new_tzid(m_master->zone.tzid().toUtf8().constData()));
    return p;
}

void IcsSeriesWriter::addTo(icalcomponent *calendar, const QList<TimelineEvent> &occurrences,
                            const icaltimetype &stamp) const
{
    const IcsRecurrenceSet rule =
        IcsRecurrence::expand(m_master->component, m_calendar.get(), m_master->start, m_master->zone,
                              {m_series.windowFromUs, m_series.windowToUs}, std::numeric_limits<int>::max() - 1);
    const QSet<qint64> given(rule.startsUs.begin(), rule.startsUs.end());
    QSet<qint64> kept;
    for (const TimelineEvent &o : occurrences)
        kept.insert(o.recurrenceUs);

    icalcomponent *master = icalcomponent_new_clone(m_master->component);
    replaceStamp(master, stamp);
    for (qint64 us : rule.startsUs)
        if (!kept.contains(us))
            icalcomponent_add_property(master, recurrenceProperty(icalproperty_new_exdate, us));
    for (qint64 us : std::as_const(kept))
        if (!given.contains(us))
            icalcomponent_add_property(master, recurrenceProperty(rdate, us));
    icalcomponent_add_component(calendar, master);

    const QString uid = QString::fromUtf8(icalcomponent_get_uid(m_master->component));
    for (const TimelineEvent &o : occurrences) {
        TimelineEvent generated = m_master->event;
        generated.startUs = o.recurrenceUs;
        generated.endUs = m_master->endOf(o.recurrenceUs);
        if (sameEvent(o, generated) && given.contains(o.recurrenceUs))
            continue;
        icalcomponent *override = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(override, icalproperty_new_uid(uid.toUtf8().constData()));
        icalcomponent_add_property(override, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(override, recurrenceProperty(icalproperty_new_recurrenceid, o.recurrenceUs));
        IcsEventProperties::add(override, o);
        icalcomponent_add_component(calendar, override);
    }
}
