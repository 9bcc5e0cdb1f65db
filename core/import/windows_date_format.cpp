// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_date_format.h"

#include "failure.h"

#include <QDate>
#include <QLocale>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at line[p]; advances p. -1 if there is none.
int number(QByteArrayView line, qsizetype &p, int maxDigits, int *digits = nullptr)
{
    int value = 0, n = 0;
    while (p < line.size() && n < maxDigits && isDigit(line[p])) {
        value = value * 10 + (line[p] - '0');
        ++p;
        ++n;
    }
    if (digits)
        *digits = n;
    return n ? value : -1;
}

void skipSpaces(QByteArrayView line, qsizetype &p)
{
    while (p < line.size() && line[p] == ' ')
        ++p;
}

// Designators Windows writes for the common 12-hour locales: 0 before noon, 1 after, -1 unknown.
int knownHalf(QByteArrayView d)
{
    if (d.compare("AM", Qt::CaseInsensitive) == 0 || d.compare("A.M.", Qt::CaseInsensitive) == 0 ||
        d == QByteArrayView("午前") || d == QByteArrayView("上午") || d == QByteArrayView("오전"))
        return 0;
    if (d.compare("PM", Qt::CaseInsensitive) == 0 || d.compare("P.M.", Qt::CaseInsensitive) == 0 ||
        d == QByteArrayView("午後") || d == QByteArrayView("下午") || d == QByteArrayView("오후"))
        return 1;
    return -1;
}

// The designator token at line[p] (up to a space), if it is one knownHalf() recognises.
qsizetype knownDesignatorAt(QByteArrayView line, qsizetype p)
{
    qsizetype e = p;
    while (e < line.size() && line[e] != ' ' && line[e] != '\t')
        ++e;
    return e > p && knownHalf(line.sliced(p, e - p)) >= 0 ? e - p : 0;
}

} // namespace

std::optional<WindowsDateFormat::Fields> WindowsDateFormat::scan(QByteArrayView line)
{
    Fields f;
    qsizetype p = 0;
    for (int k = 0; k < 3; ++k) {
        f.number[k] = number(line, p, 4, &f.digits[k]);
        if (f.number[k] < 0)
            return std::nullopt;
        if (k < 2) {
            if (p >= line.size() || (line[p] != '/' && line[p] != '.' && line[p] != '-'))
                return std::nullopt;
            if (k == 0)
                f.separator = line[p];
            else if (line[p] != f.separator)
                return std::nullopt;
            ++p;
            if (p < line.size() && line[p] == ' ') // "2013. 06. 05."
                ++p;
        }
    }
    if (p < line.size() && line[p] == '.')
        ++p;
    if (p >= line.size() || line[p] != ' ')
        return std::nullopt;
    skipSpaces(line, p);
    if (p < line.size() && !isDigit(line[p])) { // a designator before the time (ko-KR, zh-TW)
        const qsizetype start = p;
        while (p < line.size() && line[p] != ' ')
            ++p;
        f.designator = line.sliced(start, p - start);
        skipSpaces(line, p);
    }
    f.hour = number(line, p, 2);
    if (f.hour < 0 || p >= line.size() || (line[p] != ':' && line[p] != '.'))
        return std::nullopt;
    const char timeSeparator = line[p++];
    int digits = 0;
    f.minute = number(line, p, 2, &digits);
    if (digits != 2 || p >= line.size() || line[p] != timeSeparator)
        return std::nullopt;
    ++p;
    f.second = number(line, p, 2, &digits);
    if (digits != 2)
        return std::nullopt;
    if (f.designator.isEmpty() && p + 1 < line.size() && line[p] == ' ') {
        if (const qsizetype n = knownDesignatorAt(line, p + 1)) {
            f.designator = line.sliced(p + 1, n);
            p += 1 + n;
        }
    }
    if (p < line.size() && line[p] != ' ' && line[p] != '\t')
        return std::nullopt;
    f.length = p;
    return f;
}

std::optional<WindowsDateFormat> WindowsDateFormat::fromLocale(const QString &name)
{
    const QLocale locale(name);
    if (name.trimmed().isEmpty() || (locale.language() == QLocale::C && name != QLatin1String("C")))
        return std::nullopt;
    WindowsDateFormat f;
    const QString date = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype y = date.indexOf(QLatin1Char('y')), m = date.indexOf(QLatin1Char('M')),
                    d = date.indexOf(QLatin1Char('d'));
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    f.m_order = y < m ? Order::YearMonthDay : (m < d ? Order::MonthDayYear : Order::DayMonthYear);
    for (QChar c : date) {
        if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            f.m_separator = char(c.unicode());
            break;
        }
    }
    const QString time = locale.timeFormat(QLocale::LongFormat);
    f.m_twelveHour = time.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    f.m_am = locale.amText().toUtf8();
    f.m_pm = locale.pmText().toUtf8();
    f.m_locale = locale.name().replace(QLatin1Char('_'), QLatin1Char('-')); // "de-DE" (bcp47Name() says "de")
    return f;
}

