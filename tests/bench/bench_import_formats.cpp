// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_import_formats.h"

#include "bench_child.h"
#include "bench_import_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

// Runs the generator argv to write path, unless path exists (inputs are made once and reused).
void generateOnce(const QString &path, const QStringList &argv)
{
    if (QFileInfo::exists(path))
        return;
    std::printf("generating %s: %s ...\n", qPrintable(path), qPrintable(argv.join(QLatin1Char(' '))));
    std::fflush(stdout);
    if (runChild(argv).status != 0)
        qFatal("%s failed", qPrintable(argv.first()));
}

// The load averages (1, 5, 15 min): the machine is shared, so every figure says how busy it was.
QString loadAverages()
{
    double load[3] = {0, 0, 0};
    return getloadavg(load, 3) == 3
        ? QStringLiteral("%1 %2 %3").arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2)
        : QStringLiteral("unknown");
}

// --baseline PATH: another dnstimeline build (main's, say) imported the same file in the same
// runs, alternating with ours, so that a change is measured at one load.
struct Baseline {
    explicit Baseline(const QString &path) : binary(path) {}
    QString binary;
    Series runs;
    qint64 records = 0;
    bool enabled() const { return !binary.isEmpty(); }
    void run(const QString &dir, const QString &input)
    {
        if (!enabled())
            return;
        const ChildRun b = importOnce(binary, dir, input, &records);
        runs.add(b);
        std::printf("  run %zu: baseline import %.2f s (CPU %.2f s, %ld MB); load %s\n", runs.wall.size(), b.seconds,
                    b.userSeconds + b.systemSeconds, b.maxRssKb / 1024, qPrintable(loadAverages()));
        std::fflush(stdout);
    }
    void printRow(qint64 n) const
    {
        if (enabled())
            ::printRow("baseline import (--baseline)", median(runs.wall), median(runs.user), runs.maxRssKb,
                       double(n) / median(runs.wall), double(n) / median(runs.user));
    }
    void printRatio(const Series &ours) const
    {
        if (enabled())
            std::printf("ratio (dnstimeline / baseline): %.3fx wall, %.3fx CPU\n",
                        median(ours.wall) / median(runs.wall), median(ours.user) / median(runs.user));
    }
};

} // namespace

