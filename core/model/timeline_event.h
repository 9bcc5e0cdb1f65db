// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// A dated outside event laid over the timeline: a point (no end) or a range [start, end).
// Times are µs since the epoch, UTC. An all-day event keeps the zone its days are meant in.
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
};
