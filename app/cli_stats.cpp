// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_stats.h"

#include "activity_heatmap.h"
#include "analysis_source.h"
#include "burst_detector.h"
#include "cli_interrupt.h"
#include "cli_support.h"
#include "coverage_analysis.h"
#include "derived_series.h"
#include "duration_text.h"
#include "event_coincidence.h"
#include "failure.h"
#include "mmdb_database.h"
#include "owner_directory.h"
#include "periodicity_scorer.h"
#include "query_cancel_scope.h"
#include "resolution_history.h"
#include "seasonal_baseline.h"
#include "view_options.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace CliSupport;

namespace {

const QStringList kAnalyses = {QStringLiteral("heatmap"),     QStringLiteral("bursts"),
                               QStringLiteral("coincidence"), QStringLiteral("periodicity"),
                               QStringLiteral("coverage"),    QStringLiteral("derived"),
                               QStringLiteral("baseline"),    QStringLiteral("resolutions")};

QString opt(const QCommandLineParser &p, const char *name)
{
    return p.value(QString::fromLatin1(name));
}

// Parsed analysis options; a bad value throws Failure (BadInput) with a one-line message.
struct StatsOptions {
    BurstDetector::Params burst;
    EventCoincidence::Params coincidence;
    PeriodicityScorer::Params periodicity;
    QList<QTimeZone> zones;
    qint64 gapUs = 3'600'000'000LL;
    QString events, of;

    void parse(const QCommandLineParser &p, int top)
    {
        const auto number = [&](const char *name, double lo, double hi) {
            bool ok = false;
            const double v = opt(p, name).toDouble(&ok);
            if (!ok || v < lo || v > hi)
                throw Failure(Failure::Kind::BadInput,
                              QStringLiteral("bad --%1 '%2' (a number from %3 to %4)")
                                  .arg(QLatin1String(name), opt(p, name))
                                  .arg(lo)
                                  .arg(hi));
            return v;
        };
        const auto duration = [&](const char *name) {
            const auto d = DurationText::parse(opt(p, name));
            if (!d)
                throw Failure(
                    Failure::Kind::BadInput,
                    QStringLiteral("bad --%1 '%2' (e.g. 90s, 15m, 6h, 2d, 1w)").arg(QLatin1String(name), opt(p, name)));
            return *d;
        };
        burst.s = number("s", 1.01, 100);
        burst.gamma = number("gamma", 0, 100);
        burst.levels = int(number("levels", 2, 8));
        coincidence.shifts = int(number("shifts", 1, 10'000'000));
        coincidence.seed = quint64(number("seed", 0, 9e15));
        periodicity.automatedAt = number("threshold", 0, 1);
        periodicity.minLookups = qint64(number("min-lookups", 3, 1e9));
        periodicity.gapBudgetBytes = qint64(number("gap-memory", 0.001, 1e6) * 1048576);
        coincidence.windowUs = duration("window");
        coincidence.periBinUs = duration("peri-bin");
        gapUs = duration("gap");
        periodicity.top = top;
        events = opt(p, "events");
        of = opt(p, "of");
        if (of != QLatin1String("lookups") && of != QLatin1String("bursts"))
            throw Failure(Failure::Kind::BadInput, QStringLiteral("bad --of '%1' (lookups or bursts)").arg(of));
        for (const QString &z : opt(p, "zones").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QTimeZone zone = z.trimmed().compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
                ? QTimeZone::utc()
                : QTimeZone(z.trimmed().toUtf8());
            if (!zone.isValid())
                throw Failure(Failure::Kind::BadInput, QStringLiteral("unknown time zone '%1' in --zones").arg(z));
            zones.append(zone);
        }
    }
};

void addStatsOptions(QCommandLineParser &p)
{
    const auto o = [&](const char *name, const char *help, const char *value, const char *def) {
        p.addOption(
            {QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value), QString::fromLatin1(def)});
    };
    o("zones", "heatmap: time zones side by side (default America/New_York,Europe/Moscow).", "A,B",
      "America/New_York,Europe/Moscow");
    o("s", "bursts: rate ratio between levels (default 2).", "S", "2");
    o("gamma", "bursts: cost of moving up a level (default 1).", "G", "1");
    o("levels", "bursts: states of the automaton, 2 to 8 (default 2).", "N", "2");
    o("events", "coincidence: all events, or those of a category (default all).", "all|CATEGORY", "all");
    o("window", "coincidence: W, lookups within ±W of an event count (default 2d).", "W", "2d");
    o("of", "coincidence: the series tested, lookups or burst starts (default lookups).", "lookups|bursts", "lookups");
    o("shifts", "coincidence: circular shifts for the null (default 10000).", "N", "10000");
    o("seed", "coincidence: random seed (default 1).", "S", "1");
    o("peri-bin", "coincidence: peri-event histogram bin (default 6h).", "D", "6h");
    o("threshold", "periodicity and --hide-automated: score from which a pair looks automated (default 0.8).", "X",
      "0.8");
    o("min-lookups", "periodicity: pairs with fewer lookups are not scored (default 6).", "N", "6");
    o("gap-memory",
      "periodicity: MB of poll gaps held at once (default 512, at least 0.001); a view of more lookups (4 bytes "
      "each) is read in passes, each over a share of the (client, qname) pairs.",
      "MB", "512");
    o("gap", "coverage: a silence longer than this splits coverage (default 1h).", "D", "1h");
}

