// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syslog_clock.h"

#include <QDate>
#include <QDateTime>

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHalfYear = 183 * kDay;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(char a, char b)
{
    return (a == ' ' ? 0 : a - '0') * 10 + (b - '0');
}

// Local seconds of a date-time; the day may lie past the month's end (Feb 29 in a common
// year), which callers reject separately.
qint64 localKey(int year, int month, int day, qint64 secondsOfDay)
{
    return (QDate(year, month, 1).toJulianDay() + day - 1) * kDay + secondsOfDay;
}

} // namespace

SyslogClock::SyslogClock(const ImportOptions &options)
    : m_fixedYear(options.year), m_referenceUs(options.fileModifiedUs), m_zone(options.zone)
{
    if (m_referenceUs == 0) {
        m_referenceUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        m_referenceIsNow = true;
    }
}

QString SyslogClock::yearNote() const
{
    if (!m_firstYear)
        return {};
    if (m_fixedYear)
        return QStringLiteral("The times carry no year: the first line's year is %1, as given (--year).")
            .arg(m_firstYear);
    const QString when = QDateTime::fromMSecsSinceEpoch(m_referenceUs / 1000, m_zone).toString(Qt::ISODate);
    return QStringLiteral("The times carry no year: the first line's year, %1, is the latest that puts it before %2 "
                          "(%3); set the year (--year, or Year in the import dialog) if the log is from another.")
        .arg(m_firstYear)
        .arg(m_referenceIsNow ? QStringLiteral("the time of the import")
                              : QStringLiteral("the file's modification time"),
             when);
}

int SyslogClock::monthNumber(QByteArrayView name)
{
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (name.size() != 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (name == QByteArrayView(kMonths[m], 3))
            return m + 1;
    }
    return 0;
}

bool SyslogClock::startsWithStamp(QByteArrayView t)
{
    return t.size() >= kStampLength && monthNumber(t.first(3)) != 0 && t[3] == ' ' && (t[4] == ' ' || isDigit(t[4])) &&
        isDigit(t[5]) && t[6] == ' ' && isDigit(t[7]) && isDigit(t[8]) && t[9] == ':' && isDigit(t[10]) &&
        isDigit(t[11]) && t[12] == ':' && isDigit(t[13]) && isDigit(t[14]);
}

int SyslogClock::guessFirstYear(int month, int day, qint64 secondsOfDay) const
{
    if (m_fixedYear)
        return m_fixedYear;
    const QDateTime reference = QDateTime::fromMSecsSinceEpoch(m_referenceUs / 1000, m_zone);
    const int latest = reference.date().year();
    const qint64 limit = reference.date().toJulianDay() * kDay + reference.time().msecsSinceStartOfDay() / 1000 + kDay;
    for (int year = latest; year > latest - 8; --year) { // eight years always hold a Feb 29
        if (QDate::isValid(year, month, day) && localKey(year, month, day, secondsOfDay) <= limit)
            return year;
    }
    return latest;
}

bool SyslogClock::toIso(QByteArrayView t, IsoText &out)
{
    if (!startsWithStamp(t))
        return false;
    const int month = monthNumber(t.first(3));
    const int day = twoDigits(t[4], t[5]);
    const int hour = twoDigits(t[7], t[8]);
    const int minute = twoDigits(t[10], t[11]);
    const int second = twoDigits(t[13], t[14]);
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    const qint64 secondsOfDay = hour * 3600 + minute * 60 + second;

    int year = m_year ? m_year : guessFirstYear(month, day, secondsOfDay);
    qint64 key = localKey(year, month, day, secondsOfDay);
    bool advance = m_year == 0;
    if (m_year != 0 && key < m_previousKey - kHalfYear) {
        ++year; // New Year passed
        key = localKey(year, month, day, secondsOfDay);
        advance = true;
    } else if (m_year != 0 && key > m_previousKey + kHalfYear) {
        --year; // a straggler from the year before
    } else {
        advance = true;
    }
    if (year < 1 || year > 9999 || !QDate::isValid(year, month, day))
        return false;
    if (advance) {
        if (!m_year)
            m_firstYear = year;
        m_year = year;
        m_previousKey = key;
    }
    char *p = out.data();
    auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
        p += digits;
    };
    auto sep = [&p](char c) { *p++ = c; };
    put(year, 4), sep('-'), put(month, 2), sep('-'), put(day, 2), sep('T');
    put(hour, 2), sep(':'), put(minute, 2), sep(':'), put(second, 2);
    return true;
}
