// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_recurrence.h"

#include <algorithm>
#include <set>

namespace {

constexpr qint64 kDayUs = 86'400'000'000;

// The instant of an RDATE or EXDATE value: in its own TZID, in UTC, or in the zone of DTSTART
// (a floating time or a date); nullopt for a TZID nobody defines.
std::optional<qint64> instantOf(icalproperty *p, icaltimetype t, const IcsZone &eventZone, icalcomponent *calendar)
{
    if (icaltime_is_null_time(t) || !QDate(t.year, t.month, t.day).isValid())
        return std::nullopt;
    if (t.is_date)
        return eventZone.toUtcUs(t);
    if (icaltime_is_utc(t))
        return IcsZone::utc().toUtcUs(t);
    if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const std::optional<IcsZone> zone = IcsZone::resolve(QString::fromUtf8(icalparameter_get_tzid(tzid)), calendar);
        if (!zone)
            return std::nullopt;
        return zone->toUtcUs(t);
    }
    return eventZone.toUtcUs(t);
}

bool isSet(const short *by)
{
    return by[0] != ICAL_RECURRENCE_ARRAY_MAX;
}

// Whether BYMONTH and BYMONTHDAY name a day that exists (30 February does not): libical would
// otherwise look for one for a long time.
bool monthDaysExist(const icalrecurrencetype &rule)
{
    if (!isSet(rule.by_month_day))
        return true;
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; ++m) {
        bool named = !isSet(rule.by_month);
        for (int i = 0; i < ICAL_BY_MONTH_SIZE && !named && rule.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
            named = icalrecurrencetype_month_month(rule.by_month[i]) == m;
        for (int i = 0; named && i < ICAL_BY_MONTHDAY_SIZE && rule.by_month_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
            if (rule.by_month_day[i] != 0 && std::abs(rule.by_month_day[i]) <= kDays[m - 1])
                return true;
    }
    return false;
}

// The instances of one RRULE in [from, to): at most limit of them; *next gets the first one
// at or after `to` (or past the limit), *before whether any came before `from`.
QList<qint64> ruleInstances(icalrecurrencetype rule, const icaltimetype &dtstart, const IcsZone &zone,
                            const TimeRange &window, int limit, std::optional<qint64> *next, bool *before)
{
    if (!monthDaysExist(rule))
        return {};
    // libical's iterator searches for the next instance without bound when a rule's BY parts
    // match rarely or never; UNTIL stops it. So UNTIL becomes a year after the window's end
    // (*next, the first instance after the window, must still be found) when that is earlier,
    // and COUNT is counted here instead.
    // UNTIL is usually UTC (RFC 5545 requires it when DTSTART has a zone) while the iterator
    // compares it with the floating local times it makes: it is given in local time.
    const int count = rule.count;
    rule.count = 0;
    qint64 untilUs = window.toUs + 366 * kDayUs;
    if (!icaltime_is_null_time(rule.until))
        untilUs = std::min(untilUs,
                           rule.until.is_date || !icaltime_is_utc(rule.until) ? zone.toUtcUs(rule.until)
                                                                              : IcsZone::utc().toUtcUs(rule.until));
    rule.until = zone.toLocal(untilUs, dtstart.is_date);
    icalrecur_iterator *it = icalrecur_iterator_new(rule, dtstart);
    if (!it)
        return {};
    const qint64 startUs = zone.toUtcUs(dtstart);
    // Start near the window when COUNT does not need the instances before it (a day early:
    // zone offsets; a lost instance before the window costs nothing).
    if (count == 0 && window.fromUs - kDayUs > startUs) {
        *before = true;
        if (!icalrecur_iterator_set_start(it, zone.toLocal(window.fromUs - kDayUs, dtstart.is_date))) {
            icalrecur_iterator_free(it);
            it = icalrecur_iterator_new(rule, dtstart);
        }
    }
    QList<qint64> out;
    for (int step = 0; step < IcsRecurrence::kMaxSteps && (count == 0 || step < count); ++step) {
        const icaltimetype t = icalrecur_iterator_next(it);
        if (icaltime_is_null_time(t))
            break;
        const qint64 us = zone.toUtcUs(t);
        if (us < window.fromUs) {
            *before = true;
            continue;
        }
        if (us >= window.toUs || out.size() == limit) {
            *next = us;
            break;
        }
        out.append(us);
    }
    icalrecur_iterator_free(it);
    return out;
}

} // namespace

std::optional<QString> IcsRecurrence::unsupported(const icalrecurrencetype &rule)
{
    const bool dayParts = isSet(rule.by_month) || isSet(rule.by_month_day) || isSet(rule.by_year_day) ||
        isSet(rule.by_week_no) || isSet(rule.by_day);
    if ((rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE) && dayParts)
        return QStringLiteral("FREQ=SECONDLY or MINUTELY with BYDAY, BYMONTH, BYMONTHDAY, BYYEARDAY or BYWEEKNO is not "
                              "supported (libical would search it second by second)");
    return std::nullopt;
}

IcsRecurrenceSet IcsRecurrence::expand(icalcomponent *vevent, icalcomponent *calendar, const icaltimetype &dtstart,
                                       const IcsZone &zone, const TimeRange &window, int maxMembers)
{
    IcsRecurrenceSet set;
    std::set<qint64> members;
    std::optional<qint64> next;
    const auto later = [&](qint64 us) { next = next ? std::min(*next, us) : us; };
    const auto add = [&](qint64 us) {
        if (us < window.fromUs)
            set.startsBefore = true;
        else if (us >= window.toUs)
            later(us);
        else
            members.insert(us);
    };
    add(zone.toUtcUs(dtstart));
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RRULE_PROPERTY)) {
        std::optional<qint64> ruleNext;
        const QList<qint64> instances = ruleInstances(icalproperty_get_rrule(p), dtstart, zone, window, maxMembers + 1,
                                                      &ruleNext, &set.startsBefore);
        members.insert(instances.begin(), instances.end());
        if (ruleNext)
            later(*ruleNext);
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        const icaltimetype t = icalperiodtype_is_null_period(value.period) ? value.time : value.period.start;
        if (const std::optional<qint64> us = instantOf(p, t, zone, calendar))
            add(*us);
    }
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_EXDATE_PROPERTY)) {
        if (const std::optional<qint64> us = instantOf(p, icalproperty_get_exdate(p), zone, calendar))
            members.erase(*us);
    }
    set.startsUs = QList<qint64>(members.begin(), members.end());
    set.expandedToUs = window.toUs;
    if (set.startsUs.size() > maxMembers) {
        next = set.startsUs[maxMembers];
        set.expandedToUs = *next;
        set.startsUs.resize(maxMembers);
    }
    set.nextUs = next;
    return set;
}
