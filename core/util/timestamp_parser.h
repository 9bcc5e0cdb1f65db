// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "epoch_unit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QTimeZone>

#include <optional>
#include <vector>

// TimestampParser: turns the timestamp text of a log record into microseconds since the
// Unix epoch, UTC (the unit of RawLookup::tsUs).
//
// Ownership: holds a copy of the zone and a small cache of local-time ranges.
// Thread-safety: parse() updates the cache, so one parser per thread; formatIso() is reentrant.
// Cost: ISO text with an offset (or in a fixed-offset zone such as UTC) and epoch numbers are
//   parsed with plain integer arithmetic, no QDateTime and no allocation. Local times in a
//   zone with transitions look up a cache of "local ranges with one offset" (each range spans
//   from one transition to the next, so months); only a miss asks QTimeZone (a few µs).
//
// Accepted input (surrounding ASCII whitespace is ignored; anything else -> std::nullopt;
// parse() never throws and guards every integer overflow):
// - ISO 8601: YYYY-MM-DD, YYYY-MM-DD{T|t| }HH:MM, ...HH:MM:SS, ...HH:MM:SS{.|,}f with 1-9
//   fraction digits (truncated to µs), each optionally followed by one optional space and a
//   zone Z, z, ±HH:MM, ±HHMM or ±HH (hours <= 23, minutes <= 59). Years 0000-9999 (proleptic
//   Gregorian); month 1-12; day within the month (leap years honoured); hour 0-23; minute 0-59;
//   second 0-60. A date alone takes no zone (`2016-07-01Z` is rejected); it is midnight in zone().
//   * 24:00, 24:00:00 (fraction all zeros) is midnight at the end of that day; other 24:xx rejected.
//   * Second 60 (a leap second) is read as second 59.999999 of the same minute, so it sorts
//     before the next minute and never changes the day; a fraction on :60 is ignored.
//   * Without a zone, the text is wall-clock time in zone():
//     - in a DST gap (nonexistent, e.g. 02:30 on a spring-forward day in America/New_York) the
//       offset in effect before the transition is used, i.e. the time moves forward by the gap
//       (02:30 EST-wise = 03:30 EDT), like QDateTime does;
//     - in an overlap (ambiguous, e.g. 01:30 on the fall-back day) the first (earlier, here
//       daylight-time) occurrence is taken.
// - Epoch numbers: digits with an optional '.' and at least one fraction digit
//   (`1521911720.865716`). Negative numbers, a leading '+', exponents (`1.5e9`) and more than
//   19 integer digits are rejected (a lone `-1` is more often a "no time" marker than 1969).
//   Pure digits are always an epoch number, never ISO basic format (`20160701` = 1970-08-23).
//   EpochUnit::Auto chooses by the integer part v: v < 1e11 seconds, < 1e14 milliseconds,
//   < 1e17 microseconds, else nanoseconds. An explicit unit is used as given. Any number of
//   fraction digits is allowed; digits below a microsecond are truncated. A result that does
//   not fit in qint64 microseconds is rejected.
class TimestampParser {
public:
    explicit TimestampParser(const QTimeZone &zone = QTimeZone::utc(), EpochUnit unit = EpochUnit::Auto);

    // Microseconds since 1970-01-01T00:00:00Z, or std::nullopt if text is not a timestamp.
    std::optional<qint64> parse(QByteArrayView text);

    // us as local time in zone: `2016-07-18T00:00:00-04:00`; `.ffffff` only when the
    // microseconds are non-zero; UTC is written `+00:00`. An offset with seconds (old local
    // mean time) is written ±HH:MM:SS. Years outside 0000-9999 are written as is (sign/more digits).
    static QByteArray formatIso(qint64 us, const QTimeZone &zone);

    const QTimeZone &zone() const { return m_zone; }
    EpochUnit epochUnit() const { return m_unit; }

private:
    struct Range { // local seconds [lo, hi) that all map to UTC with one offset
        qint64 lo;
        qint64 hi;
        qint64 offset; // seconds east of UTC
    };

    std::optional<qint64> parseIso(const char *p, const char *end);
    std::optional<qint64> parseEpoch(const char *p, const char *end) const;
    qint64 offsetForLocal(qint64 localSecs);
    Range resolveRange(qint64 localSecs) const;

    QTimeZone m_zone;
    EpochUnit m_unit;
    bool m_fixedOffset = true; // the zone has no transitions
    qint64 m_offset = 0;       // its offset, when fixed
    std::vector<Range> m_ranges;
    size_t m_lastRange = 0;
};
