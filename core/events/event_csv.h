// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"

#include <QByteArray>
#include <QByteArrayView>

// EventCsv: events as RFC 4180 CSV with the header `start,end,title,category,notes,url,timezone`
// (optionally `color`; columns in any order, matched by name; start and title required).
// Fields as in EventText: date-only start/end are all-day, end the last day, inclusive.
// Rows that do not make an event are rejected with their line number; the rest are read.
// Stateless and reentrant; O(n) in the input, the events held in memory.
class EventCsv {
public:
    static EventImport read(QByteArrayView data);
    // Header and one row per event, LF-terminated, quoted where RFC 4180 needs it. The
    // color column is written only when some event has a colour.
    static QByteArray write(const QList<TimelineEvent> &events);
};
