// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_log_formats.h"

#include "bench_child.h"
#include "bench_import_formats.h"
#include "bench_import_support.h"
#include "log_format_samples.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

struct Row {
    double wall = 0, cpu = 0, load = 0;
    long rssKb = 0;
};

// Imports input runs times with binary (and, when against is given, as many times with against,
// alternating, so that both see the same load); medians, the peak RSS and the highest load seen.
std::pair<Row, Row> measure(const QString &binary, const QString &against, const QString &dir, const QString &input,
                            int runs, qint64 expected)
{
    std::vector<double> wall[2], cpu[2];
    Row row[2];
    for (int r = 0; r < runs; ++r) {
        for (int which = 0; which < (against.isEmpty() ? 1 : 2); ++which) {
            qint64 records = 0;
            const ChildRun run = importOnce(which == 0 ? binary : against, dir, input, &records);
            if (records != expected)
                std::printf("WARNING: %s: %lld lookups imported, %lld expected\n",
                            qPrintable(QFileInfo(input).fileName()), static_cast<long long>(records),
                            static_cast<long long>(expected));
            wall[which].push_back(run.seconds);
            cpu[which].push_back(run.userSeconds + run.systemSeconds);
            row[which].rssKb = std::max(row[which].rssKb, run.maxRssKb);
            row[which].load = std::max(row[which].load, loadAverage());
        }
    }
    for (int which = 0; which < 2; ++which) {
        if (!wall[which].empty()) {
            row[which].wall = median(wall[which]);
            row[which].cpu = median(cpu[which]);
        }
    }
    return {row[0], row[1]};
}

} // namespace

int benchLogFormats(const QStringList &args)
{
    const qint64 lookups = option(args, "--lookups", QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = option(args, "--dir", QDir::tempPath() + QStringLiteral("/dnstl-bench"));
    QDir().mkpath(dir);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString against = option(args, "--against", QString());
    const QStringList formats =
        option(args, "--formats", LogFormatSamples::formats().join(QLatin1Char(','))).split(QLatin1Char(','));
    std::printf(
        "%lld lookups per format, medians of %d runs of dnstimeline import (load %.1f at the start)\n"
        "lookups/s by wall time and per CPU second (user+sys, all threads); x Zeek: the format's speed over "
        "Zeek TSV's in this run (above 1: faster)\n\n"
        "| format | file | wall | CPU | lookups/s | per CPU s | x Zeek (wall) | x Zeek (CPU) | lines/s | peak RSS "
        "| load | wc -l |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n",
        static_cast<long long>(lookups), runs, loadAverage());
    Row peer;
    QStringList before; // the --against rows
    auto row = [&](const QString &name, const QString &file, qint64 lines) {
        const auto [r, old] = measure(binary, against, dir, file, runs, lookups);
        if (peer.wall == 0)
            peer = r;
        if (old.wall > 0)
            before.append(QStringLiteral("| %1 | %2 s | %3 s | %4 s | %5 s | %6 | %7 | %8 MB | %9 MB |")
                              .arg(name)
                              .arg(old.wall, 0, 'f', 2)
                              .arg(r.wall, 0, 'f', 2)
                              .arg(old.cpu, 0, 'f', 2)
                              .arg(r.cpu, 0, 'f', 2)
                              .arg(old.wall / r.wall, 0, 'f', 2)
                              .arg(old.cpu / r.cpu, 0, 'f', 2)
                              .arg(old.rssKb / 1024)
                              .arg(r.rssKb / 1024));
        const ChildRun wc = runChild({QStringLiteral("wc"), QStringLiteral("-l"), file});
        std::printf(
            "| %s | %.0f MB | %.2f s | %.2f s | %.2f M | %.2f M | %.2f | %.2f | %.2f M | %ld MB | %.1f | %.2f s |\n",
            qPrintable(name), double(QFileInfo(file).size()) / 1e6, r.wall, r.cpu, double(lookups) / r.wall / 1e6,
            double(lookups) / r.cpu / 1e6, peer.wall / r.wall, peer.cpu / r.cpu, double(lines) / r.wall / 1e6,
            r.rssKb / 1024, r.load, wc.seconds);
        std::fflush(stdout);
    };
    const QString zeek = QStringLiteral("%1/zeek-dns-%2.log").arg(dir).arg(lookups);
    if (!QFileInfo::exists(zeek))
        writeZeekLog(zeek, lookups);
    row(QStringLiteral("zeek (TSV, the peer)"), zeek, lookups);
    for (const QString &format : formats) {
        const QString file = QStringLiteral("%1/%2-%3.log").arg(dir, format).arg(lookups);
        const QString linesFile = file + QStringLiteral(".lines");
        qint64 lines = 0;
        if (!QFileInfo::exists(file) || !QFileInfo::exists(linesFile)) {
            lines = LogFormatSamples::write(format, lookups, file);
            QFile f(linesFile);
            if (f.open(QIODevice::WriteOnly))
                f.write(QByteArray::number(lines));
        } else {
            QFile f(linesFile);
            if (f.open(QIODevice::ReadOnly))
                lines = f.readAll().toLongLong();
        }
        row(format, file, lines);
    }
    if (!before.isEmpty())
        std::printf("\nAgainst %s, runs alternating with the ones above (medians; above 1: faster now)\n\n"
                    "| format | wall before | wall now | CPU before | CPU now | x wall | x CPU | RSS before | RSS now "
                    "|\n|---|---|---|---|---|---|---|---|---|\n%s\n",
                    qPrintable(against), qPrintable(before.join(QLatin1Char('\n'))));
    return 0;
}
