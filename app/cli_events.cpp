// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_events.h"

#include "cli_support.h"
#include "event_file_format.h"
#include "failure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace CliSupport;

namespace {

using Format = EventFileFormat::Format;

int importEvents(const QString &storePath, const QString &file, std::optional<Format> format)
{
    const EventImport read = EventFileFormat::readFile(file, format);
    for (const ImportIssue &issue : read.report.firstIssues)
        fprintf(stderr, "%s:%lld: %s\n", qPrintable(file), issue.line, qPrintable(issue.message));
    if (read.report.error)
        return fail(read.errorLine > 0
                        ? QStringLiteral("%1:%2: %3").arg(file).arg(read.errorLine).arg(read.report.error->message())
                        : read.report.error->message());
    if (read.events.isEmpty()) {
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
        auto store = openStore(storePath, StoreOpenMode::Create);
        store->addEvents(read.events);
    } catch (const Failure &e) {
        return fail(e.message());
    }
    const QJsonObject line{{QStringLiteral("file"), file},
                           {QStringLiteral("imported"), qint64(read.events.size())},
                           {QStringLiteral("rejected"), read.report.rejected}};
    out(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

int exportEvents(const QString &storePath, const QString &file, Format format)
{
    QByteArray bytes;
    try {
        bytes = EventFileFormat::write(format, openStore(storePath, StoreOpenMode::ReadOnly)->events());
    } catch (const Failure &e) {
        return fail(e.message());
    }
    if (file == QLatin1String("-")) {
        out(bytes);
        return 0;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(file, save.errorString()));
    return 0;
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
    const int early = parseOrHelp(p, args,
                                  QStringLiteral("Usage: dnstimeline events STORE list|import FILE|export FILE "
                                                 "[--format csv|json|ics]"));
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
        return importEvents(pos[0], pos[2], format);
    if (action == QLatin1String("export") && pos.size() == 3)
        return exportEvents(pos[0], pos[2],
                            format ? *format : EventFileFormat::fromExtension(pos[2]).value_or(Format::Csv));
    return usageError(QStringLiteral("events needs STORE and list, import FILE or export FILE (see --help)"));
}
