// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series.h"
#include "ical_handle.h"
#include "ics_scanner.h"
#include "ics_vevent.h"

#include <QList>

#include <optional>

// IcsSeriesWriter: a stored series written back as one recurring VEVENT, the way its calendar
// defined it. The rule is expanded again over the series' window (IcsRecurrence): an
// occurrence the rule gives that the store no longer has becomes an EXDATE, one the rule does
// not give (an override moved in, or a rule changed by a whole-series edit) an RDATE, and one
// whose fields differ from what the rule gives (moved, renamed, ...) an override: a VEVENT
// with the series' UID and its RECURRENCE-ID. EXDATE, RDATE and RECURRENCE-ID are written
// like DTSTART: a date, UTC, floating, or local time with its TZID (custom VTIMEZONEs come
// with the series and are written once per calendar by EventIcsWriter).
// Owns its parse of the series' calendar; not copyable; O(occurrences) per write.
class IcsSeriesWriter {
public:
    explicit IcsSeriesWriter(const EventSeries &series);
    IcsSeriesWriter(const IcsSeriesWriter &) = delete;
    IcsSeriesWriter &operator=(const IcsSeriesWriter &) = delete;

    // False when the stored calendar holds no master VEVENT this version reads: its
    // occurrences are then written as single events.
    bool isValid() const { return m_master.has_value(); }
    // The VTIMEZONEs the master's times name (custom zones; IANA zones as the file had them).
    QList<icalcomponent *> zones() const;
    // Adds the master and the overrides the series' occurrences (from the store) need.
    void addTo(icalcomponent *calendar, const QList<TimelineEvent> &occurrences, const icaltimetype &stamp) const;

private:
    icalproperty *recurrenceProperty(icalproperty *(*make)(icaltimetype), qint64 us) const;

    EventSeries m_series;
    IcsScan m_scan;
    IcalComponentPtr m_calendar;
    std::optional<IcsVevent> m_master;
    enum class Kind { Date, Utc, Floating, Zoned } m_kind = Kind::Utc;
};
