// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_file_format.h"

#include "event_csv.h"
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_json.h"

#include <QFile>
#include <QFileInfo>

std::optional<EventFileFormat::Format> EventFileFormat::fromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("ics"))
        return Format::Ics;
    return std::nullopt;
}

std::optional<EventFileFormat::Format> EventFileFormat::fromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ical") || suffix == QLatin1String("ifb"))
        return Format::Ics;
    return suffix.isEmpty() ? std::nullopt : fromName(suffix);
}

EventFileFormat::Format EventFileFormat::sniff(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArray start = head.first(std::min<qsizetype>(head.size(), 64)).toByteArray().trimmed();
    if (start.toUpper().startsWith("BEGIN:VCALENDAR"))
        return Format::Ics;
    if (start.startsWith('['))
        return Format::Json;
    return Format::Csv;
}

QString EventFileFormat::name(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Ics:
        return QStringLiteral("ics");
    }
    return {};
}

EventImport EventFileFormat::read(Format format, QByteArrayView data, const RecurrenceWindow &window)
{
    switch (format) {
    case Format::Csv:
        return EventCsv::read(data);
    case Format::Json:
        return EventJson::read(data);
    case Format::Ics:
        return EventIcsReader::read(data, window);
    }
    return {};
}

QByteArray EventFileFormat::write(Format format, const QList<TimelineEvent> &events, const QList<EventSeries> &series,
                                  const QDateTime &stamp)
{
    switch (format) {
    case Format::Csv:
        return EventCsv::write(events);
    case Format::Json:
        return EventJson::write(events);
    case Format::Ics:
        return EventIcsWriter::write(events, stamp, series);
    }
    return {};
}

EventImport EventFileFormat::readFile(const QString &path, std::optional<Format> format, const RecurrenceWindow &window)
{
    EventImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.fail(0, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes) {
        result.fail(
            0, QStringLiteral("%1 is over %2 MiB, too large for an events file").arg(path).arg(kMaxFileBytes >> 20));
        return result;
    }
    return read(format ? *format : fromExtension(path).value_or(sniff(data)), data, window);
}
