// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One content line of a VEVENT as the file has it: unfolded, with the number of its first
// physical line; name upper-cased, value as written (escaped).
struct IcsLine {
    qint64 line = 0;
    QByteArray name;
    QByteArray value;
};

// The VEVENTs of one calendar, for EventIcsReader: `calendar` is what libical parses (a
// VCALENDAR with the file's VTIMEZONEs and its well-formed VEVENTs, without their VALARMs),
// and events[k] holds the lines of the k-th VEVENT in it, so that whatever libical finds
// wrong with it can be reported with the line of the file it came from.
struct IcsScan {
    QByteArray calendar;
    struct Event {
        qint64 beginLine = 0;
        QList<IcsLine> lines;
        // The first line named name (upper case), or null.
        const IcsLine *find(QByteArrayView name) const;
    };
    QList<Event> events;
    QString calendarZone;        // X-WR-TIMEZONE, when it is an IANA id
    QList<ImportIssue> rejected; // VEVENTs left out of `calendar`, with the line at fault
};

// IcsScanner: the line layer of iCalendar (RFC 5545 §3.1), which libical's parser does not
// report: unfolds lines (CRLF or LF, then a space or tab), numbers them, and splits the file
// into components. A VEVENT that is not closed, holds a line that is not a content line
// (NAME[;PARAM=VALUE]:value) or a logical line over kMaxLineBytes is left out and listed in
// `rejected` with its line; a file that does not begin with BEGIN:VCALENDAR fails `result` as
// a whole. Libical then reads the values (IcsVevent, IcsRecurrence).
// Stateless and reentrant; O(n), one copy of the file's well-formed components.
class IcsScanner {
public:
    static constexpr qsizetype kMaxLineBytes = qsizetype(1) << 20;
    static IcsScan scan(QByteArrayView data, EventImport &result);
};
