// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_render.h"

#include "chart_export.h"
#include "chart_footer.h"
#include "cli_support.h"
#include "failure.h"
#include "view_options.h"

#include <QFileInfo>

namespace {
using namespace CliSupport;

void addRenderOptions(QCommandLineParser &p)
{
    p.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Chart file: .png, .jpg, .pdf or .svg."),
         QStringLiteral("FILE")},
        {QStringLiteral("width"), QStringLiteral("Width in pixels (default 1600)."), QStringLiteral("PX"),
         QStringLiteral("1600")},
        {QStringLiteral("height"), QStringLiteral("Height in pixels (default 900)."), QStringLiteral("PX"),
         QStringLiteral("900")},
        {QStringLiteral("scale"),
         QStringLiteral("PNG/JPG: draw everything F times larger, in F times the pixels (default 1)."),
         QStringLiteral("F"), QStringLiteral("1")},
        {QStringLiteral("title"), QStringLiteral("Chart title (default: the store's name)."), QStringLiteral("TEXT")},
        {QStringLiteral("subtitle"), QStringLiteral("A line under the title."), QStringLiteral("TEXT")},
        {QStringLiteral("events"), QStringLiteral("Draw the store's events (the default).")},
        {QStringLiteral("no-events"), QStringLiteral("Do not draw the store's events.")},
        {QStringLiteral("no-legend"), QStringLiteral("Leave out the legend of a split.")},
        {QStringLiteral("draw"), QStringLiteral("Series as bars (stacked, the default), lines or steps."),
         QStringLiteral("STYLE"), QStringLiteral("bars")},
        {QStringLiteral("log"), QStringLiteral("A logarithmic count axis.")},
        {QStringLiteral("average"),
         QStringLiteral("Draw the centred moving average over N bins (default 0: the counts)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("theme"), QStringLiteral("light (default, print-friendly) or dark."), QStringLiteral("THEME"),
         QStringLiteral("light")},
        {QStringLiteral("hide-series"),
         QStringLiteral("Leave out the series NAME as its legend names it (\"lookups\" "
                        "unsplit; repeatable), as a legend click hides it in the window."),
         QStringLiteral("NAME")},
        {QStringLiteral("hide-events"),
         QStringLiteral("Do not draw the events of CATEGORY (\"note\" for those without "
                        "one; repeatable), as the Events dock hides them."),
         QStringLiteral("CATEGORY")},
        {QStringLiteral("redact"),
         QStringLiteral("Replace client and server addresses by stable pseudonyms (keyed with "
                        "the store's secret; made on first use, so the store must be writable then).")},
        {QStringLiteral("redact-names"), QStringLiteral("With --redact: replace query names by pseudonyms too.")},
        {QStringLiteral("bundle"),
         QStringLiteral("Also write an evidence bundle (chart, bins, events, provenance.json, "
                        "reproduce.sh) to the folder PATH, or to a zip archive if PATH ends in .zip."),
         QStringLiteral("PATH")},
    });
}

// The chart options; on a bad value throws Failure (BadInput) with a one-line message.
void parseChart(const QCommandLineParser &p, ExportView &view)
{
    view.title = p.isSet(QStringLiteral("title")) ? p.value(QStringLiteral("title"))
                                                  : defaultChartTitle(p.positionalArguments()[0]);
    view.subtitle = p.value(QStringLiteral("subtitle"));
    if (p.isSet(QStringLiteral("events")) && p.isSet(QStringLiteral("no-events")))
        throw Failure(Failure::Kind::BadInput, QStringLiteral("give --events or --no-events, not both"));
    view.events = !p.isSet(QStringLiteral("no-events"));
    view.legend = !p.isSet(QStringLiteral("no-legend"));
    const QString theme = p.value(QStringLiteral("theme"));
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        throw Failure(Failure::Kind::BadInput, QStringLiteral("bad --theme '%1' (light or dark)").arg(theme));
    view.dark = theme == QLatin1String("dark");
    view.style = p.value(QStringLiteral("draw"));
    if (view.style != QLatin1String("bars") && view.style != QLatin1String("lines") &&
        view.style != QLatin1String("steps"))
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("bad --draw '%1' (bars, lines or steps)").arg(view.style));
    view.logScale = p.isSet(QStringLiteral("log"));
    view.hiddenSeries = p.values(QStringLiteral("hide-series"));
    view.hiddenCategories = p.values(QStringLiteral("hide-events"));
    bool averageOk = false;
    view.average = p.value(QStringLiteral("average")).toInt(&averageOk);
    if (!averageOk || view.average < 0 || view.average > 1000)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("bad --average '%1' (0 to 1000 bins)").arg(p.value(QStringLiteral("average"))));
    view.redact = p.isSet(QStringLiteral("redact")) || p.isSet(QStringLiteral("redact-names"));
    view.redactNames = p.isSet(QStringLiteral("redact-names"));
    view.size = QSize(p.value(QStringLiteral("width")).toInt(), p.value(QStringLiteral("height")).toInt());
    if (view.size.width() < 200 || view.size.height() < 150 || view.size.width() > 20000 || view.size.height() > 20000)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("--width and --height must be between 200x150 and 20000x20000"));
    bool ok = false;
    view.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || view.scale < 0.25 || view.scale > 8 || view.size.width() * view.scale > 40000 ||
        view.size.height() * view.scale > 40000)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("bad --scale '%1' (0.25 to 8, at most 40000 pixels a side)")
                          .arg(p.value(QStringLiteral("scale"))));
}

} // namespace

int runRenderCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file."));
    ViewOptions::add(p);
    ViewOptions::addHideAutomated(p, true);
    addRenderOptions(p);
    const int early =
        parseOrHelp(p, args, QStringLiteral("Usage: dnstimeline render STORE -o FILE|--bundle PATH [options]"));
    if (early >= 0)
        return early;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("render needs exactly one STORE (see --help)"));
    ExportView view;
    try {
        view.query = ViewOptions::parse(p);
        parseChart(p, view);
        view.hideAutomatedAt = ViewOptions::hideAutomated(p);
    } catch (const Failure &bad) {
        return usageError(bad.message());
    }
    if (!p.isSet(QStringLiteral("output")) && !p.isSet(QStringLiteral("bundle")))
        return usageError(QStringLiteral("render needs -o FILE or --bundle PATH"));
    const QString storePath = p.positionalArguments()[0];
    // Redaction may have to store the key on its first use: open writable then, if we may.
    try {
        std::unique_ptr<LookupStore> store;
        if (view.redact) {
            try {
                store = openStore(storePath, StoreOpenMode::ReadWrite);
            } catch (const Failure &) {
                // Read-only media or permissions: a key already stored is still readable.
            }
        }
        if (!store)
            store = openStore(storePath, StoreOpenMode::ReadOnly);
        if (const QString tooMany = tooManyBins(*store, view.query); !tooMany.isEmpty())
            return fail(tooMany);
        if (view.hideAutomatedAt)
            view.automatedPairs = excludeAutomated(*store, view.query, *view.hideAutomatedAt);
        if (p.isSet(QStringLiteral("output"))) {
            const PreparedChart chart = ChartExport::prepare(*store, view, ChartFooter::exportTime());
            ChartRenderer::render(chart.spec, p.value(QStringLiteral("output")));
        }
        if (p.isSet(QStringLiteral("bundle")))
            ChartExport::writeBundle(*store, view, p.value(QStringLiteral("bundle")));
    } catch (const Failure &e) {
        return fail(e.message());
    }
    return 0;
}
