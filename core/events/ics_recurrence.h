// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "ics_zone.h"

#include <QList>
#include <QString>

#include <optional>

// What a recurring VEVENT gives within a window.
struct IcsRecurrenceSet {
    QList<qint64> startsUs;       // the members' starts (their RECURRENCE-IDs), µs UTC, sorted
    bool startsBefore = false;    // members before the window's start were left out
    std::optional<qint64> nextUs; // the first member left out at the end: the series goes on
    qint64 expandedToUs = 0;      // startsUs holds every member in [window.fromUs, expandedToUs)
};

// IcsRecurrence: the recurrence set of a VEVENT (RFC 5545 §3.8.5): DTSTART, the instances of
// each RRULE (iterated by libical in the local time of DTSTART, so a weekly 10:00 stays 10:00
// across DST changes, and all-day dates stay whole days), the RDATEs (date, date-time or
// period start; in their own TZID, UTC, or DTSTART's zone), less the EXDATEs, compared as
// instants. Only members starting in the window are kept, at most maxMembers of them (the
// window then ends at the first one left out), so a rule without an end is always bounded.
// Iteration starts at the window (libical's set_start) when the rule has no COUNT, stops a
// year after the window's end (given to libical as UNTIL, which bounds its search for rules
// that match rarely; the first member after the window is looked for up to there), and looks
// at most at kMaxSteps instances per rule; rules whose BYMONTH and
// BYMONTHDAY name no existing day give nothing. The VEVENT must come from a parsed calendar.
// Stateless and reentrant; O(members looked at).
class IcsRecurrence {
public:
    static constexpr int kMaxSteps = 200'000;
    // Why libical cannot be trusted to expand rule in bounded time, or nothing.
    static std::optional<QString> unsupported(const icalrecurrencetype &rule);
    // dtstart: DTSTART's local date-time or date (floating); zone: the zone it is in.
    static IcsRecurrenceSet expand(icalcomponent *vevent, icalcomponent *calendar, const icaltimetype &dtstart,
                                   const IcsZone &zone, const TimeRange &window, int maxMembers);
};
