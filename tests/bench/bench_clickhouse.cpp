// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the ClickHouse store (issue 10): imports N synthetic lookups through
// beginImport()/DatasetSink into a store URL (the two-shard cluster of
// tests/clickhouse/cluster.sh), then times, as medians of --runs, hourly bins over the whole
// range, the same with qname globs (from the per-(qname, hour) rollup, and the same view in a
// zone with a half-hour offset, which reads the lookups: the path every glob took before the
// rollup), a one-day zoom (automatic width) and the same zoom split by client (top 10); before
// those, periodicity over everything (--min-lookups 6) with the polls found by the servers
// (ClickHouseStore::pairGaps) against the path before it, every pair's times sent and the polls
// found here (pairTimes, PairGapsBuilder::fromTimes), alternating, each with the client's CPU
// time. --only bins|periodicity runs one part.
//   bench_clickhouse --url 'clickhouse://127.0.0.1:18121/bench?cluster=dnstl&shards=…' --rows 100000000
// With --rows 0 it times what the database holds, e.g. bench_analysis's 10 M lookups.
// The lookups are generated in memory (2,000 clients, 50,000 names, 90 days, time order), so
// the import figure is the store's, not a file parser's.
#include "bench_child.h"
#include "failure.h"
#include "lookup_store.h"
#include "periodicity_scorer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

