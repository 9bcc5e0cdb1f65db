// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"
#include "recurrence_window.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// EventFileFormat: picks among the event formats (csv, json, ics) by name, file extension
// or content, and reads or writes whole files of events through EventCsv, EventJson,
// EventIcsReader and EventIcsWriter. Recurring series exist in iCalendar only: reading
// expands them within `window`, writing gives each series back as one rule; CSV and JSON
// carry their occurrences as single events. Stateless and reentrant; files are read whole
// (at most kMaxFileBytes).
class EventFileFormat {
public:
    enum class Format { Csv, Json, Ics };
    static constexpr qint64 kMaxFileBytes = qint64(64) << 20;

    static std::optional<Format> fromName(const QString &name);      // csv, json, ics
    static std::optional<Format> fromExtension(const QString &path); // .csv, .json, .ics/.ical
    static Format sniff(QByteArrayView head);                        // BEGIN:VCALENDAR, '[', else CSV
    static QString name(Format format);

    static EventImport read(Format format, QByteArrayView data, const RecurrenceWindow &window = {});
    static QByteArray write(Format format, const QList<TimelineEvent> &events, const QList<EventSeries> &series = {},
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    // Reads path in format (absent: by extension, else by content). A file that cannot be
    // read fails with errorLine 0.
    static EventImport readFile(const QString &path, std::optional<Format> format = std::nullopt,
                                const RecurrenceWindow &window = {});
};
