// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_zeek_json.h"

#include "bench_import_support.h"
#include "flat_zeek_json_importer.h"
#include "zeek_json_importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

// Counts the lookups and folds every field and answer into a hash, so that both importers
// must give the same lookups, not only as many.
class HashingSink : public RecordSink {
public:
    void add(const RawLookup &l) override
    {
        ++records;
        mix(QByteArrayView(reinterpret_cast<const char *>(&l.tsUs), sizeof l.tsUs));
        for (QByteArrayView v : {l.client, l.qname, l.qtype, l.rcode, l.server})
            mix(v);
        for (const RawAnswer &a : l.answers) {
            mix(a.type);
            mix(a.rdata);
            mix(QByteArrayView(reinterpret_cast<const char *>(&a.ttl), sizeof a.ttl));
        }
    }
    qint64 records = 0;
    quint64 hash = 1469598103934665603ULL;

private:
    void mix(QByteArrayView v) // FNV-1a, with the length so that fields cannot run together
    {
        for (char c : v)
            hash = (hash ^ quint8(c)) * 1099511628211ULL;
        hash = (hash ^ quint64(v.size())) * 1099511628211ULL;
    }
};

struct Reading {
    qint64 records = 0, rejected = 0;
    quint64 hash = 0;
    double seconds = 0;
    ChildRun child;
};

Reading readInChild(const QString &importer, const QString &file, const QString &dir)
{
    const QString out = dir + QStringLiteral("/zeek-json-read.out");
    Reading r;
    r.child =
        runChild({QCoreApplication::applicationFilePath(), QStringLiteral("zeek-json-read"), importer, file}, out);
    QFile f(out);
    if (r.child.status != 0 || !f.open(QIODevice::ReadOnly))
        qFatal("zeek-json-read %s %s failed", qPrintable(importer), qPrintable(file));
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    if (fields.size() != 4)
        qFatal("zeek-json-read gave no figures");
    r.records = fields[0].toLongLong();
    r.rejected = fields[1].toLongLong();
    r.hash = fields[2].toULongLong();
    r.seconds = fields[3].toDouble();
    return r;
}

void measure(const char *what, const QString &file, const QString &dir, int runs)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    qint64 lines = 0;
    while (!f.atEnd())
        lines += f.read(1 << 22).count('\n');
    const double mb = double(f.size()) / 1e6;
    const QString importers[] = {QStringLiteral("flat"), QStringLiteral("simdjson")};
    std::vector<double> seconds[2];
    long rss[2] = {0, 0};
    Reading first[2];
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < 2; ++i) {
            const Reading r = readInChild(importers[i], file, dir);
            seconds[i].push_back(r.seconds);
            rss[i] = std::max(rss[i], r.child.maxRssKb);
            if (run == 0)
                first[i] = r;
        }
    }
    if (first[0].records != first[1].records || first[0].rejected != first[1].rejected ||
        first[0].hash != first[1].hash)
        qFatal("the importers differ on %s: %lld/%lld lookups, %lld/%lld rejected", what,
               static_cast<long long>(first[0].records), static_cast<long long>(first[1].records),
               static_cast<long long>(first[0].rejected), static_cast<long long>(first[1].rejected));
    for (int i = 0; i < 2; ++i) {
        const double s = median(seconds[i]);
        std::printf("| %s | %s | %.2f M lines/s | %.0f MB/s | %.3f s | %ld MB |\n", what,
                    i ? "simdjson DOM, in place (ZeekJsonImporter)" : "FlatJsonScanner (before)",
                    double(lines) / s / 1e6, mb / s, s, rss[i] / 1024);
    }
    std::printf("|  | (%lld lines, %.0f MB, %lld lookups, %lld rejected, the same in both; load %.1f) | | | | |\n",
                static_cast<long long>(lines), mb, static_cast<long long>(first[1].records),
                static_cast<long long>(first[1].rejected), loadAverage());
    std::fflush(stdout);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

int benchZeekJsonRead(const QStringList &args)
{
    if (args.size() < 4)
        qFatal("usage: dnstimeline_bench zeek-json-read simdjson|flat FILE");
    QFile file(args[3]);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(args[3]));
    const ZeekJsonImporter simdjson;
    const FlatZeekJsonImporter flat;
    const Importer &importer = args[2] == QLatin1String("flat") ? static_cast<const Importer &>(flat) : simdjson;
    HashingSink sink;
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.read(file, {}, sink, {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.error)
        qFatal("%s", qPrintable(report.error->message()));
    std::printf("%lld %lld %llu %.6f\n", static_cast<long long>(sink.records), static_cast<long long>(report.rejected),
                static_cast<unsigned long long>(sink.hash), seconds);
    return 0;
}

int benchZeekJson(const QStringList &args)
{
    const QString corpus = option(args, "--corpus", QStringLiteral(DNSTL_CORPUS_DIR));
    const int copies = std::max(1, option(args, "--copies", QStringLiteral("10")).toInt());
    const qint64 lookups = option(args, "--lookups", QStringLiteral("2000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("5")).toInt());
    const QString dir = benchDir(args);
    std::printf("zeek-json importer, before and after simdjson: medians of %d runs (load %.1f at the start)\n\n"
                "| input | importer | lines/s | MB/s | time | peak RSS |\n|---|---|---|---|---|---|\n",
                runs, loadAverage());
    const QString corpusJson = dir + QStringLiteral("/zeek-corpus.json");
    writeFile(corpusJson, zeekJsonFromTsv(readGzipFile(corpus + QStringLiteral("/zeek/dns.log.gz"))).repeated(copies));
    measure("real corpus (zeek/dns.log.gz as JSON)", corpusJson, dir, runs);
    const QString tsv = dir + QStringLiteral("/zeek-synthetic.log"),
                  json = dir + QStringLiteral("/zeek-synthetic.json");
    writeZeekLog(tsv, lookups);
    QFile in(tsv);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsv));
    writeFile(json, zeekJsonFromTsv(in.readAll()));
    in.close();
    QFile::remove(tsv);
    measure("synthetic (writeZeekLog as JSON)", json, dir, runs);
    QFile::remove(corpusJson);
    QFile::remove(json);
    return 0;
}
