// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A recurring series of events as its calendar defined it, so that it can be written back as
// one rule: `calendar` is an iCalendar VCALENDAR (UTF-8, CRLF) holding the series' master
// VEVENT (UID, DTSTART, DTEND or DURATION, RRULE/RDATE/EXDATE, SUMMARY, ...) and the custom
// VTIMEZONEs its times name. Its occurrences are TimelineEvents whose seriesId is id: those
// the rule gives within [windowFromUs, windowToUs) (µs UTC, half-open) when it was expanded.
// An occurrence deleted from the store is written back as an EXDATE, one edited as an
// override (RECURRENCE-ID); what the rule gives outside the window stays implied by the rule.
struct EventSeries {
    qint64 id = 0;
    QByteArray calendar;
    qint64 windowFromUs = 0;
    qint64 windowToUs = 0;
};
