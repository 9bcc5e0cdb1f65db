// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_zone.h"

#include "event_time.h"

#include <QDateTime>
#include <QStringList>

namespace {

// An IANA id in tzid: the whole of it, or the longest tail after a '/' (vendor prefixes).
QString ianaIn(const QString &tzid)
{
    if (EventTime::zone(tzid) && !tzid.isEmpty())
        return tzid;
    const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString tail = parts.mid(i).join(QLatin1Char('/'));
        if (tail.contains(QLatin1Char('/')) && EventTime::zone(tail))
            return tail;
    }
    return {};
}

} // namespace

IcsZone IcsZone::utc()
{
    return {};
}

IcsZone IcsZone::iana(const QTimeZone &zone, const QString &id)
{
    IcsZone z;
    z.m_qt = zone;
    z.m_keptId = id;
    z.m_tzid = id;
    return z;
}

std::optional<IcsZone> IcsZone::resolve(const QString &tzid, icalcomponent *calendar)
{
    if (const QString id = ianaIn(tzid); !id.isEmpty()) {
        IcsZone z = iana(*EventTime::zone(id), id);
        z.m_tzid = tzid;
        return z;
    }
    const QByteArray windowsIana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    icaltimezone *custom = calendar ? icalcomponent_get_timezone(calendar, tzid.toUtf8().constData()) : nullptr;
    if (!custom && windowsIana.isEmpty())
        return std::nullopt;
    IcsZone z;
    z.m_tzid = tzid;
    z.m_custom = custom;
    if (!windowsIana.isEmpty() && EventTime::zone(QString::fromUtf8(windowsIana))) {
        z.m_keptId = QString::fromUtf8(windowsIana);
        z.m_qt = *EventTime::zone(z.m_keptId);
    }
    return z;
}

qint64 IcsZone::toUtcUs(const icaltimetype &local) const
{
    if (local.is_date)
        return EventTime::dayStartUs(QDate(local.year, local.month, local.day), m_qt);
    if (m_custom) {
        icaltimetype floating = local;
        floating.zone = nullptr;
        return qint64(icaltime_as_timet_with_zone(floating, m_custom)) * 1'000'000;
    }
    return toUtcUs(QDate(local.year, local.month, local.day),
                   QTime(local.hour, local.minute, std::min(local.second, 59)));
}

qint64 IcsZone::toUtcUs(QDate date, QTime time) const
{
    if (m_custom) {
        icaltimetype t = icaltime_null_time();
        t.year = date.year();
        t.month = date.month();
        t.day = date.day();
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
        return toUtcUs(t);
    }
    return QDateTime(date, time, m_qt).toMSecsSinceEpoch() * 1000;
}

icaltimetype IcsZone::toLocal(qint64 us, bool isDate) const
{
    const qint64 seconds = us >= 0 ? us / 1'000'000 : -((-us + 999'999) / 1'000'000);
    icaltimetype t = icaltime_null_time();
    if (m_custom && !isDate) {
        t = icaltime_from_timet_with_zone(time_t(seconds), 0, m_custom);
    } else {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, m_qt);
        t.year = local.date().year();
        t.month = local.date().month();
        t.day = local.date().day();
        t.hour = local.time().hour();
        t.minute = local.time().minute();
        t.second = local.time().second();
    }
    t.zone = nullptr;
    t.is_date = isDate ? 1 : 0;
    if (isDate)
        t.hour = t.minute = t.second = 0;
    return t;
}
