// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times each core/analysis analysis on lookups generated in memory (default 10 M over 90 days,
// 50,000 clients × qnames pairs, a few beacons), binned through TimelineEngine as the store
// does. Prints the median of 3 runs per analysis, in ms.
// Usage: bench_analysis [--rows N] [--store PATH|URL …] | --existing PATH [--runs N] [--gap-memory MB]
// With --store PATH|URL [--store PATH|URL …]: the same lookups (names as text) are imported
// into each store once (skipped when it already holds N), and the analyses that need more than
// bins (periodicity, coverage, derived) are timed through AnalysisSource over each: SQLite
// against the ClickHouse cluster in one run.
// With --existing PATH (a SQLite store as it is, e.g. bench_window's 100 M lookups): each of
// those analyses by the store's path (new) against the way it computed them before (old: every
// lookup's time walked for coverage, two passes over every name for the name counts, each
// pair's times gathered whole for periodicity; and periodicity against the previous stream,
// every lookup merged from the block cursors into the gaps on one thread), alternating, median
// of --runs (default 3), with the load average before and after. With --gap-memory MB only
// periodicity, with that budget for the gaps held at once (in shares of the pairs, a pass over
// the blocks each) against the default budget, alternating, with the peak RSS of each side
// (VmHWM, reset before each run).
#include "activity_heatmap.h"
#include "analysis_source.h"
#include "block_cursor.h"
#include "burst_detector.h"
#include "column_aggregates.h"
#include "coverage_analysis.h"
#include "derived_series.h"
#include "event_coincidence.h"
#include "failure.h"
#include "pair_gaps_scan.h"
#include "periodicity_scorer.h"
#include "seasonal_baseline.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "timeline_engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <malloc.h>
#include <string>

namespace {
constexpr qint64 kHour = 3'600'000'000LL, kDay = 24 * kHour;
constexpr qint64 kT0 = 1'464'739'200'000'000LL; // 2016-06-01T00:00Z

std::shared_ptr<DatasetColumns> generate(qint64 rows)
{
    QRandomGenerator rng(1);
    auto d = std::make_shared<DatasetColumns>();
    d->datasetId = 1;
    d->ts.resize(size_t(rows));
    for (auto &t : d->ts)
        t = kT0 + qint64(rng.generate64() % quint64(90 * kDay));
    std::sort(d->ts.begin(), d->ts.end());
    for (int c : {0, 1, 3}) // client, qname, rcode
        d->names[size_t(c)].resize(size_t(rows));
    for (size_t i = 0; i < size_t(rows); ++i) {
        d->names[0][i] = 10 + rng.bounded(1000);
        d->names[1][i] = 2000 + rng.bounded(50);
        d->names[3][i] = 1 + (rng.bounded(10) == 0 ? 1 : 0) + (rng.bounded(50) == 0 ? 1 : 0);
    }
    return d;
}

template<typename F>
double medianMs(F &&run, int runs = 3)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

// The peak resident memory since the last reset, MB; the reset first hands freed heap back.
double peakRssMb(bool reset)
{
    if (reset) {
        malloc_trim(0);
        std::ofstream("/proc/self/clear_refs") << "5";
    }
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return -1;
}

// Periodicity of an existing SQLite store in shares of the pairs (a budget of budgetMb for
// the gaps) against the default budget, alternating runs.
int benchShares(const QString &path, int runs, qint64 budgetMb)
{
    std::printf("%s: load average %s; median of %d runs\n", qPrintable(path), loadAverage().c_str(), runs);
    SqliteStore store(path, StoreOpenMode::ReadOnly);
    AnalysisSource analyses(store);
    qint64 lookups = 0;
    for (const DatasetInfo &d : store.datasets())
        lookups += d.kind == DatasetKind::Lookups ? d.records : 0;
    PeriodicityScorer::Params shared, whole;
    shared.gapBudgetBytes = budgetMb << 20;
    std::vector<double> ms[2], mb[2];
    QByteArray json[2];
    for (int i = 0; i < runs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const PeriodicityScorer::Params &params = side == 0 ? shared : whole;
            peakRssMb(true);
            QElapsedTimer t;
            t.start();
            const auto found = analyses.periodicity(BinQuery{}, params);
            ms[side].push_back(double(t.nsecsElapsed()) / 1e6);
            mb[side].push_back(peakRssMb(false));
            json[side] = QJsonDocument(PeriodicityScorer::toJson(found->result, params, found->names)).toJson();
        }
    }
    for (int side = 0; side < 2; ++side) {
        std::sort(ms[side].begin(), ms[side].end());
        std::sort(mb[side].begin(), mb[side].end());
    }
    std::printf("  periodicity, %lld MB of gaps (%d shares): %9.1f ms, peak %7.0f MB\n",
                static_cast<long long>(budgetMb), PairGapsScan::shares(lookups, shared.gapBudgetBytes),
                ms[0][size_t(runs) / 2], mb[0][size_t(runs) / 2]);
    std::printf("  periodicity, default (%d shares):     %9.1f ms, peak %7.0f MB\n",
                PairGapsScan::shares(lookups, whole.gapBudgetBytes), ms[1][size_t(runs) / 2], mb[1][size_t(runs) / 2]);
    std::printf("  time ratio %.3f; outputs %s\n", ms[0][size_t(runs) / 2] / ms[1][size_t(runs) / 2],
                json[0] == json[1] ? "identical" : "DIFFER");
    std::printf("load average after: %s\n", loadAverage().c_str());
    return json[0] == json[1] ? 0 : 1;
}

