// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <optional>

// RecurrenceWindow: how far recurring events are expanded when a calendar is read. A series
// gives the occurrences that start in `range` (half-open, µs UTC), at most maxOccurrences of
// them; without a range each series is expanded from its first occurrence for a year. The
// default for a store is its extent widened by a year on each side (around()), so a weekly
// meeting without an end becomes the meetings around the lookups, not an endless list.
// A value type; cheap.
struct RecurrenceWindow {
    static constexpr int kDefaultMaxOccurrences = 10'000;

    std::optional<TimeRange> range;
    int maxOccurrences = kDefaultMaxOccurrences;

    // extent widened by a calendar year (UTC) on each side; no range for an empty extent.
    static RecurrenceWindow around(const TimeRange &extent);
    // The range a series whose first occurrence starts at firstStartUs is expanded in.
    TimeRange rangeFor(qint64 firstStartUs) const;
};
