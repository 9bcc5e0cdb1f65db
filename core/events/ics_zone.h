// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <libical/ical.h>

#include <optional>

// IcsZone: the zone an iCalendar time is meant in, and its arithmetic.
// resolve() takes a TZID in this order: an IANA id (also after a vendor prefix, as in
// "/freeassociation.sourceforge.net/Europe/Berlin" or "/mozilla.org/20050126_1/Europe/Berlin"),
// which the system's tz database serves through QTimeZone; else the VTIMEZONE of that TZID in
// the calendar (custom definitions, as Outlook writes for "W. Europe Standard Time"), whose
// rules libical applies; else a Windows zone name Qt maps to an IANA id. The zone an event
// keeps (keptId) is the IANA id, that of a Windows name for a VTIMEZONE, or empty (UTC).
// A custom zone points into the parsed calendar and must not outlive it. Copyable, cheap;
// each conversion asks QTimeZone or libical (microseconds).
class IcsZone {
public:
    static IcsZone utc();
    static IcsZone iana(const QTimeZone &zone, const QString &id);
    static std::optional<IcsZone> resolve(const QString &tzid, icalcomponent *calendar);

    const QString &keptId() const { return m_keptId; }
    const QString &tzid() const { return m_tzid; } // as written in the file; empty for UTC
    bool isCustom() const { return m_custom != nullptr; }
    icaltimezone *custom() const { return m_custom; }

    // µs UTC of a local date-time in this zone (a local time in a DST gap moves forward); of local
    // midnight starting the day for a date.
    qint64 toUtcUs(const icaltimetype &local) const;
    qint64 toUtcUs(QDate date, QTime time) const;
    // The local date-time (to the second) of an instant, as a floating icaltimetype (no zone).
    icaltimetype toLocal(qint64 us, bool isDate) const;

private:
    QTimeZone m_qt = QTimeZone::utc();
    icaltimezone *m_custom = nullptr;
    QString m_keptId;
    QString m_tzid;
};
