// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// WindowsDateFormat: how a Windows DNS Server debug log writes the date and time that start its
// lines. The server writes them in its own regional format (the locale's short date and long
// time) and its own zone, and the log says neither:
//   6/5/2013 10:20:33 AM     en-US (month first, 12-hour clock)
//   05.06.2013 10:20:33      de-DE, ru-RU, ... (day first)
//   05/06/2013 10:20:33      en-GB, fr-FR, ... (day first)
//   2013-06-05 10:20:33      sv-SE; 2013/6/5 10:20:33 zh-CN, ja-JP (year first)
//   2013-06-05 오전 10:20:33  ko-KR (designator before the time)
// A stamp is read leniently: three numbers of one to four digits separated by one or two of
// `/ . -` and spaces (a trailing `.` allowed), spaces, the time H:MM:SS (':' or '.' between),
// and a 12-hour clock's designator after the time or before it. What the format decides is the
// order of the three numbers and the clock; detect() infers both from the stamps of a file, and
// a locale name (ImportOptions::locale) gives them from Qt's locale data.
//
// Ownership: a value. Thread-safety: reentrant (const methods only after construction).
// Cost: scan() and read() are a pass over the stamp's bytes, no allocation.
class WindowsDateFormat {
public:
    enum class Order { MonthDayYear, DayMonthYear, YearMonthDay };

    // The stamp at the start of a line as written, before the format gives it meaning.
    struct Fields {
        int number[3] = {}; // the three date numbers in the order written
        int digits[3] = {}; // how many digits each had
        char separator = 0; // the first date separator ('/', '.', '-' or ' ')
        int hour = 0, minute = 0, second = 0;
        QByteArrayView designator; // AM/PM text (empty: none)
        qsizetype length = 0;      // bytes of the stamp, up to the space after it
    };
    // A local wall-clock time, validated (a real calendar day, hour 0-23 ...).
    struct LocalTime {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    };

    // The stamp at the start of line, or nullopt when the line does not start with one.
    static std::optional<Fields> scan(QByteArrayView line);

    // The format a locale writes ("en-US", "de_DE", "sv"): its date order and clock as Qt's
    // locale data has them. nullopt for a name Qt does not know.
    static std::optional<WindowsDateFormat> fromLocale(const QString &name);

    // Infers the format from the stamps of a file (see Detector).
    class Detector;

    // The local time a stamp means in this format; throws Failure (BadInput) saying why not (a
    // month 13, 30 February, an hour 13 PM, an unknown designator ...).
    LocalTime read(const Fields &fields) const;

    // E.g. "M/d/yyyy h:mm:ss tt (en-US)" or "d.M.yyyy H:mm:ss"; the separator as seen.
    QString pattern() const;
    Order order() const { return m_order; }
    bool twelveHour() const { return m_twelveHour; }
    // Whether detection had to guess (no stamp told day and month apart), and on what it
    // based the choice; empty for a format given by locale.
    bool guessed() const { return m_guessed; }
    QString basis() const { return m_basis; }

private:
    friend class Detector;
    Order m_order = Order::MonthDayYear;
    bool m_twelveHour = false;
    char m_separator = '/';
    QString m_locale;
    QByteArray m_am, m_pm; // the locale's designators (UTF-8), besides the known ones
    bool m_guessed = false;
    QString m_basis;
};

// Collects evidence from stamps (add) and decides the format (result): a 4-digit first number
// means year first; a first number over 12 means day first, a second number over 12 month
// first; a designator means a 12-hour clock. Without day/month evidence it guesses month first
// for a 12-hour clock with '/' (en-US) and day first otherwise, and says so (guessed()).
class WindowsDateFormat::Detector {
public:
    void add(qint64 line, const Fields &fields);
    bool decided() const { return m_yearFirstLine || m_dayFirstLine || m_monthFirstLine; }
    WindowsDateFormat result() const;

private:
    qint64 m_stamps = 0;
    qint64 m_yearFirstLine = 0, m_dayFirstLine = 0, m_monthFirstLine = 0, m_designatorLine = 0;
    char m_separator = 0;
};
