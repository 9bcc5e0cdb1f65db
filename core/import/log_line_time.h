// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "syslog_clock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// LogLineTime: the time at the start of a resolver's text log line, in the shapes such logs
// use, handed on as text the lookup builder's TimestampParser reads:
//   [1796624360] or [1796624360.123]   epoch seconds (Unbound) -> "1796624360"
//   Jan  5 13:45:01, Dec 07 06:19:44    syslog / log-time-ascii, no year -> SyslogClock's ISO
//   2024-01-05T13:45:01.123456789Z      one ISO 8601 token (kubectl/docker --timestamps)
//   2024-01-05 13:45:01[.fff], 2024/01/05 13:45:01   date and time (Go's log package)
// Times without an offset are local time in the import's zone (the builder reads them so).
//
// Ownership: a value type; the view read() gives is valid until the next read().
// Thread-safety: none; one per import (the syslog year runs on from line to line).
// Cost: a few comparisons per line; no allocation.
class LogLineTime {
public:
    explicit LogLineTime(const ImportOptions &options) : m_clock(options) {}

    // Length of the time at the start of line, 0 when there is none.
    static qsizetype length(QByteArrayView line);
    // The text to parse for the time text (line.first(length(line))), or false when it is not
    // a valid time (a syslog stamp of a day that does not exist, …).
    bool read(QByteArrayView time, QByteArrayView &out);
    // Where the year of year-less stamps came from (SyslogClock::yearNote); empty if none.
    QString yearNote() const { return m_clock.yearNote(); }
    // The year the first year-less stamp got (SyslogClock::firstYear); 0 if none.
    int firstYear() const { return m_clock.firstYear(); }

private:
    SyslogClock m_clock;
    SyslogClock::IsoText m_iso{};
    QByteArray m_text;
};
