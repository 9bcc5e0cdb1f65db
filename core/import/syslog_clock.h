// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArrayView>

#include <array>

// SyslogClock: gives the year-less BSD syslog stamp ("Jan  5 13:45:01", RFC 3164) its year
// and writes it as ISO 8601 local text ("2024-01-05T13:45:01"), which a TimestampParser then
// reads in the import's zone.
//
// The year of the first stamp is ImportOptions::year when set; else the latest year that puts
// the stamp no later than a day after ImportOptions::fileModifiedUs (a log is written before
// its file's modification time; the current time when that is unknown). Later stamps roll
// over at New Year: a stamp more than ~6 months earlier than the previous one advances the
// year, and a stamp more than ~6 months later than it (a late December line after January
// ones) is placed in the year before, without changing the running year.
//
// Ownership: a value type; copies what it needs from the options.
// Thread-safety: none; one clock per import.
// Cost: a few integer operations per stamp; QDate only for a new day.
class SyslogClock {
public:
    static constexpr qsizetype kStampLength = 15; // "Mmm dd HH:MM:SS"
    using IsoText = std::array<char, 19>;         // "yyyy-mm-ddTHH:MM:SS"

    explicit SyslogClock(const ImportOptions &options);

    // Whether text starts with a stamp's shape: an English month abbreviation, a space, a
    // space- or zero-padded day, a space, HH:MM:SS (values not checked).
    static bool startsWithStamp(QByteArrayView text);
    // 1-12 for "Jan".."Dec" (case as written by syslog), 0 otherwise.
    static int monthNumber(QByteArrayView name);

    // Writes the local ISO text of the stamp at the start of text into out. False when text
    // does not start with a valid stamp (bad shape, day not in the month, hour > 23, ...);
    // the running year is then unchanged.
    bool toIso(QByteArrayView text, IsoText &out);
    // The year the first valid stamp got (ImportOptions::year, or inferred); 0 before one.
    int firstYear() const { return m_firstYear; }
    // Where the year of the first stamp came from, one sentence for ImportReport::notes (the
    // year is never a silent guess); empty before the first stamp.
    QString yearNote() const;

private:
    int guessFirstYear(int month, int day, qint64 secondsOfDay) const;

    int m_fixedYear = 0;
    qint64 m_referenceUs = 0;      // file modification time (µs UTC)
    bool m_referenceIsNow = false; // no modification time: the current time stands in
    int m_firstYear = 0;
    QTimeZone m_zone;
    int m_year = 0;           // running year; 0 before the first stamp
    qint64 m_previousKey = 0; // local seconds (days since epoch * 86400 + time) of the last stamp
};