// An analysis that returned nothing was cancelled.
template<typename T>
const T &done(const std::optional<T> &result)
{
    if (!result)
        throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
    return *result;
}

QJsonObject runAnalysis(const QString &analysis, LookupStore &store, const BinQuery &view, const StatsOptions &o,
                        const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    if (analysis == QLatin1String("heatmap")) {
        const auto panels = ActivityHeatmap::compute(source.fineCounts(view), o.zones);
        return ActivityHeatmap::toJson(*panels);
    }
    if (analysis == QLatin1String("bursts")) {
        const BinTable table = source.bins(view);
        return BurstDetector::toJson(*BurstDetector::detect(table, o.burst), o.burst, table);
    }
    if (analysis == QLatin1String("coincidence")) {
        FineCounts series = source.fineCounts(view);
        const TimeRange extent = view.range.value_or(series.occupied());
        EventCoincidence::Params params = o.coincidence;
        if (o.of == QLatin1String("bursts")) {
            series = BurstDetector::startsOn(std::move(series), *BurstDetector::detect(source.bins(view), o.burst));
            params.seriesName = QStringLiteral("bursts");
        }
        return EventCoincidence::toJson(
            done(EventCoincidence::run(series, source.events(o.events), params, extent, progress)));
    }
    if (analysis == QLatin1String("periodicity")) {
        const auto periodicity =
            source.periodicity(view, o.periodicity, progress); // kept: done() of a temporary dangles
        const auto &found = done(periodicity);
        return PeriodicityScorer::toJson(found.result, o.periodicity, found.names);
    }
    if (analysis == QLatin1String("coverage")) {
        QJsonArray datasets;
        const auto coverage = source.coverage(view, o.gapUs, progress); // kept: a loop over *temporary dangles
        for (const CoverageAnalysis::Result &r : done(coverage))
            datasets.append(CoverageAnalysis::toJson(r));
        return QJsonObject{{QStringLiteral("datasets"), datasets}};
    }
    if (analysis == QLatin1String("derived")) {
        const auto derived = source.derived(view, progress);
        QJsonObject out = DerivedSeries::toJson(done(derived));
        out.insert(QStringLiteral("bin_width"), derived->width.name());
        return out;
    }
    if (analysis == QLatin1String("resolutions")) {
        auto history = ResolutionHistory::compute(store, view);
        ResolutionHistory::labelOwners(*history,
                                       OwnerDirectory(std::make_shared<const AddressBook>(store.addressBook()),
                                                      MmdbDatabase::openAll(view.ownerDatabases)));
        return ResolutionHistory::toJson(*history);
    }
    BinQuery hourly = view; // baseline
    hourly.width = BinWidth::fixed(3'600'000'000LL);
    return SeasonalBaseline::toJson(*SeasonalBaseline::compute(source.bins(hourly)));
}

} // namespace

int runStatsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store."));
    p.addPositionalArgument(QStringLiteral("ANALYSIS"), kAnalyses.join(QLatin1Char('|')));
    ViewOptions::add(p);
    ViewOptions::addHideAutomated(p, false);
    addStatsOptions(p);
    const int early =
        parseOrHelp(p, args,
                    QStringLiteral("Usage: dnstimeline stats STORE %1 [options]\n"
                                   "Prints the analysis as one JSON object. --top is also the "
                                   "number of pairs periodicity lists; baseline bins hourly; resolutions needs "
                                   "a qname filter (--where qname=NAME).")
                        .arg(kAnalyses.join(QLatin1Char('|'))));
    if (early >= 0)
        return early;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !kAnalyses.contains(pos[1]))
        return usageError(
            QStringLiteral("stats needs STORE and one of %1 (see --help)").arg(kAnalyses.join(QLatin1String(", "))));
    BinQuery view;
    std::optional<double> hideAt;
    StatsOptions options;
    try {
        view = ViewOptions::parse(p);
        hideAt = ViewOptions::hideAutomated(p);
        options.parse(p, view.topK);
    } catch (const Failure &bad) {
        return usageError(bad.message());
    }
    CliInterrupt interrupt(pos[1]);
    try {
        const QueryCancelScope cancel(interrupt.flag()); // the store's long passes stop on Ctrl-C too
        const std::unique_ptr<LookupStore> store = openStore(pos[0], StoreOpenMode::ReadOnly);
        const bool binned = pos[1] != QLatin1String("resolutions"); // the history has no bins
        if (const QString tooMany = binned ? tooManyBins(*store, view) : QString(); !tooMany.isEmpty())
            return fail(tooMany);
        QJsonArray hidden;
        if (hideAt) {
            for (const AutomatedPair &a : excludeAutomated(*store, view, *hideAt))
                hidden.append(QJsonObject{{QStringLiteral("client"), a.client},
                                          {QStringLiteral("qname"), a.qname},
                                          {QStringLiteral("score"), a.score}});
        }
        QJsonObject result = runAnalysis(pos[1], *store, view, options, interrupt.progress());
        if (hideAt)
            result.insert(QStringLiteral("hidden_automated"),
                          QJsonObject{{QStringLiteral("threshold"), *hideAt}, {QStringLiteral("pairs"), hidden}});
        result.insert(QStringLiteral("analysis"), pos[1]);
        if (interrupt.interrupted())
            return interrupt.fail();
        out(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    } catch (const Failure &e) {
        if (interrupt.interrupted())
            return interrupt.fail();
        return fail(e.message());
    }
}