// Each analysis of an existing SQLite store, new path against old, alternating runs.
int benchExisting(const QString &path, int runs)
{
    std::printf("%s: load average %s; median of %d runs, ms\n", qPrintable(path), loadAverage().c_str(), runs);
    SqliteStore store(path, StoreOpenMode::ReadOnly);
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    std::recursive_mutex mutex;
    LookupSource source(db, mutex, int(db.queryInt("PRAGMA user_version")));
    AnalysisSource analyses(store);
    const TimeRange all{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    QList<qint64> ids;
    for (const DatasetInfo &d : store.datasets()) {
        if (d.kind == DatasetKind::Lookups)
            ids.append(d.id);
    }
    const auto cursorOf = [&](const QList<int> &columns) {
        return [&, columns](qsizetype k, std::optional<TimeRange> r) {
            return BlockCursor(source, ids[k], r.value_or(all), columns, false);
        };
    };
    BinQuery view, hourly;
    hourly.width = BinWidth::fixed(kHour);
    const auto duel = [&](const char *name, auto &&fresh, auto &&before) {
        std::vector<double> a, b;
        for (int i = 0; i < runs; ++i) {
            a.push_back(medianMs(fresh, 1));
            b.push_back(medianMs(before, 1));
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        const double na = a[a.size() / 2], ob = b[b.size() / 2];
        std::printf("  %-22s new %9.1f   old %9.1f   new/old %.3f\n", name, na, ob, na / ob);
    };
    const int qname = nameFieldIndex(LookupField::Qname), client = nameFieldIndex(LookupField::Client);
    for (qint64 gap : {kHour, kHour / 60}) {
        duel(
            gap == kHour ? "coverage (gap 1h)" : "coverage (gap 1 min)", [&] { analyses.coverage(view, gap); },
            [&] {
                for (qsizetype k = 0; k < ids.size(); ++k)
                    ColumnAggregates::silencesOver(ids[k], cursorOf({})(k, std::nullopt), gap);
            });
    }
    duel(
        "derived (hourly)", [&] { analyses.derived(hourly); },
        [&] {
            BinQuery q = hourly;
            for (const char *rcode : {"NXDOMAIN", "SERVFAIL"})
                store.bins(DerivedSeries::rcodeQuery(q, QLatin1String(rcode)));
            store.bins(q);
            ColumnAggregates::qnameCountsOver(store.qnameCounts(q).edges, ids.size(), cursorOf({qname}), {});
        });
    duel(
        "periodicity", [&] { analyses.periodicity(view, {}); },
        [&] {
            PeriodicityScorer::score(ColumnAggregates::pairTimesOver(ids.size(), cursorOf({client, qname}),
                                                                     std::nullopt, {}, store.names(), 6),
                                     {});
        });
    // Against the previous stream: the datasets' block cursors merged lookup by lookup into one
    // PairGapsBuilder on this thread (the scoring is the same on both sides).
    duel(
        "periodicity (streamed)", [&] { analyses.periodicity(view, {}); },
        [&] {
            PeriodicityScorer::score(ColumnAggregates::pairGapsOver(ids.size(), cursorOf({client, qname}), std::nullopt,
                                                                    {}, store.names(), 6),
                                     {});
        });
    std::printf("load average after: %s\n", loadAverage().c_str());
    return 0;
}
// The generated lookups into a store, names as text (client 10.0.x.y, hostN.example.com).
void importInto(LookupStore &store, const DatasetColumns &data)
{
    DatasetInfo meta;
    meta.name = QStringLiteral("bench");
    meta.format = QStringLiteral("csv");
    auto sink = store.beginImport(meta);
    const QByteArray rcodes[] = {"", "NOERROR", "NXDOMAIN", "SERVFAIL"};
    for (size_t i = 0; i < data.ts.size(); ++i) {
        const quint32 c = data.names[0][i];
        sink->add(RawLookup{data.ts[i], "10.0." + QByteArray::number(c / 256) + "." + QByteArray::number(c % 256),
                            "host" + QByteArray::number(data.names[1][i]) + ".example.com", "A",
                            rcodes[data.names[3][i]], QByteArray()});
    }
    sink->commit(QStringLiteral("bench"), 1);
}

int benchStores(const QStringList &locations, const DatasetColumns &data)
{
    const qint64 rows = qint64(data.ts.size());
    const auto report = [](const char *name, double ms) { std::printf("  %-26s %9.1f\n", name, ms); };
    for (const QString &location : locations) {
        try {
            auto store = openStore(location, StoreOpenMode::Create);
            qint64 held = 0;
            for (const DatasetInfo &d : store->datasets())
                held += d.records;
            if (held != rows) {
                for (const DatasetInfo &d : store->datasets())
                    store->deleteDataset(d.id);
                QElapsedTimer t;
                t.start();
                importInto(*store, data);
                std::printf("%s: imported %lld lookups in %.1f s\n", qPrintable(location), static_cast<long long>(rows),
                            double(t.elapsed()) / 1e3);
            }
            std::printf("%s (median of 3, ms)\n", qPrintable(location));
            AnalysisSource source(*store);
            BinQuery view, hourly;
            hourly.width = BinWidth::fixed(kHour);
            report("periodicity", medianMs([&] { source.periodicity(view, {}); }));
            report("coverage (gap 1h)", medianMs([&] { source.coverage(view, kHour); }));
            report("coverage (gap 1 min)", medianMs([&] { source.coverage(view, kHour / 60); }));
            report("derived (hourly)", medianMs([&] { source.derived(hourly); }));
            report("pair times only", medianMs([&] { store->pairTimes(view, 6); }));
            report("pair gaps only", medianMs([&] { store->pairGaps(view, 6, {}); }));
            report("name counts only", medianMs([&] { store->qnameCounts(hourly); }));
        } catch (const Failure &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype existing = args.indexOf(QStringLiteral("--existing"));
    if (existing > 0) {
        const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
        const qsizetype budgetAt = args.indexOf(QStringLiteral("--gap-memory"));
        try {
            if (budgetAt > 0)
                return benchShares(args.value(existing + 1), runsAt > 0 ? args.value(runsAt + 1).toInt() : 3,
                                   args.value(budgetAt + 1).toLongLong());
            return benchExisting(args.value(existing + 1), runsAt > 0 ? args.value(runsAt + 1).toInt() : 3);
        } catch (const Failure &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
    }
    const qsizetype at = args.indexOf(QStringLiteral("--rows"));
    const qint64 rows = at >= 0 ? args.value(at + 1).toLongLong() : 10'000'000;
    const auto data = generate(rows);
    QStringList stores;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--store"))
            stores.append(args[i + 1]);
    }
    if (!stores.isEmpty())
        return benchStores(stores, *data);
    auto names = std::make_shared<std::vector<QString>>(2100);
    (*names)[1] = QStringLiteral("NOERROR"), (*names)[2] = QStringLiteral("NXDOMAIN"),
    (*names)[3] = QStringLiteral("SERVFAIL");
    const TimelineEngine::Input input{{data}, {}, names, {}, {}};
    const TimeRange extent = TimelineEngine::extent(input.datasets);
    QList<TimelineEvent> events;
    for (qint64 day : {17, 47, 54, 80}) {
        TimelineEvent e;
        e.startUs = kT0 + day * kDay;
        e.endUs = e.startUs + 4 * kDay;
        events.append(e);
    }
    std::printf("%lld lookups over 90 days; median of 3 runs, ms (each includes its TimelineEngine re-bin)\n",
                static_cast<long long>(rows));
    const auto report = [](const char *name, double ms) { std::printf("%-28s %9.1f\n", name, ms); };
    const auto fine = [&] {
        TimelineEngine engine; // a fresh engine: no cached series
        return FineCounts::fromTable(engine.bin(FineCounts::query(BinQuery{}, extent), input));
    };
    report("fine grid (1 min)", medianMs(fine));
    const QList<QTimeZone> zones = {QTimeZone("America/New_York"), QTimeZone("Europe/Moscow")};
    report("heatmap (2 zones)", medianMs([&] { ActivityHeatmap::compute(fine(), zones); }));
    BinQuery hourly;
    hourly.width = BinWidth::fixed(kHour);
    report("bursts (hourly, 2 states)", medianMs([&] {
               TimelineEngine engine;
               BurstDetector::detect(engine.bin(hourly, input), {});
           }));
    report("coincidence (10,000 shifts)", medianMs([&] { EventCoincidence::run(fine(), events, {}); }));
    report("periodicity", medianMs([&] { PeriodicityScorer::compute({data}, std::nullopt, {}); }));
    report("coverage (gap 1h)", medianMs([&] { CoverageAnalysis::compute(*data, kHour); }));
    report("derived (hourly)", medianMs([&] {
               TimelineEngine engine;
               DerivedSeries::compute(engine.bin(hourly, input),
                                      engine.bin(DerivedSeries::rcodeQuery(hourly, QStringLiteral("NXDOMAIN")), input),
                                      engine.bin(DerivedSeries::rcodeQuery(hourly, QStringLiteral("SERVFAIL")), input),
                                      {data});
           }));
    report("baseline (hourly)", medianMs([&] {
               TimelineEngine engine;
               SeasonalBaseline::compute(engine.bin(hourly, input));
           }));
    return 0;
}
