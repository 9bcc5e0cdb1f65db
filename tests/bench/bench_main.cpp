// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The foundation benchmark: import speed against `sqlite3 .import` of the same CSV in the
// same run, store bytes per lookup, peak memory of the import, and re-binning time.
// Usage: dnstimeline_bench [--rows N] [--runs R] [--dir DIR] --dnstimeline PATH
//        dnstimeline_bench pcap|zeek|dnstap ...   (see bench_import_formats.h)
//        dnstimeline_bench windows-dns|evtx ...   (see bench_windows_formats.h)
//        dnstimeline_bench json ...        (the JSON parser choice, bench_json_parsers.h)
//        dnstimeline_bench logformats ...  (resolver, sensor and cloud logs, bench_log_formats.h)
//        dnstimeline_bench answers ...     (what keeping answers costs, bench_answers.h)
//        dnstimeline_bench capture-readers ... (see bench_capture_readers.h)
//        dnstimeline_bench pcap-parse ...      (see bench_capture_readers.h)
//        dnstimeline_bench zeek-json ...   (zeek-json before and after simdjson, bench_zeek_json.h)
//        dnstimeline_bench cof ...         (cof before and after simdjson, bench_cof.h)
// Every figure is the median of R runs (the machines are noisy).
#include "bench_answers.h"
#include "bench_capture_readers.h"
#include "bench_child.h"
#include "bench_cof.h"
#include "bench_import_formats.h"
#include "bench_json_parsers.h"
#include "bench_log_formats.h"
#include "bench_windows_formats.h"
#include "bench_zeek_json.h"
#include "bin_width.h"
#include "failure.h"
#include "lookup_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// The CSV of ../shared/MEASUREMENTS.md: ISO 8601 times in µs, 46 names, 36 clients.
void writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buf;
    buf.reserve(1 << 22);
    buf += "timestamp,client,qname,qtype,rcode\n";
    quint64 state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    const char *types[] = {"A", "AAAA", "MX", "TXT"};
    const char *rcodes[] = {"NOERROR", "NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"};
    qint64 ts = QDateTime(QDate(2016, 5, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    char line[160];
    for (qint64 i = 0; i < rows; ++i) {
        ts += next() % 1'200'000; // about 0.6 s apart: 10 M rows span ~70 days
        const qint64 secs = ts / 1'000'000;
        const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
        const QDate d = t.date();
        const QTime tm = t.time();
        const int n = snprintf(
            line, sizeof line, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ,10.%u.%u.%u,host%u.zone%u.example.com,%s,%s\n",
            d.year(), d.month(), d.day(), tm.hour(), tm.minute(), tm.second(), ts % 1'000'000, next() % 3, next() % 3,
            next() % 4, next() % 23, next() % 2, types[next() % 4], rcodes[next() % 5]);
        buf.append(line, n);
        if (buf.size() > (1 << 22) - 200) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

qint64 storeBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-journal"})
        total += QFileInfo(path + QString::fromLatin1(suffix)).size();
    return total;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args[1] == QLatin1String("pcap"))
        return benchPcapImport(args);
    if (args.size() > 1 && args[1] == QLatin1String("zeek"))
        return benchZeekImport(args);
    if (args.size() > 1 && args[1] == QLatin1String("windows-dns"))
        return benchWindowsDnsImport(args);
    if (args.size() > 1 && args[1] == QLatin1String("evtx"))
        return benchEvtxImport(args);
    if (args.size() > 1 && args[1] == QLatin1String("dnstap"))
        return benchDnstapImport(args);
    if (args.size() > 1 && args[1] == QLatin1String("json"))
        return benchJsonParsers(args);
    if (args.size() > 1 && args[1] == QLatin1String("logformats"))
        return benchLogFormats(args);
    if (args.size() > 1 && args[1] == QLatin1String("answers"))
        return benchAnswers(args);
    if (args.size() > 1 && args[1] == QLatin1String("capture-readers"))
        return benchCaptureReaders(args);
    if (args.size() > 1 && args[1] == QLatin1String("pcap-parse"))
        return benchPcapParse(args);
    if (args.size() > 1 && args[1] == QLatin1String("zeek-json"))
        return benchZeekJson(args);
    if (args.size() > 1 && args[1] == QLatin1String("zeek-json-read"))
        return benchZeekJsonRead(args);
    if (args.size() > 1 && args[1] == QLatin1String("cof"))
        return benchCof(args);
    if (args.size() > 1 && args[1] == QLatin1String("cof-read"))
        return benchCofRead(args);
    const qint64 rows = option(args, "--rows", QStringLiteral("10000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = option(args, "--dir", QDir::tempPath() + QStringLiteral("/dnstl-bench"));
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    QDir().mkpath(dir);

    const QString csv = QStringLiteral("%1/lookups-%2.csv").arg(dir).arg(rows);
    if (!QFileInfo::exists(csv)) {
        printf("generating %lld rows into %s ...\n", rows, qPrintable(csv));
        fflush(stdout);
        writeCsv(csv, rows);
    }
    const double csvMb = double(QFileInfo(csv).size()) / 1e6;
    printf("input: %lld rows, %.0f MB CSV; %d runs each, medians\n", rows, csvMb, runs);

    std::vector<double> peerTimes, ourTimes;
    long ourRss = 0;
    qint64 peerBytes = 0, ourBytes = 0;
    const QString peerDb = dir + QStringLiteral("/peer.db"), store = dir + QStringLiteral("/bench.dnstl");
    for (int r = 0; r < runs; ++r) {
        removeStore(peerDb);
        sync();
        const ChildRun peer = runChild({QStringLiteral("sqlite3"), QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                        peerDb, QStringLiteral(".import %1 t").arg(csv)});
        if (peer.status != 0)
            qFatal("sqlite3 .import failed (%d)", peer.status);
        peerTimes.push_back(peer.seconds);
        peerBytes = storeBytes(peerDb);
        removeStore(store);
        sync();
        const ChildRun ours = runChild({binary, QStringLiteral("import"), store, csv});
        if (ours.status != 0)
            qFatal("dnstimeline import failed (%d)", ours.status);
        ourTimes.push_back(ours.seconds);
        ourRss = std::max(ourRss, ours.maxRssKb);
        ourBytes = storeBytes(store);
        printf("  run %d: sqlite3 .import %.2f s, dnstimeline import %.2f s (peak RSS %ld MB)\n", r + 1, peer.seconds,
               ours.seconds, ours.maxRssKb / 1024);
        fflush(stdout);
    }
    removeStore(peerDb);

    // Re-binning, in process, as the window does it.
    auto opened = openStore(store, StoreOpenMode::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    BinQuery first;
    first.width = BinWidth::parse(QStringLiteral("1d"));
    const BinTable whole = opened->bins(first);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const TimeRange extent{whole.edges.front(), whole.edges.back()};
    // 1,000 hourly bins (the data spans about 70 days), as a view of the window would ask.
    BinQuery q;
    q.range = TimeRange{extent.fromUs, extent.fromUs + 1000 * 3'600'000'000LL};
    q.width = BinWidth::parse(QStringLiteral("1h"));
    auto timeQuery = [&](const BinQuery &query) {
        std::vector<double> ms;
        for (int i = 0; i < 51; ++i) {
            QElapsedTimer t;
            t.start();
            const BinTable table = opened->bins(query);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (table.binCount() < 1000)
                qFatal("expected 1,000 bins, got %lld", qint64(table.binCount()));
        }
        return median(ms);
    };
    const double rebinMs = timeQuery(q);
    BinQuery split = q;
    split.split = LookupField::Client;
    split.rankRange = extent;
    timer.restart();
    opened->bins(split);
    const double splitBuildMs = double(timer.nsecsElapsed()) / 1e6;
    const double splitRebinMs = timeQuery(split);

    const double peer = median(peerTimes), ours = median(ourTimes);
    printf("\n| figure | dnstimeline | peer | ratio |\n|---|---|---|---|\n");
    printf("| import %lld rows | %.2f s | sqlite3 .import %.2f s | %.2fx faster |\n", rows, ours, peer, peer / ours);
    printf("| store bytes per lookup | %.1f | %.1f | %.2fx smaller |\n", double(ourBytes) / double(rows),
           double(peerBytes) / double(rows), double(peerBytes) / double(ourBytes));
    printf("| import peak RSS | %ld MB | | |\n", ourRss / 1024);
    printf("| first view (load time index + bin) | %.0f ms | | |\n", openMs);
    printf("| re-bin 1,000 bins | %.3f ms | | |\n", rebinMs);
    printf("| split by client (build once) | %.0f ms | | |\n", splitBuildMs);
    printf("| re-bin 1,000 bins x top-10 split | %.3f ms | | |\n", splitRebinMs);
    return 0;
}
