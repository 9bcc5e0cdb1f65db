// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_time.h"

#include <QDateTime>

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

std::optional<QTimeZone> EventTime::zone(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String("UTC"))
        return QTimeZone::utc();
    const QByteArray iana = id.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(iana))
        return std::nullopt;
    QTimeZone z(iana);
    if (!z.isValid())
        return std::nullopt;
    return z;
}

qint64 EventTime::dayStartUs(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch() * 1000;
}

QDate EventTime::dayOf(qint64 us, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(us, 1000), zone).date();
}

QDate EventTime::parseDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return {};
    const auto num = [&](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2)); // invalid for 2016-02-30
}

QDate EventTime::lastDay(const TimelineEvent &event, const QTimeZone &zone)
{
    const QDate first = dayOf(event.startUs, zone);
    if (!event.endUs)
        return first;
    const QDate last = dayOf(*event.endUs, zone).addDays(-1);
    return last < first ? first : last;
}

QString EventTime::problem(const TimelineEvent &event)
{
    if (event.title.trimmed().isEmpty())
        return QStringLiteral("the event has no title");
    if (event.endUs && *event.endUs < event.startUs)
        return QStringLiteral("the event ends before it starts");
    static const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    static const qint64 last = QDateTime(QDate(3001, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    if (event.startUs < first || event.endUs.value_or(event.startUs) >= last)
        return QStringLiteral("the event lies outside the years 1 to 3000");
    if (!zone(event.timeZone))
        return QStringLiteral("unknown time zone '%1' (an IANA id such as America/New_York)").arg(event.timeZone);
    const QString &c = event.color;
    bool hex = c.size() == 7 && c[0] == QLatin1Char('#');
    for (qsizetype i = 1; hex && i < 7; ++i)
        hex = c[i].isDigit() || (c[i].toLower() >= QLatin1Char('a') && c[i].toLower() <= QLatin1Char('f'));
    if (!c.isEmpty() && !hex)
        return QStringLiteral("bad colour '%1' (#rrggbb)").arg(c);
    return {};
}
