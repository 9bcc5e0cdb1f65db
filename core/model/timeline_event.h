// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A dated outside event laid over the timeline: a point (no end) or a range [start, end).
// Times are µs since the epoch, UTC. An all-day event keeps the zone its days are meant in.
// An occurrence of a recurring series (EventSeries) names it by seriesId and keeps the start
// the series' rule gave it (its RECURRENCE-ID), which stays put when the occurrence is moved.
struct TimelineEvent {
    qint64 id = 0;
    qint64 startUs = 0;
    std::optional<qint64> endUs;
    bool allDay = false;
    QString timeZone; // IANA id, for all-day events
    QString title;
    QString notes;
    QString category;
    QString color; // #rrggbb, empty for the category's colour
    QString url;
    qint64 seriesId = 0;     // EventSeries::id; 0 for a single event
    qint64 recurrenceUs = 0; // with a series: the start its rule gave this occurrence, µs UTC
};