WindowsDateFormat::LocalTime WindowsDateFormat::read(const Fields &f) const
{
    LocalTime t;
    int yearDigits = 0;
    switch (m_order) {
    case Order::MonthDayYear:
        t.month = f.number[0], t.day = f.number[1], t.year = f.number[2], yearDigits = f.digits[2];
        break;
    case Order::DayMonthYear:
        t.day = f.number[0], t.month = f.number[1], t.year = f.number[2], yearDigits = f.digits[2];
        break;
    case Order::YearMonthDay:
        t.year = f.number[0], t.month = f.number[1], t.day = f.number[2], yearDigits = f.digits[0];
        break;
    }
    if (yearDigits == 2) {
        t.year += 2000; // locales with two-digit years (d/M/yy): this century
    } else if (yearDigits != 4) {
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("no four-digit year where the pattern %1 has it").arg(pattern()));
    }
    if (!QDate::isValid(t.year, t.month, t.day)) {
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("not a date in the pattern %1%2")
                          .arg(pattern(), m_guessed ? QStringLiteral(" (guessed: give --locale)") : QString()));
    }
    t.hour = f.hour;
    if (f.designator.isEmpty() && m_twelveHour) {
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("no AM/PM after the time, which the pattern %1 has").arg(pattern()));
    }
    if (!f.designator.isEmpty()) {
        int half = knownHalf(f.designator);
        if (half < 0 && !m_am.isEmpty() && f.designator == QByteArrayView(m_am))
            half = 0;
        else if (half < 0 && !m_pm.isEmpty() && f.designator == QByteArrayView(m_pm))
            half = 1;
        if (half < 0) {
            throw Failure(
                Failure::Kind::BadInput,
                QStringLiteral("unknown AM/PM designator '%1' (give --locale)").arg(QString::fromUtf8(f.designator)));
        }
        if (t.hour < 1 || t.hour > 12) {
            throw Failure(Failure::Kind::BadInput, QStringLiteral("hour %1 on a 12-hour clock").arg(t.hour));
        }
        t.hour = t.hour % 12 + 12 * half;
    }
    t.minute = f.minute;
    t.second = f.second;
    if (t.hour > 23 || t.minute > 59 || t.second > 59) {
        throw Failure(Failure::Kind::BadInput, QStringLiteral("not a time of day"));
    }
    return t;
}

QString WindowsDateFormat::pattern() const
{
    const QChar s = QLatin1Char(m_separator);
    QString date;
    switch (m_order) {
    case Order::MonthDayYear:
        date = QStringLiteral("M%1d%1yyyy").arg(s);
        break;
    case Order::DayMonthYear:
        date = QStringLiteral("d%1M%1yyyy").arg(s);
        break;
    case Order::YearMonthDay:
        date = QStringLiteral("yyyy%1M%1d").arg(s);
        break;
    }
    QString text = date + (m_twelveHour ? QStringLiteral(" h:mm:ss tt") : QStringLiteral(" H:mm:ss"));
    if (!m_locale.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_locale);
    return text;
}

void WindowsDateFormat::Detector::add(qint64 line, const Fields &f)
{
    ++m_stamps;
    if (!m_separator)
        m_separator = f.separator;
    if (!m_yearFirstLine && f.digits[0] == 4)
        m_yearFirstLine = line;
    if (!m_dayFirstLine && f.digits[0] <= 2 && f.number[0] > 12)
        m_dayFirstLine = line;
    if (!m_monthFirstLine && f.digits[0] <= 2 && f.number[1] > 12)
        m_monthFirstLine = line;
    if (!m_designatorLine && !f.designator.isEmpty())
        m_designatorLine = line;
}

WindowsDateFormat WindowsDateFormat::Detector::result() const
{
    WindowsDateFormat f;
    f.m_separator = m_separator ? m_separator : '/';
    f.m_twelveHour = m_designatorLine != 0;
    if (m_yearFirstLine) {
        f.m_order = Order::YearMonthDay;
        f.m_basis = QStringLiteral("the year comes first (line %1)").arg(m_yearFirstLine);
    } else if (m_dayFirstLine && (!m_monthFirstLine || m_dayFirstLine < m_monthFirstLine)) {
        f.m_order = Order::DayMonthYear;
        f.m_basis = QStringLiteral("a first number over 12 (line %1)").arg(m_dayFirstLine);
    } else if (m_monthFirstLine) {
        f.m_order = Order::MonthDayYear;
        f.m_basis = QStringLiteral("a second number over 12 (line %1)").arg(m_monthFirstLine);
    } else {
        f.m_guessed = true;
        const bool usStyle = f.m_twelveHour && f.m_separator == '/';
        f.m_order = usStyle ? Order::MonthDayYear : Order::DayMonthYear;
        f.m_basis = m_stamps == 0 ? QStringLiteral("no dated line")
            : usStyle             ? QStringLiteral("no day over 12 in %1 dated lines; '/' with AM/PM is "
                                                               "usually en-US")
                            .arg(m_stamps)
                      : QStringLiteral("no day over 12 in %1 dated lines; without AM/PM "
                                       "day first is the most common")
                            .arg(m_stamps);
    }
    return f;
}
