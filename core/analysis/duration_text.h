// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Durations as the command line and the analyses' sentences write them.
// Pure functions; thread-safe; cost O(length of the text).
class DurationText {
public:
    // "90s", "15m", "6h", "2d", "1w" (a positive whole number and a unit) to µs.
    static std::optional<qint64> parse(const QString &text);
    // µs to the shortest exact form parse() accepts ("2d", "36h", "90s").
    static QString compact(qint64 us);
    // µs to words for a sentence: "2 days", "6 hours", "1 day 12 hours" is written "36 hours".
    static QString words(qint64 us);
};
