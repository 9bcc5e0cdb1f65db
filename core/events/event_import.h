// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series.h"
#include "import_types.h"
#include "reject_log.h"
#include "timeline_event.h"

#include <QList>

#include <algorithm>

// What reading an events file (CSV, JSON or iCalendar) gives: the valid events, in file
// order and with id 0, and the report of the rejected ones (ImportReport, first 20 issues with
// 1-based line numbers). When report.error is set the file as a whole is unreadable (not the
// format, bad JSON syntax, a missing header column), events is empty and errorLine is the
// line the problem was found on.
// Recurring series (iCalendar only) come as `series`, with local ids 1, 2, ... that their
// occurrences in `events` name as seriesId (LookupStore::addEvents gives them store ids), and
// `notes` tell where a series was cut off at the window's edges (not rejections: they carry
// the line of the series' VEVENT).
struct EventImport {
    QList<TimelineEvent> events;
    QList<EventSeries> series;
    QList<ImportIssue> notes;
    ImportReport report;
    qint64 errorLine = 0;

    // How many events are occurrences of a series.
    qint64 occurrences() const
    {
        return std::count_if(events.begin(), events.end(), [](const TimelineEvent &e) { return e.seriesId != 0; });
    }

    // Counts a rejected event and keeps its issue if there is room.
    void reject(qint64 line, const QString &message) { RejectLog(report, false, "line").reject(line, message); }
    void fail(qint64 line, const QString &message)
    {
        events.clear();
        series.clear();
        notes.clear();
        report.records = 0;
        report.error = Failure(Failure::Kind::BadInput, message);
        errorLine = line;
    }
};
