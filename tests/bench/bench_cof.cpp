// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_cof.h"

#include "bench_child.h"
#include "bench_import_support.h"
#include "flat_cof_importer.h"
#include "importer_duel.h"
#include "passive_dns_importer.h"

#include <QFile>

#include <cstdio>

namespace {

constexpr DuelSide kSides[2] = {{"flat", "FlatJsonScanner (before)"},
                                {"simdjson", "simdjson DOM, in place (PassiveDnsImporter)"}};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArray data = f.readAll();
    if (!data.endsWith('\n'))
        data += '\n';
    return data;
}

// records rrsets as COF JSON lines, as passive DNS exports write them: a name, a type, times,
// a count, a bailiwick and an rdata array of 1 to 8 values (IPv4 addresses, name servers, mail
// exchangers, TXT strings with escaped quotes); every third wrapped in Farsight's {"obj":…}
// with a sensor id and millisecond times beside it. Deterministic.
void writeCofLines(const QString &path, qint64 records)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    static const char *const kTypes[] = {"A", "NS", "MX", "TXT"};
    quint64 state = 88172645463325252ULL;
    const auto next = [&state] { // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QByteArray line, chunk;
    for (qint64 i = 0; i < records; ++i) {
        const quint64 r = next();
        const int type = int(r % 4), values = 1 + int((r >> 8) % 8);
        const qint64 first = 1500000000 + qint64((r >> 16) % 200000000);
        const QByteArray zone = "zone" + QByteArray::number((r >> 40) % 5000) + ".example";
        line = "{\"count\":" + QByteArray::number((r >> 24) % 100000) + ",\"time_first\":" + QByteArray::number(first) +
            ",\"time_last\":" + QByteArray::number(first + qint64((r >> 32) % 9000000)) + ",\"rrtype\":\"" +
            kTypes[type] + "\",\"rrname\":\"host" + QByteArray::number(i % 250000) + "." + zone +
            ".\",\"bailiwick\":\"" + zone + ".\",\"rdata\":[";
        for (int v = 0; v < values; ++v) {
            const quint64 x = next();
            if (v)
                line += ',';
            switch (type) {
            case 0:
                line += '"' + QByteArray::number(x & 0xff) + '.' + QByteArray::number((x >> 8) & 0xff) + '.' +
                    QByteArray::number((x >> 16) & 0xff) + '.' + QByteArray::number((x >> 24) & 0xff) + '"';
                break;
            case 1:
                line += "\"ns" + QByteArray::number(v + 1) + ".dns" + QByteArray::number(x % 900) + ".example.net.\"";
                break;
            case 2:
                line +=
                    '"' + QByteArray::number(10 * (v + 1)) + " mx" + QByteArray::number(x % 90) + '.' + zone + ".\"";
                break;
            default:
                line += "\"\\\"v=spf1 include:_spf" + QByteArray::number(x % 70) + ".example.com -all\\\"\"";
            }
        }
        line += "]}";
        if (i % 3 == 0)
            line = "{\"cond\":\"ongoing\",\"obj\":" + line + ",\"sensor_id\":\"s" + QByteArray::number(r % 40) +
                "\",\"time_first_ms\":" + QByteArray::number(first * 1000) + "}";
        chunk += line + '\n';
        if (chunk.size() > (1 << 22)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    if (f.write(chunk) != chunk.size() || !f.flush())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

int benchCofRead(const QStringList &args)
{
    if (args.size() < 4)
        qFatal("usage: dnstimeline_bench cof-read simdjson|flat FILE");
    const PassiveDnsImporter simdjson;
    const FlatCofImporter flat;
    return duelRead(args[2] == QLatin1String("flat") ? static_cast<const Importer &>(flat) : simdjson, args[3]);
}

int benchCof(const QStringList &args)
{
    const int copies = std::max(1, option(args, "--copies", QStringLiteral("100000")).toInt());
    const qint64 records = option(args, "--records", QStringLiteral("1500000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("5")).toInt());
    const QString dir = benchDir(args);
    std::printf("cof importer, before and after simdjson: medians of %d runs (load %.1f at the start)\n\n"
                "| input | importer | lines/s | records/s | MB/s | time | peak RSS |\n|---|---|---|---|---|---|---|\n",
                runs, loadAverage());
    const QString data = QStringLiteral(DNSTL_TEST_DATA_DIR);
    const QString fixtures = dir + QStringLiteral("/cof-fixtures.jsonl");
    writeBenchFile(fixtures,
                   (readFile(data + QStringLiteral("/cof/simple.jsonl")) +
                    readFile(data + QStringLiteral("/cof/farsight.jsonl")) +
                    readFile(data + QStringLiteral("/zeek/passive_dns_cof.json")))
                       .repeated(copies));
    duelMeasure("cof-read", kSides, "the COF fixtures, repeated", fixtures, dir, runs);
    QFile::remove(fixtures);
    const QString synthetic = dir + QStringLiteral("/cof-synthetic.jsonl");
    writeCofLines(synthetic, records);
    duelMeasure("cof-read", kSides, "synthetic rrsets with rdata arrays (writeCofLines)", synthetic, dir, runs);
    QFile::remove(synthetic);
    return 0;
}
