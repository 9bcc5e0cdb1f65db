// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_import_formats.h"

#include "bench_child.h"
#include "gzip_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

QString option(const QStringList &args, const char *name, const QString &fallback)
{
    const qsizetype i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

QString benchDir(const QStringList &args)
{
    const QString dir = option(args, "--dir", QDir::tempPath() + QStringLiteral("/dnstl-bench"));
    QDir().mkpath(dir);
    return dir;
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// Runs `dnstimeline import STORE FILE` into a fresh store; returns the run and the records
// it reports, failing loudly when the import fails; *storeBytes, when given, gets the size of
// the store (file and WAL) the import left.
ChildRun importOnce(const QString &binary, const QString &dir, const QString &input, qint64 *records,
                    qint64 *storeBytes = nullptr)
{
    const QString store = dir + QStringLiteral("/bench-import.dnstl"), out = dir + QStringLiteral("/import.json");
    removeStore(store);
    const ChildRun run = runChild({binary, QStringLiteral("import"), store, input}, out);
    if (run.status != 0)
        qFatal("dnstimeline import %s failed (%d)", qPrintable(input), run.status);
    QFile json(out);
    if (json.open(QIODevice::ReadOnly))
        *records = QJsonDocument::fromJson(json.readLine()).object().value(QStringLiteral("records")).toInteger();
    if (storeBytes)
        *storeBytes = QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
    removeStore(store);
    return run;
}

struct Series {
    std::vector<double> wall, user;
    long maxRssKb = 0;
    void add(const ChildRun &run)
    {
        wall.push_back(run.seconds);
        user.push_back(run.userSeconds + run.systemSeconds);
        maxRssKb = std::max(maxRssKb, run.maxRssKb);
    }
};

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

// The corpus's Zeek dns.log (gzip) `copies` times over, each copy shifted after the one before,
// into two logs: as it is, and without its answers and TTLs columns (what the import stored
// before answers were kept).
void writeAnswerLogs(const QString &corpus, int copies, const QString &withAnswers, const QString &without)
{
    QFile in(corpus);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(corpus));
    GzipReader gunzip(in);
    const QList<QByteArray> lines = gunzip.readAll().split('\n');
    QList<QByteArray> header, records;
    int answersColumn = -1;
    for (const QByteArray &line : lines) {
        if (line.startsWith("#fields"))
            answersColumn = int(line.split('\t').indexOf("answers")) - 1; // #fields is not a column
        if (line.startsWith('#'))
            header.append(line);
        else if (!line.isEmpty())
            records.append(line);
    }
    if (answersColumn < 0 || records.isEmpty())
        qFatal("%s is not a Zeek dns.log with an answers column", qPrintable(corpus));
    const auto drop = [answersColumn](const QByteArray &line, int offset) {
        QList<QByteArray> f = line.split('\t');
        f.remove(answersColumn + offset, 2); // answers, TTLs
        return f.join('\t');
    };
    double first = records.front().left(records.front().indexOf('\t')).toDouble(), last = first;
    for (const QByteArray &r : records)
        last = std::max(last, r.left(r.indexOf('\t')).toDouble());
    QFile a(withAnswers), b(without);
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        qFatal("cannot write the answer logs");
    for (const QByteArray &h : header) {
        a.write(h + '\n');
        b.write((h.startsWith("#fields") || h.startsWith("#types") ? drop(h, 1) : h) + '\n');
    }
    for (int copy = 0; copy < copies; ++copy) {
        const double shift = copy * (last - first + 3600);
        QByteArray bufA, bufB;
        for (const QByteArray &r : records) {
            const qsizetype tab = r.indexOf('\t');
            const QByteArray line = QByteArray::number(r.left(tab).toDouble() + shift, 'f', 6) + r.mid(tab);
            bufA += line + '\n';
            bufB += drop(line, 0) + '\n';
        }
        a.write(bufA);
        b.write(bufB);
    }
}

void printRow(const char *what, double wall, double cpu, long rssKb, double perWall, double perCpu)
{
    std::printf("| %s | %.2f s | %.2f s | %ld MB | %.2f M/s | %.2f M/s |\n", what, wall, cpu, rssKb / 1024,
                perWall / 1e6, perCpu / 1e6);
}

} // namespace

