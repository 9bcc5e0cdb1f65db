// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

// How an event reads to the user: its dates in the display zone (an all-day event by its
// days in its own zone), the hover card (title, dates, notes, source), its category for the
// visibility toggles, and its colour. Stateless; reentrant.
class EventCard {
    Q_DECLARE_TR_FUNCTIONS(EventCard)

public:
    // "2016-07-18 20:00 – 2016-07-19 02:00 (America/New_York)", or
    // "2016-07-18 – 2016-07-21, all day (America/New_York)".
    static QString dates(const TimelineEvent &event, const QTimeZone &display);
    // Title, dates, notes (wrapped) and URL, one per line; the hover card's text.
    static QString text(const TimelineEvent &event, const QTimeZone &display);
    // The category the toggles know it by: its own, lower case, or "note" when it has none.
    static QString category(const TimelineEvent &event);
    // Its own colour, else its category's.
    static QColor color(const TimelineEvent &event);
};
