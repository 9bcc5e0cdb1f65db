// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_windows_formats.h"

#include "bench_import_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

// A debug log as an en-US server writes it: one query per millisecond, its response in the
// same second; 1 in 20 NXDOMAIN.
void writeDebugLog(const QString &path, qint64 lookups)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buf =
        "DNS Server log file creation at 6/5/2013 10:00:00 AM\r\nLog file wrap at 6/5/2013 10:00:00 AM\r\n\r\n"
        "Message logging key (for packets - other items use a subset of these fields):\r\n\r\n";
    char line[512];
    for (qint64 i = 0; i < lookups; ++i) {
        const qint64 s = 36000 + i / 1000; // seconds since midnight, 6/5/2013
        const int day = 5 + int(s / 86400), hour = int(s % 86400 / 3600), minute = int(s % 3600 / 60),
                  second = int(s % 60);
        const int h12 = hour % 12 == 0 ? 12 : hour % 12;
        const char *half = hour < 12 ? "AM" : "PM";
        char stamp[40], name[80];
        std::snprintf(stamp, sizeof stamp, "6/%d/2013 %d:%02d:%02d %s", day, h12, minute, second, half);
        std::snprintf(name, sizeof name, "(4)host(%d)n%lld(7)example(3)com(0)",
                      int(std::to_string(i % 50000).size()) + 1, i % 50000);
        const int client = int(i % 500), xid = int(i * 40503 % 65536);
        const bool nx = i % 20 == 3;
        const int n = std::snprintf(
            line, sizeof line,
            "%s 0E70 PACKET  00000000033397A0 UDP Rcv 10.1.%d.%-9d %04x   Q [0001   D   NOERROR] A      %s\r\n"
            "%s 0E70 PACKET  00000000033397A0 UDP Snd 10.1.%d.%-9d %04x R Q [%s   DR  %s] A      %s\r\n",
            stamp, client / 250, client % 250, xid, name, stamp, client / 250, client % 250, xid, nx ? "8183" : "8081",
            nx ? "NXDOMAIN" : "NOERROR", name);
        buf.append(line, n);
        if (buf.size() > (1 << 22)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

// One row: medians of wall and CPU time, peak RSS, and count per second of wall and of CPU time.
void printRow(const char *what, const Series &s, double count, const char *unit)
{
    std::printf("| %s | %.2f s | %.2f s | %ld MB | %.0f %s/s | %.0f %s/s |\n", what, median(s.wall), median(s.user),
                s.maxRssKb / 1024, count / median(s.wall), unit, count / median(s.user), unit);
}

} // namespace

int benchWindowsDnsImport(const QStringList &args)
{
    const qint64 count = option(args, "--lookups", QStringLiteral("2000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString log = QStringLiteral("%1/windows-dns-%2.log").arg(dir).arg(count);
    if (!QFileInfo::exists(log)) {
        std::printf("generating %lld lookups (%lld PACKET lines) into %s ...\n", count, 2 * count, qPrintable(log));
        std::fflush(stdout);
        writeDebugLog(log, count);
    }
    std::printf("input: %lld lookups = %lld PACKET lines, %.0f MB; %d runs each, medians\n", count, 2 * count,
                double(QFileInfo(log).size()) / 1e6, runs);
    Series ours, floor;
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        floor.add(runChild({QStringLiteral("wc"), QStringLiteral("-l"), log}));
        const double load = loadAverage();
        const ChildRun d = importOnce(binary, dir, log, &records, {QStringLiteral("--tz"), QStringLiteral("UTC")});
        ours.add(d);
        std::printf("  run %d (load %.2f): dnstimeline import %.2f s (CPU %.2f s, %ld MB) = %.2f M lookups/s, %.2f M "
                    "lines/s\n",
                    r + 1, load, d.seconds, d.userSeconds + d.systemSeconds, d.maxRssKb / 1024,
                    double(count) / d.seconds / 1e6, double(2 * count) / d.seconds / 1e6);
        std::fflush(stdout);
    }
    if (records != count)
        std::printf("WARNING: %lld lookups imported, %lld expected\n", records, count);
    std::printf("\n| %lld lookups (load %.2f) | wall | CPU (user+sys) | peak RSS | rate (wall) | rate (CPU) "
                "|\n|---|---|---|---|---|---|\n",
                count, loadAverage());
    printRow("dnstimeline import", ours, double(count), "lookups");
    printRow("dnstimeline import", ours, double(2 * count), "PACKET lines");
    printRow("wc -l (floor)", floor, double(2 * count), "lines");
    return 0;
}

int benchEvtxImport(const QStringList &args)
{
    const qint64 events = option(args, "--events", QStringLiteral("200000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString gen = option(args, "--gen", QCoreApplication::applicationDirPath() + QStringLiteral("/gen_evtx"));
    const QString file = QStringLiteral("%1/events-%2.evtx").arg(dir).arg(events);
    if (!QFileInfo::exists(file)) {
        std::printf("generating %lld events into %s ...\n", events, qPrintable(file));
        std::fflush(stdout);
        if (runChild({gen, file, QStringLiteral("--events"), QString::number(events)}).status != 0)
            qFatal("%s failed", qPrintable(gen));
    }
    std::printf("input: %lld events, %.0f MB EVTX; %d runs each, medians\n", events,
                double(QFileInfo(file).size()) / 1e6, runs);
    Series ours, peer;
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        const double load = loadAverage();
        const ChildRun p = runChild({QStringLiteral("evtxexport"), file}, dir + QStringLiteral("/evtxexport.txt"));
        if (p.status != 0)
            qFatal("evtxexport failed (%d)", p.status);
        peer.add(p);
        const ChildRun d = importOnce(binary, dir, file, &records);
        ours.add(d);
        std::printf(
            "  run %d (load %.2f): evtxexport %.2f s (CPU %.2f s, %ld MB), dnstimeline import %.2f s (CPU %.2f s, "
            "%ld MB); ratio %.2f\n",
            r + 1, load, p.seconds, p.userSeconds + p.systemSeconds, p.maxRssKb / 1024, d.seconds,
            d.userSeconds + d.systemSeconds, d.maxRssKb / 1024, d.seconds / p.seconds);
        std::fflush(stdout);
    }
    std::printf("\n| %lld events, %lld lookups (load %.2f) | wall | CPU (user+sys) | peak RSS | events/s (wall) | "
                "events/s (CPU) |\n"
                "|---|---|---|---|---|---|\n",
                events, records, loadAverage());
    printRow("dnstimeline import", ours, double(events), "events");
    printRow("evtxexport > file", peer, double(events), "events");
    std::printf("\nratio (dnstimeline / evtxexport): %.2f wall, %.2f CPU (target <= 0.5 wall)\n",
                median(ours.wall) / median(peer.wall), median(ours.user) / median(peer.user));
    return 0;
}