// Periodicity over everything, the servers' pair gaps against the pair times, alternating.
void benchPeriodicity(LookupStore &store, int runs)
{
    const PeriodicityScorer::Params params;
    std::vector<double> fresh, before, freshCpu, beforeCpu;
    qint64 pairs[2] = {0, 0};
    const double load = loadAverage();
    for (int i = 0; i < runs; ++i) {
        for (int path = 0; path < 2; ++path) {
            const std::clock_t cpu = std::clock();
            const double ms = medianMs(1, [&] {
                const auto r = path == 0
                    ? PeriodicityScorer::score(store.pairGaps(BinQuery{}, params.minLookups, {}), params)
                    : PeriodicityScorer::score(store.pairTimes(BinQuery{}, params.minLookups), params);
                pairs[path] = r ? r->pairs : -1;
            });
            (path == 0 ? fresh : before).push_back(ms);
            (path == 0 ? freshCpu : beforeCpu).push_back(double(std::clock() - cpu) * 1e3 / CLOCKS_PER_SEC);
        }
    }
    std::printf("periodicity, polls found by the servers: median %.0f ms (client CPU %.0f ms; target <= 2000); "
                "every time sent: median %.0f ms (client CPU %.0f ms) = %.2f x; %lld pairs (%lld); load %.1f → %.1f\n",
                median(fresh), median(freshCpu), median(before), median(beforeCpu), median(fresh) / median(before),
                static_cast<long long>(pairs[0]), static_cast<long long>(pairs[1]), load, loadAverage());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("url"), QStringLiteral("Store URL (or path)."), QStringLiteral("URL")},
         {QStringLiteral("rows"), QStringLiteral("Lookups to import (0: use what is there)."), QStringLiteral("N"),
          QStringLiteral("10000000")},
         {QStringLiteral("runs"), QStringLiteral("Runs per query figure."), QStringLiteral("N"), QStringLiteral("5")},
         {QStringLiteral("only"), QStringLiteral("Time only bins or periodicity."), QStringLiteral("PART")}});
    p.process(app);
    const qint64 rows = p.value(QStringLiteral("rows")).toLongLong();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    try {
        auto store = openStore(p.value(QStringLiteral("url")), StoreOpenMode::Create);
        if (rows > 0) {
            std::vector<QByteArray> clients, names;
            for (int i = 0; i < 2000; ++i)
                clients.push_back("10." + QByteArray::number(i / 256) + "." + QByteArray::number(i % 256) + ".7");
            for (int i = 0; i < 50'000; ++i)
                names.push_back("host" + QByteArray::number(i) + ".zone" + QByteArray::number(i % 97) + ".example.com");
            const QByteArray types[] = {"A", "AAAA", "A", "A", "HTTPS", "PTR"};
            const QByteArray rcodes[] = {"NOERROR", "NOERROR", "NOERROR", "NXDOMAIN"};
            const QByteArray servers[] = {"192.0.2.53", "192.0.2.54", "198.51.100.1", "203.0.113.9"};
            const qint64 start = 1'467'331'200'000'000, span = 90LL * 86'400'000'000;
            DatasetInfo meta;
            meta.name = QStringLiteral("bench-%1").arg(rows);
            QElapsedTimer t;
            t.start();
            auto sink = store->beginImport(meta);
            quint64 x = 88172645463325252ULL;
            for (qint64 i = 0; i < rows; ++i) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                const qint64 ts = start + i * (span / rows) + qint64(x % 1000);
                // Skewed names: a few hot ones, a long tail.
                const size_t name = (x >> 20) % 8 == 0 ? (x >> 24) % names.size() : (x >> 24) % 500;
                sink->add(RawLookup{ts, clients[(x >> 8) % clients.size()], names[name], types[(x >> 40) % 6],
                                    rcodes[(x >> 44) % 4], servers[(x >> 48) % 4]});
            }
            sink->commit(QStringLiteral("bench-%1-%2").arg(rows).arg(QDateTime::currentMSecsSinceEpoch()), 0);
            const double s = double(t.nsecsElapsed()) / 1e9;
            std::printf("import: %lld lookups in %.1f s = %.0f lookups/s (target >= 500000; load %.1f)\n",
                        static_cast<long long>(rows), s, double(rows) / s, loadAverage());
        }
        const QString only = p.value(QStringLiteral("only"));
        if (only != QLatin1String("bins"))
            benchPeriodicity(*store, runs);
        if (only == QLatin1String("periodicity"))
            return 0;
        qint64 total = 0;
        for (const DatasetInfo &d : store->datasets())
            total += d.records;
        const TimeRange all = store->extent({});
        BinQuery hourly;
        hourly.width = BinWidth::parse(QStringLiteral("1h"));
        const double hourlyMs = medianMs(runs, [&] { store->bins(hourly); });
        BinQuery filtered = hourly; // a qname glob: the per-(qname, hour) rollup
        filtered.filters = {{LookupField::Qname, QStringLiteral("host1*")}};
        const double filteredMs = medianMs(runs, [&] { store->bins(filtered); });
        const double filteredLoad = loadAverage();
        BinQuery scanned = filtered; // edges at :30 UTC: the lookups themselves are scanned
        scanned.zone = QTimeZone("Asia/Kolkata");
        const double scannedMs = medianMs(runs, [&] { store->bins(scanned); });
        const double scannedLoad = loadAverage();
        BinQuery oneName = hourly;
        oneName.filters = {{LookupField::Qname, QStringLiteral("host4242.zone71.example.com")}};
        const double oneNameMs = medianMs(runs, [&] { store->bins(oneName); });
        const qint64 mid = all.fromUs + all.length() / 2;
        BinQuery day;
        day.range = TimeRange{mid, mid + 86'400'000'000};
        const double dayMs = medianMs(runs, [&] { store->bins(day); });
        BinQuery split = day;
        split.split = LookupField::Client;
        split.rankRange = all;
        const double splitFirstMs = medianMs(1, [&] { store->bins(split); }); // ranks over everything
        const double splitLoad = loadAverage();
        const double splitMs = medianMs(runs, [&] { store->bins(split); }); // ranking cached
        BinQuery otherDay = split;
        otherDay.range = TimeRange{mid - 86'400'000'000, mid};
        const double panMs = medianMs(runs, [&] { store->bins(otherDay); });
        std::printf("lookups in store: %lld; %lld hourly bins\n", static_cast<long long>(total),
                    static_cast<long long>(store->bins(hourly).binCount()));
        std::printf("hourly bins over the whole range: median %.0f ms (target <= 2000)\n", hourlyMs);
        std::printf("hourly bins over the whole range, qname=host1*: median %.0f ms (target <= 300; load %.1f)\n",
                    filteredMs, filteredLoad);
        std::printf("the same in Asia/Kolkata (reads the lookups): median %.0f ms (load %.1f) = %.1f x the rollup\n",
                    scannedMs, scannedLoad, scannedMs / filteredMs);
        std::printf("hourly bins over the whole range, one qname: median %.0f ms\n", oneNameMs);
        std::printf("one-day zoom (auto width): median %.0f ms (target <= 150)\n", dayMs);
        std::printf(
            "one-day zoom split by client (top 10, ranked over all): first %.0f ms (load %.1f), then median %.0f ms;"
            " the day before: median %.0f ms\n",
            splitFirstMs, splitLoad, splitMs, panMs);
        std::printf("load average at the end: %.1f\n", loadAverage());
    } catch (const Failure &e) {
        std::fprintf(stderr, "bench_clickhouse: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
