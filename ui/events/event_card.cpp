// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_card.h"

#include "event_categories.h"
#include "event_time.h"

#include <QDateTime>
#include <QStringList>

namespace {

constexpr qsizetype kWrap = 64; // characters per line of notes

QString wrapped(const QString &text)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > kWrap) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString EventCard::dates(const TimelineEvent &e, const QTimeZone &display)
{
    if (e.allDay) {
        const QTimeZone zone = EventTime::zone(e.timeZone).value_or(QTimeZone::utc());
        const QDate first = EventTime::dayOf(e.startUs, zone), last = EventTime::lastDay(e, zone);
        const QString days = first == last
            ? first.toString(Qt::ISODate)
            : QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
        return tr("%1, all day (%2)").arg(days, QString::fromUtf8(zone.id()));
    }
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    auto stamp = [&](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, display).toString(format); };
    const QString when = e.endUs ? QStringLiteral("%1 – %2").arg(stamp(e.startUs), stamp(*e.endUs)) : stamp(e.startUs);
    return QStringLiteral("%1 (%2)").arg(when, QString::fromUtf8(display.id()));
}

QString EventCard::text(const TimelineEvent &e, const QTimeZone &display)
{
    QStringList lines{e.title, dates(e, display)};
    if (!e.notes.trimmed().isEmpty())
        lines.append(wrapped(e.notes.trimmed()));
    if (!e.url.isEmpty())
        lines.append(e.url);
    return lines.join(QLatin1Char('\n'));
}

QString EventCard::category(const TimelineEvent &e)
{
    const QString name = e.category.trimmed().toLower();
    return name.isEmpty() ? QStringLiteral("note") : name;
}

QColor EventCard::color(const TimelineEvent &e)
{
    if (!e.color.isEmpty() && QColor::isValidColorName(e.color))
        return QColor::fromString(e.color);
    return QColor::fromString(EventCategories::color(category(e)));
}
