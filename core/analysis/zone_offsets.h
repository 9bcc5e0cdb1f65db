// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QTimeZone>

#include <vector>

// A time zone's UTC offsets over a range, cached as the list of its transitions, so that
// converting millions of instants to local time costs a binary search over a handful of
// transitions each instead of a QDateTime. DST-correct: the offset is the one in force at
// the instant. Built once (one QTimeZone::transitions call); immutable and thread-safe after.
// Instants outside the range get the offset of the nearest end.
class ZoneOffsets {
public:
    ZoneOffsets(const QTimeZone &zone, const TimeRange &range);

    // Offset from UTC in µs at tUs (µs UTC).
    qint64 offsetUs(qint64 tUs) const;
    qint64 localUs(qint64 tUs) const { return tUs + offsetUs(tUs); }

    static constexpr qint64 kHourUs = 3'600'000'000LL;
    static constexpr qint64 kDayUs = 24 * kHourUs;
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
    // 0 = Monday … 6 = Sunday, and 0 … 23, of a local time in µs.
    static int dayOfWeek(qint64 localUs) { return int(((floorDiv(localUs, kDayUs) + 3) % 7 + 7) % 7); }
    static int hourOfDay(qint64 localUs) { return int((localUs - floorDiv(localUs, kDayUs) * kDayUs) / kHourUs); }

private:
    std::vector<qint64> m_starts;  // m_starts[i]: µs UTC from which m_offsets[i] holds
    std::vector<qint64> m_offsets; // µs
};