int benchPcapImport(const QStringList &args)
{
    const qint64 queries = option(args, "--queries", QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    const QString tshark = option(args, "--tshark", QStringLiteral("tshark"));
    const QString gen = option(args, "--gen", QCoreApplication::applicationDirPath() + QStringLiteral("/gen_dns_pcap"));
    const QString capture = QStringLiteral("%1/queries-%2.pcap").arg(dir).arg(queries);
    if (!QFileInfo::exists(capture)) {
        std::printf("generating %lld queries into %s ...\n", queries, qPrintable(capture));
        std::fflush(stdout);
        if (runChild({gen, QString::number(queries), capture}).status != 0)
            qFatal("%s failed", qPrintable(gen));
    }
    std::printf("input: %lld DNS queries (and their responses), %.0f MB pcap; %d runs each, medians\n", queries,
                double(QFileInfo(capture).size()) / 1e6, runs);
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
        std::printf("  run %d: tshark %.2f s (CPU %.2f s), dnstimeline import %.2f s (CPU %.2f s, %ld MB); %.1fx\n",
                    r + 1, t.seconds, t.userSeconds + t.systemSeconds, d.seconds, d.userSeconds + d.systemSeconds,
                    d.maxRssKb / 1024, t.seconds / d.seconds);
        std::fflush(stdout);
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
    std::printf("\nratio (tshark / dnstimeline): %.1fx wall, %.1fx CPU\n", peerWall / ourWall, peerCpu / ourCpu);
    return 0;
}

int benchZeekImport(const QStringList &args)
{
    const qint64 count = option(args, "--records", QStringLiteral("3000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("3")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
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
    return 0;
}

int benchAnswers(const QStringList &args)
{
    const QString corpus =
        option(args, "--corpus", QStringLiteral(DNSTL_CORPUS_DIR "/zeek/dns.log.gz")); // set by CMake
    const int copies = std::max(1, option(args, "--copies", QStringLiteral("20")).toInt());
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("5")).toInt());
    const QString dir = benchDir(args);
    const QString binary = option(args, "--dnstimeline", QStringLiteral("dnstimeline"));
    std::printf("load average before: %.2f\n", loadAverage());
    // The corpus itself, once: the store's extra bytes per lookup for its answers.
    const QString one = dir + QStringLiteral("/answers-1.log"), oneBare = dir + QStringLiteral("/no-answers-1.log");
    writeAnswerLogs(corpus, 1, one, oneBare);
    qint64 records = 0, bare = 0, withSets = 0, bareRecords = 0;
    importOnce(binary, dir, oneBare, &bareRecords, &bare);
    importOnce(binary, dir, one, &records, &withSets);
    std::printf("corpus (%lld lookups): store %lld bytes without answers, %lld with: %.2f extra bytes per lookup\n",
                records, bare, withSets, double(withSets - bare) / double(records));
    // Speed: the corpus many times over, with and without answers, alternating.
    const QString many = QStringLiteral("%1/answers-%2.log").arg(dir).arg(copies);
    const QString manyBare = QStringLiteral("%1/no-answers-%2.log").arg(dir).arg(copies);
    writeAnswerLogs(corpus, copies, many, manyBare);
    Series with, without;
    qint64 sizeWith = 0, sizeWithout = 0;
    for (int r = 0; r < runs; ++r) {
        without.add(importOnce(binary, dir, manyBare, &bareRecords, &sizeWithout));
        with.add(importOnce(binary, dir, many, &records, &sizeWith));
        std::printf("  run %d: without answers %.2f s, with %.2f s (load %.2f)\n", r + 1, without.wall.back(),
                    with.wall.back(), loadAverage());
        std::fflush(stdout);
    }
    if (records != bareRecords)
        std::printf("WARNING: %lld and %lld records imported\n", records, bareRecords);
    std::printf(
        "\n| %lld lookups (corpus x %d) | wall | CPU (user+sys) | peak RSS | lookups/s (wall) | lookups/s (CPU) "
        "|\n|---|---|---|---|---|---|\n",
        records, copies);
    printRow("without answers and TTLs", median(without.wall), median(without.user), without.maxRssKb,
             double(records) / median(without.wall), double(records) / median(without.user));
    printRow("with answers and TTLs", median(with.wall), median(with.user), with.maxRssKb,
             double(records) / median(with.wall), double(records) / median(with.user));
    std::printf("\nspeed with answers: %.1f %% of without (wall), %.1f %% (CPU); store %.2f extra bytes per lookup\n",
                100 * median(without.wall) / median(with.wall), 100 * median(without.user) / median(with.user),
                double(sizeWith - sizeWithout) / double(records));
    std::printf("load average after: %.2f\n", loadAverage());
    return 0;
}
