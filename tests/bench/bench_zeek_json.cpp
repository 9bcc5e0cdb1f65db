// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_zeek_json.h"

#include "bench_import_support.h"
#include "flat_zeek_json_importer.h"
#include "importer_duel.h"
#include "zeek_json_importer.h"

#include <QFile>

#include <cstdio>

namespace {

constexpr DuelSide kSides[2] = {{"flat", "FlatJsonScanner (before)"},
                                {"simdjson", "simdjson DOM, in place (ZeekJsonImporter)"}};

} // namespace

int benchZeekJsonRead(const QStringList &args)
{
    if (args.size() < 4)
        qFatal("usage: dnstimeline_bench zeek-json-read simdjson|flat FILE");
    const ZeekJsonImporter simdjson;
    const FlatZeekJsonImporter flat;
    return duelRead(args[2] == QLatin1String("flat") ? static_cast<const Importer &>(flat) : simdjson, args[3]);
}

int benchZeekJson(const QStringList &args)
{
    const QString corpus = option(args, "--corpus", QStringLiteral(DNSTL_CORPUS_DIR));
    const int copies = std::max(1, option(args, "--copies", QStringLiteral("10")).toInt());
    const qint64 lookups = option(args, "--lookups", QStringLiteral("2000000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("5")).toInt());
    const QString dir = benchDir(args);
    std::printf("zeek-json importer, before and after simdjson: medians of %d runs (load %.1f at the start)\n\n"
                "| input | importer | lines/s | records/s | MB/s | time | peak RSS |\n|---|---|---|---|---|---|---|\n",
                runs, loadAverage());
    const QString corpusJson = dir + QStringLiteral("/zeek-corpus.json");
    writeBenchFile(corpusJson,
                   zeekJsonFromTsv(readGzipFile(corpus + QStringLiteral("/zeek/dns.log.gz"))).repeated(copies));
    duelMeasure("zeek-json-read", kSides, "real corpus (zeek/dns.log.gz as JSON)", corpusJson, dir, runs);
    const QString tsv = dir + QStringLiteral("/zeek-synthetic.log"),
                  json = dir + QStringLiteral("/zeek-synthetic.json");
    writeZeekLog(tsv, lookups);
    QFile in(tsv);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsv));
    writeBenchFile(json, zeekJsonFromTsv(in.readAll()));
    in.close();
    QFile::remove(tsv);
    duelMeasure("zeek-json-read", kSides, "synthetic (writeZeekLog as JSON)", json, dir, runs);
    QFile::remove(corpusJson);
    QFile::remove(json);
    return 0;
}
