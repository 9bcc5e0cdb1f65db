// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_events.h"

#include "cli_support.h"
#include "event_file_format.h"
#include "failure.h"
#include "timestamp_parser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace CliSupport;

namespace {

using Format = EventFileFormat::Format;

// The recurrence window: the store's extent widened by a year, or what --expand-from and
// --expand-to say (ISO 8601, UTC when without an offset).
std::optional<RecurrenceWindow> recurrenceWindow(LookupStore &store, const QCommandLineParser &p, QString *error)
{
    RecurrenceWindow window = RecurrenceWindow::around(store.extent({}));
    TimestampParser times;
    std::optional<qint64> bounds[2];
    const QString names[2] = {QStringLiteral("expand-from"), QStringLiteral("expand-to")};
    for (int i = 0; i < 2; ++i) {
        if (!p.isSet(names[i]))
            continue;
        bounds[i] = times.parse(p.value(names[i]).toUtf8());
        if (!bounds[i]) {
            *error = QStringLiteral("bad --%1 time '%2' (ISO 8601, e.g. 2016-07-18 or 2016-07-18T12:00:00Z)")
                         .arg(names[i], p.value(names[i]));
            return std::nullopt;
        }
    }
    if (bounds[0] || bounds[1]) {
        // Without lookups, a bound given alone takes a year on its other side.
        const auto years = [](qint64 us, int n) {
            return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).addYears(n).toMSecsSinceEpoch() * 1000;
        };
        const TimeRange base = window.range ? *window.range
            : bounds[0]                     ? TimeRange{*bounds[0], years(*bounds[0], 1)}
                                            : TimeRange{years(*bounds[1], -1), *bounds[1]};
        window.range = TimeRange{bounds[0].value_or(base.fromUs), bounds[1].value_or(base.toUs)};
        if (window.range->isEmpty()) {
            *error = QStringLiteral("the recurrence window is empty: --expand-to must be after --expand-from");
            return std::nullopt;
        }
    }
    return window;
}

int importEvents(const QString &storePath, const QString &file, std::optional<Format> format,
                 const QCommandLineParser &p)
{
    std::unique_ptr<LookupStore> store;
    EventImport read;
    try {
        store = openStore(storePath, StoreOpenMode::Create);
        QString error;
        const std::optional<RecurrenceWindow> window = recurrenceWindow(*store, p, &error);
        if (!window)
            return usageError(error);
        read = EventFileFormat::readFile(file, format, *window);
    } catch (const Failure &e) {
        return fail(e.message());
    }
    for (const ImportIssue &issue : read.report.firstIssues)
        fprintf(stderr, "%s:%lld: %s\n", qPrintable(file), issue.line, qPrintable(issue.message));
    for (const ImportIssue &note : read.notes)
        fprintf(stderr, "%s:%lld: note: %s\n", qPrintable(file), note.line, qPrintable(note.message));
    if (read.report.error)
        return fail(read.errorLine > 0
                        ? QStringLiteral("%1:%2: %3").arg(file).arg(read.errorLine).arg(read.report.error->message())
                        : read.report.error->message());
    if (read.events.isEmpty()) {
        if (!read.notes.isEmpty())
            return fail(
                QStringLiteral("%1:%2: no occurrence in the recurrence window (see the notes; --expand-from and "
                               "--expand-to move it)")
                    .arg(file)
                    .arg(read.notes.first().line));
        if (read.report.firstIssues.isEmpty())
            return fail(QStringLiteral("%1:1: no events in the file").arg(file));
        const ImportIssue &first = read.report.firstIssues.first();
        return fail(QStringLiteral("%1:%2: no valid event (%3 rejected; first: %4)")
                        .arg(file)
                        .arg(first.line)
                        .arg(read.report.rejected)
                        .arg(first.message));
    }
    try {
        store->addEvents(read.events, read.series);
    } catch (const Failure &e) {
        return fail(e.message());
    }
    QJsonArray notes;
    for (const ImportIssue &note : read.notes)
        notes.append(QJsonObject{{QStringLiteral("line"), note.line}, {QStringLiteral("note"), note.message}});
    const QJsonObject line{{QStringLiteral("file"), file},
                           {QStringLiteral("imported"), qint64(read.events.size())},
                           {QStringLiteral("rejected"), read.report.rejected},
                           {QStringLiteral("series"), qint64(read.series.size())},
                           {QStringLiteral("occurrences"), read.occurrences()},
                           {QStringLiteral("notes"), notes}};
    out(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

int exportEvents(const QString &storePath, const QString &file, Format format)
{
    QByteArray bytes;
    try {
        const auto store = openStore(storePath, StoreOpenMode::ReadOnly);
        bytes = EventFileFormat::write(format, store->events(), store->eventSeries());
    } catch (const Failure &e) {
        return fail(e.message());
    }
    return writeOutput(file, bytes);
}

} // namespace

int runEventsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("list (JSON on stdout), import FILE or export FILE (- for stdout)."),
                            QStringLiteral("list|import FILE|export FILE"));
    p.addOption({QStringLiteral("format"),
                 QStringLiteral("File format: csv, json or ics (default: from the file's extension, else from the "
                                "content on import, csv on export)."),
                 QStringLiteral("FORMAT")});
    p.addOption(
        {QStringLiteral("expand-from"),
         QStringLiteral("Import: expand recurring iCalendar events from this time (ISO 8601, UTC without an offset; "
                        "default: a year before the store's first lookup)."),
         QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("expand-to"),
         QStringLiteral("Import: expand recurring iCalendar events up to this time, exclusive (default: a year after "
                        "the store's last lookup; an empty store: a year after each series' start)."),
         QStringLiteral("T")});
    const int early = parseOrHelp(p, args,
                                  QStringLiteral("Usage: dnstimeline events STORE list|import FILE|export FILE "
                                                 "[--format csv|json|ics] [--expand-from T] [--expand-to T]"));
    if (early >= 0)
        return early;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    std::optional<Format> format;
    if (p.isSet(QStringLiteral("format"))) {
        format = EventFileFormat::fromName(p.value(QStringLiteral("format")));
        if (!format)
            return usageError(
                QStringLiteral("bad --format '%1' (csv, json or ics)").arg(p.value(QStringLiteral("format"))));
    }
    if (action == QLatin1String("list") && pos.size() == 2)
        return exportEvents(pos[0], QStringLiteral("-"), format.value_or(Format::Json));
    if (action == QLatin1String("import") && pos.size() == 3)
        return importEvents(pos[0], pos[2], format, p);
    if (action == QLatin1String("export") && pos.size() == 3)
        return exportEvents(pos[0], pos[2],
                            format ? *format : EventFileFormat::fromExtension(pos[2]).value_or(Format::Csv));
    return usageError(QStringLiteral("events needs STORE and list, import FILE or export FILE (see --help)"));
}
