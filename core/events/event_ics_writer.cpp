// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_ics_writer.h"

#include "event_time.h"

#include <QCryptographicHash>

namespace {

QByteArray escapeText(const QString &text)
{
    QByteArray out;
    for (char c : text.toUtf8()) {
        if (c == '\\' || c == ';' || c == ',')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out;
}

// Appends line folded at 75 octets, CRLF-terminated.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    qsizetype at = 0, room = 75;
    while (line.size() - at > room) {
        qsizetype cut = at + room;
        while (cut > at && (quint8(line[cut]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
            --cut;
        out += line.sliced(at, cut - at);
        out += "\r\n ";
        at = cut;
        room = 74;
    }
    out += line.sliced(at);
    out += "\r\n";
}

QByteArray utcStamp(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMddTHHmmssZ"))
        .toLatin1();
}

// "DTSTART;TZID=Europe/Moscow:20161019T210000" or "DTSTART:20161019T180000Z"; *zoneLost is set
// when the event's zone could not be written as a TZID.
QByteArray timedProperty(const char *name, qint64 us, const QString &zoneId, bool *zoneLost)
{
    const std::optional<QTimeZone> zone = EventTime::zone(zoneId);
    if (zone && !zoneId.isEmpty() && zoneId != QLatin1String("UTC")) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(us / 1000, *zone);
        const QDateTime back(local.date(), local.time(), *zone);
        if (back.toMSecsSinceEpoch() == local.toMSecsSinceEpoch())
            return QByteArray(name) + ";TZID=" + zoneId.toUtf8() + ':' +
                local.toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1();
    }
    *zoneLost = *zoneLost || !zoneId.isEmpty();
    return QByteArray(name) + ':' + utcStamp(us);
}

} // namespace

QByteArray EventIcsWriter::write(const QList<TimelineEvent> &events, const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&](const QByteArray &l) { appendFolded(out, l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//DNS Timeline//dnstimeline//EN");
    line("CALSCALE:GREGORIAN");
    for (const TimelineEvent &e : events) {
        line("BEGIN:VEVENT");
        const QByteArray key = QByteArray::number(e.startUs) + '/' + QByteArray::number(e.endUs.value_or(e.startUs)) +
            '/' + e.title.toUtf8();
        line("UID:" + QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20) + "@dnstimeline");
        line("DTSTAMP:" + utcStamp(stamp.toMSecsSinceEpoch() * 1000));
        bool writeZone = false;
        if (e.allDay) {
            const QTimeZone zone = EventTime::zone(e.timeZone).value_or(QTimeZone::utc());
            const QDate first = EventTime::dayOf(e.startUs, zone);
            line("DTSTART;VALUE=DATE:" + first.toString(QStringLiteral("yyyyMMdd")).toLatin1());
            line("DTEND;VALUE=DATE:" +
                 EventTime::lastDay(e, zone).addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1());
            writeZone = !e.timeZone.isEmpty();
        } else {
            line(timedProperty("DTSTART", e.startUs, e.timeZone, &writeZone));
            if (e.endUs)
                line(timedProperty("DTEND", *e.endUs, e.timeZone, &writeZone));
        }
        line("SUMMARY:" + escapeText(e.title));
        if (!e.notes.isEmpty())
            line("DESCRIPTION:" + escapeText(e.notes));
        if (!e.url.isEmpty())
            line("URL:" + e.url.toUtf8());
        if (!e.category.isEmpty())
            line("CATEGORIES:" + escapeText(e.category));
        if (writeZone)
            line("X-DNSTIMELINE-TIMEZONE:" + escapeText(e.timeZone));
        if (!e.color.isEmpty())
            line("X-DNSTIMELINE-COLOR:" + escapeText(e.color));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}
