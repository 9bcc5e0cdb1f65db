// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "bin_table_format.h"
#include "cli_events.h"
#include "cli_owners.h"
#include "cli_render.h"
#include "cli_stats.h"
#include "cli_support.h"
#include "failure.h"
#include "import_job.h"
#include "lookup_store.h"
#include "provenance.h"
#include "view_options.h"
#include "windows_date_format.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
using namespace CliSupport;

int runImportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file (created if missing)."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    p.addOptions({
        {QStringLiteral("format"), QStringLiteral("Input format, or auto to detect it from the content (default)."),
         QStringLiteral("NAME"), QStringLiteral("auto")},
        {QStringLiteral("tz"), QStringLiteral("Zone of times that carry no offset (IANA id, default UTC)."),
         QStringLiteral("ZONE"), QStringLiteral("UTC")},
        {QStringLiteral("name"), QStringLiteral("Dataset name (default: the file name)."), QStringLiteral("NAME")},
        {QStringLiteral("strict"), QStringLiteral("Fail the import on the first malformed record.")},
        {QStringLiteral("force"), QStringLiteral("Import a file even if one with the same SHA-256 is in the store.")},
        {QStringLiteral("columns"),
         QStringLiteral("Map a field to a column (delimited text), e.g. timestamp=3 or "
                        "qname=domain; repeatable."),
         QStringLiteral("FIELD=COLUMN")},
        {QStringLiteral("epoch-unit"), QStringLiteral("Unit of numeric times: auto (by magnitude), s, ms, us or ns."),
         QStringLiteral("UNIT"), QStringLiteral("auto")},
        {QStringLiteral("year"),
         QStringLiteral("Year of the first line of logs whose times have none (syslog, dnsmasq, "
                        "unbound log-time-ascii); default: from the file's modification time."),
         QStringLiteral("YEAR")},
        {QStringLiteral("locale"),
         QStringLiteral("Regional date/time format of the log (windows-dns), a locale such as "
                        "en-US, de-DE or sv-SE; default: detected from the file."),
         QStringLiteral("NAME")},
    });
    const int early = parseOrHelp(p, args, QStringLiteral("Usage: dnstimeline import STORE FILE... [options]"));
    if (early >= 0)
        return early;
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return usageError(QStringLiteral("import needs STORE and at least one FILE (see --help)"));
    ImportRequest base;
    const QString tz = p.value(QStringLiteral("tz"));
    base.options.zone =
        tz.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QTimeZone::utc() : QTimeZone(tz.toUtf8());
    if (!base.options.zone.isValid())
        return usageError(QStringLiteral("unknown time zone '%1'").arg(tz));
    base.options.zoneGiven = p.isSet(QStringLiteral("tz"));
    if (p.isSet(QStringLiteral("locale"))) {
        base.options.locale = p.value(QStringLiteral("locale"));
        if (!WindowsDateFormat::fromLocale(base.options.locale))
            return usageError(
                QStringLiteral("unknown locale '%1' (a name such as en-US, de-DE or sv-SE)").arg(base.options.locale));
    }
    base.format = p.value(QStringLiteral("format"));
    base.options.strict = p.isSet(QStringLiteral("strict"));
    base.options.columnMap = p.values(QStringLiteral("columns"));
    base.force = p.isSet(QStringLiteral("force"));
    const QStringList units = {QStringLiteral("auto"), QStringLiteral("s"), QStringLiteral("ms"), QStringLiteral("us"),
                               QStringLiteral("ns")};
    const qsizetype unit = units.indexOf(p.value(QStringLiteral("epoch-unit")));
    if (unit < 0)
        return usageError(
            QStringLiteral("bad --epoch-unit '%1' (auto, s, ms, us or ns)").arg(p.value(QStringLiteral("epoch-unit"))));
    base.options.epochUnit = EpochUnit(unit);
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        base.options.year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || base.options.year < 1970 || base.options.year > 9999)
            return usageError(QStringLiteral("bad --year '%1' (1970-9999)").arg(p.value(QStringLiteral("year"))));
    }

    std::unique_ptr<LookupStore> store;
    try {
        store = openStore(pos[0], StoreOpenMode::Create);
    } catch (const Failure &e) {
        return fail(e.message());
    }
    int status = 0;
    for (qsizetype i = 1; i < pos.size(); ++i) {
        ImportRequest request = base;
        request.filePath = pos[i];
        if (p.isSet(QStringLiteral("name")))
            request.datasetName = pos.size() > 2
                ? QStringLiteral("%1 (%2)").arg(p.value(QStringLiteral("name")), QFileInfo(pos[i]).fileName())
                : p.value(QStringLiteral("name"));
        const ImportResult result = runImport(*store, request, {});
        for (const ImportIssue &issue : result.report.firstIssues)
            fprintf(stderr, "%s:%lld: %s\n", qPrintable(request.filePath), issue.line, qPrintable(issue.message));
        if (result.report.error) {
            fail(result.report.error->message());
            status = 1;
            continue;
        }
        QJsonObject o = Provenance::datasetJson(result.dataset);
        o.insert(QStringLiteral("file"), request.filePath);
        if (result.report.skipped)
            o.insert(QStringLiteral("skipped"), result.report.skipped);
        if (!result.report.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.report.notes));
        out(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    return status;
}

int runDatasetsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file."));
    const int early = parseOrHelp(p, args, QStringLiteral("Usage: dnstimeline datasets STORE"));
    if (early >= 0)
        return early;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("datasets needs exactly one STORE (see --help)"));
    QJsonArray all;
    try {
        const std::unique_ptr<LookupStore> store = openStore(p.positionalArguments()[0], StoreOpenMode::ReadOnly);
        for (const DatasetInfo &d : store->datasets())
            all.append(Provenance::datasetJson(d));
    } catch (const Failure &e) {
        return fail(e.message());
    }
    out(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return 0;
}

int runBinsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file."));
    ViewOptions::add(p);
    ViewOptions::addHideAutomated(p, true);
    p.addOption({QStringLiteral("format"), QStringLiteral("Output: csv (default) or json."), QStringLiteral("FORMAT"),
                 QStringLiteral("csv")});
    const int early = parseOrHelp(p, args, QStringLiteral("Usage: dnstimeline bins STORE [options]"));
    if (early >= 0)
        return early;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("bins needs exactly one STORE (see --help)"));
    BinQuery query;
    std::optional<double> hideAt;
    try {
        query = ViewOptions::parse(p);
        hideAt = ViewOptions::hideAutomated(p);
    } catch (const Failure &bad) {
        return usageError(bad.message());
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(QStringLiteral("bad --format '%1' (csv or json)").arg(format));
    try {
        const std::unique_ptr<LookupStore> store = openStore(p.positionalArguments()[0], StoreOpenMode::ReadOnly);
        if (const QString onlyObservations = observationsOnly(*store, query.datasets); !onlyObservations.isEmpty())
            return fail(onlyObservations);
        if (const QString tooMany = tooManyBins(*store, query); !tooMany.isEmpty())
            return fail(tooMany);
        if (hideAt)
            excludeAutomated(*store, query, *hideAt);
        const BinTable table = store->bins(query);
        out(format == QLatin1String("json") ? BinTableFormat::toJson(table) : BinTableFormat::toCsv(table));
        return 0;
    } catch (const Failure &e) {
        return fail(e.message());
    }
}

} // namespace

const QStringList &Cli::subcommands()
{
    static const QStringList all = {QStringLiteral("import"), QStringLiteral("datasets"), QStringLiteral("bins"),
                                    QStringLiteral("render"), QStringLiteral("stats"),    QStringLiteral("events"),
                                    QStringLiteral("owners")};
    return all;
}

bool Cli::needsGui(const QString &subcommand)
{
    return subcommand == QLatin1String("render");
}

QString Cli::overview()
{
    return QStringLiteral(
        "Usage: dnstimeline [STORE|FILE...]          open the window (on a store, or importing files)\n"
        "       dnstimeline SUBCOMMAND [options]     run headless\n\n"
        "Subcommands:\n"
        "  import STORE FILE... [--format NAME] [--tz ZONE] [--locale NAME] [--name NAME] [--strict] [--force]\n"
        "                       import lookups (or passive-DNS observations); one JSON line per file\n"
        "  datasets STORE       list the datasets as JSON\n"
        "  bins STORE [view options] [--hide-automated [--threshold X]] [--format csv|json]\n"
        "                       lookups per bin: CSV bin_start,series,count\n"
        "  render STORE -o FILE|--bundle PATH [--title TEXT] [--no-events] [--theme light|dark]\n"
        "                       [--hide-series NAME] [--hide-events CATEGORY] [--hide-automated [--threshold X]]\n"
        "                       [--redact] [view options]\n"
        "                       draw the chart as PNG, JPG, PDF or SVG, or an evidence bundle\n"
        "  stats STORE heatmap|bursts|coincidence|periodicity|coverage|derived|baseline|resolutions "
        "[--hide-automated]\n"
        "        [options]\n"
        "                       analyses of the view, as JSON\n"
        "  events STORE list|import FILE|export FILE [--format csv|json|ics]\n"
        "                       dated events: list as JSON, import or export CSV, JSON or iCalendar\n"
        "  owners STORE list|import FILE|export FILE|label VALUE... [--format csv|json] [--replace]\n"
        "                       the address book (CIDR or name glob -> label): list, import, export, look up\n\n"
        "View options: --dataset ID[,ID...] --from T --to T --bin WIDTH|auto --tz ZONE\n"
        "              --split FIELD --top K --where FIELD=GLOB --mmdb FILE\n\n"
        "'dnstimeline SUBCOMMAND --help' describes each; --version prints the version.\n");
}

int Cli::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QStringLiteral("dnstimeline ") + command;
    if (command == QLatin1String("import"))
        return runImportCommand(args);
    if (command == QLatin1String("datasets"))
        return runDatasetsCommand(args);
    if (command == QLatin1String("bins"))
        return runBinsCommand(args);
    if (command == QLatin1String("render"))
        return runRenderCommand(args);
    if (command == QLatin1String("stats"))
        return runStatsCommand(args);
    if (command == QLatin1String("events"))
        return runEventsCommand(args);
    if (command == QLatin1String("owners"))
        return runOwnersCommand(args);
    return usageError(QStringLiteral("unknown subcommand '%1'\n%2").arg(command, overview()));
}