// A Zeek dns.log in the default TSV layout: 1,000 records per second from 1,000 clients to
// two resolvers, 50,000 names, qtypes A/AAAA/MX, 5 % NXDOMAIN; every 100th record is written
// 0.4 s late, as Zeek does for slow answers.
void writeZeekLog(const QString &path, qint64 records)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buf =
        "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tdns\n"
        "#open\t2018-03-24-17-15-20\n"
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\t"
        "qclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected\n"
        "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\t"
        "string\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool\n";
    char line[400];
    for (qint64 i = 0; i < records; ++i) {
        const qint64 us = 1521911720000000LL + i * 1000 - (i % 100 == 7 ? 400000 : 0);
        const bool aaaa = i % 2, mx = i % 10 == 9, nx = i % 20 == 3;
        const char *qtype = mx ? "15\tMX" : aaaa ? "28\tAAAA" : "1\tA";
        const int n = std::snprintf(
            line, sizeof line,
            "%lld.%06lld\tC%015llx\t10.47.%d.%d\t%d\t10.0.0.%d\t53\tudp\t%d\t0.000870\thost%lld.example%lld.com\t1\t"
            "C_INTERNET\t%s\t%s\tF\tF\tT\tT\t0\t%s\t%s\tF\n",
            us / 1000000, us % 1000000, (unsigned long long)(i * 2654435761u), int(i % 1000 / 250), int(i % 250),
            1024 + int(i * 7 % 60000), 100 + int(i % 2), int(i * 40503 % 65536), i % 50000, i % 7, qtype,
            nx ? "3\tNXDOMAIN" : "0\tNOERROR",
            nx         ? "-"
                : aaaa ? "2001:db8::1"
                : mx   ? "mx.example.com"
                       : "192.0.2.1",
            nx ? "-" : "300.000000");
        buf.append(line, n);
        if (buf.size() > (1 << 22)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

int benchPcapImport(const QStringList &args)
{
    const qint64 queries = option(args, "--queries", QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString tshark = option(args, "--tshark", QStringLiteral("tshark"));
    const QString gen = option(args, "--gen", QCoreApplication::applicationDirPath() + QStringLiteral("/gen_dns_pcap"));
    Baseline baseline(option(args, "--baseline", QString()));
    const QString capture = QStringLiteral("%1/queries-%2.pcap").arg(dir).arg(queries);
    generateOnce(capture, {gen, QString::number(queries), capture});
    std::printf("input: %lld DNS queries (and their responses), %.0f MB pcap; %d runs each, medians; load %s\n",
                queries, double(QFileInfo(capture).size()) / 1e6, runs, qPrintable(loadAverages()));
    Series ours, peer;
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        const ChildRun t = runChild({tshark, QStringLiteral("-r"), capture, QStringLiteral("-q"), QStringLiteral("-z"),
                                     QStringLiteral("io,stat,3600")});
        if (t.status != 0)
            qFatal("tshark failed (%d)", t.status);
        peer.add(t);
        const ChildRun d = importOnce(binary, dir, capture, &records);
        ours.add(d);
        std::printf("  run %d: tshark %.2f s (CPU %.2f s), dnstimeline import %.2f s (CPU %.2f s, %ld MB); %.3fx its "
                    "time; load %s\n",
                    r + 1, t.seconds, t.userSeconds + t.systemSeconds, d.seconds, d.userSeconds + d.systemSeconds,
                    d.maxRssKb / 1024, d.seconds / t.seconds, qPrintable(loadAverages()));
        std::fflush(stdout);
        baseline.run(dir, capture);
    }
    if (records != queries)
        std::printf("WARNING: %lld lookups imported, %lld expected\n", records, queries);
    const double ourWall = median(ours.wall), peerWall = median(peer.wall);
    const double ourCpu = median(ours.user), peerCpu = median(peer.user);
    std::printf("\n| %lld queries | wall | CPU (user+sys) | peak RSS | queries/s (wall) | queries/s (CPU) |\n"
                "|---|---|---|---|---|---|\n",
                queries);
    printRow("dnstimeline import", ourWall, ourCpu, ours.maxRssKb, double(queries) / ourWall, double(queries) / ourCpu);
    printRow("tshark -q -z io,stat,3600", peerWall, peerCpu, peer.maxRssKb, double(queries) / peerWall,
             double(queries) / peerCpu);
    baseline.printRow(queries);
    std::printf("\nratio (dnstimeline / tshark): %.3fx wall, %.3fx CPU (tshark %.1fx slower by wall time)\n",
                ourWall / peerWall, ourCpu / peerCpu, peerWall / ourWall);
    baseline.printRatio(ours);
    return 0;
}

int benchZeekImport(const QStringList &args)
{
    const qint64 count = option(args, "--records", QStringLiteral("3000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    Baseline baseline(option(args, "--baseline", QString()));
    const QString log = QStringLiteral("%1/zeek-dns-%2.log").arg(dir).arg(count);
    if (!QFileInfo::exists(log)) {
        std::printf("generating %lld Zeek records into %s ...\n", count, qPrintable(log));
        std::fflush(stdout);
        writeZeekLog(log, count);
    }
    std::printf("input: %lld Zeek dns.log records, %.0f MB TSV; %d runs each, medians\n", count,
                double(QFileInfo(log).size()) / 1e6, runs);
    Series ours, floor;
    qint64 records = 0;
    for (int r = 0; r < runs; ++r) {
        floor.add(runChild({QStringLiteral("wc"), QStringLiteral("-l"), log}));
        const ChildRun d = importOnce(binary, dir, log, &records);
        ours.add(d);
        std::printf(
            "  run %d: dnstimeline import %.2f s (user+sys CPU %.2f s, user %.2f s, %ld MB) = %.2f M records/s\n",
            r + 1, d.seconds, d.userSeconds + d.systemSeconds, d.userSeconds, d.maxRssKb / 1024,
            double(count) / d.seconds / 1e6);
        std::fflush(stdout);
        baseline.run(dir, log);
    }
    if (records != count)
        std::printf("WARNING: %lld records imported, %lld expected\n", records, count);
    std::printf("\n| %lld records | wall | CPU (user+sys) | peak RSS | records/s (wall) | records/s (CPU) |\n"
                "|---|---|---|---|---|---|\n",
                count);
    printRow("dnstimeline import", median(ours.wall), median(ours.user), ours.maxRssKb,
             double(count) / median(ours.wall), double(count) / median(ours.user));
    printRow("wc -l (floor)", median(floor.wall), median(floor.user), floor.maxRssKb,
             double(count) / median(floor.wall), double(count) / median(floor.user));
    baseline.printRow(count);
    baseline.printRatio(ours);
    return 0;
}

int benchDnstapImport(const QStringList &args)
{
    const qint64 messages = option(args, "--messages", QStringLiteral("2000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString reader = option(args, "--dnstap-read", QStringLiteral("dnstap-read"));
    const QString gen = option(args, "--gen", QCoreApplication::applicationDirPath() + QStringLiteral("/gen_dnstap"));
    const QString source = option(args, "--source", QString());
    const QString file = QStringLiteral("%1/messages-%2.dnstap").arg(dir).arg(messages);
    if (source.isEmpty() && !QFileInfo::exists(file))
        qFatal("--source FILE (a real dnstap file to replay: tests/data/dnstap/unbound_resolver.dnstap) is needed");
    generateOnce(file, {gen, source, QString::number(messages), file});
    std::printf("input: %lld dnstap messages, %.0f MB; %d runs each, medians; load %s\n", messages,
                double(QFileInfo(file).size()) / 1e6, runs, qPrintable(loadAverages()));
    Series ours, peer;
    qint64 lookups = 0;
    for (int r = 0; r < runs; ++r) {
        const ChildRun t = runChild({reader, QStringLiteral("-y"), file});
        if (t.status != 0)
            qFatal("dnstap-read -y failed (%d)", t.status);
        peer.add(t);
        const ChildRun d = importOnce(binary, dir, file, &lookups);
        ours.add(d);
        std::printf(
            "  run %d: dnstap-read -y %.2f s (CPU %.2f s), dnstimeline import %.2f s (CPU %.2f s, %ld MB) = %.2f M "
            "messages/s; %.3fx of dnstap-read's time; load %s\n",
            r + 1, t.seconds, t.userSeconds + t.systemSeconds, d.seconds, d.userSeconds + d.systemSeconds,
            d.maxRssKb / 1024, double(messages) / d.seconds / 1e6, d.seconds / t.seconds, qPrintable(loadAverages()));
        std::fflush(stdout);
    }
    std::printf("%lld lookups from %lld messages\n", lookups, messages);
    const double ourWall = median(ours.wall), peerWall = median(peer.wall);
    std::printf("\n| %lld messages | wall | CPU (user+sys) | peak RSS | messages/s (wall) | messages/s (CPU) |\n"
                "|---|---|---|---|---|---|\n",
                messages);
    printRow("dnstimeline import", ourWall, median(ours.user), ours.maxRssKb, double(messages) / ourWall,
             double(messages) / median(ours.user));
    printRow("dnstap-read -y", peerWall, median(peer.user), peer.maxRssKb, double(messages) / peerWall,
             double(messages) / median(peer.user));
    std::printf("\nratio (dnstimeline / dnstap-read): %.3fx wall; load at the end %s\n", ourWall / peerWall,
                qPrintable(loadAverages()));
    return 0;
}
