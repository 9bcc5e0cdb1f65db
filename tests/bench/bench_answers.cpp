// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_answers.h"

#include "bench_import_support.h"
#include "gzip_reader.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace {

// The corpus's Zeek dns.log (gzip) `copies` times over, each copy shifted after the one before,
// into two logs of the same bytes: as it is, and with its answers and TTLs columns renamed in
// the #fields line so that the importer reads past them, as it did before answers were kept.
void writeAnswerLogs(const QString &corpus, int copies, const QString &withAnswers, const QString &without)
{
    QFile in(corpus);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(corpus));
    GzipReader gunzip(in);
    const QList<QByteArray> lines = gunzip.readAll().split('\n');
    QList<QByteArray> header, records;
    for (const QByteArray &line : lines) {
        if (line.startsWith('#'))
            header.append(line);
        else if (!line.isEmpty())
            records.append(line);
    }
    const auto fields = std::find_if(header.begin(), header.end(), [](const QByteArray &h) {
        return h.startsWith("#fields") && h.split('\t').contains("answers") && h.split('\t').contains("TTLs");
    });
    if (fields == header.end() || records.isEmpty())
        qFatal("%s is not a Zeek dns.log with answers and TTLs columns", qPrintable(corpus));
    double first = records.front().left(records.front().indexOf('\t')).toDouble(), last = first;
    for (const QByteArray &r : records)
        last = std::max(last, r.left(r.indexOf('\t')).toDouble());
    QFile a(withAnswers), b(without);
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        qFatal("cannot write the answer logs");
    for (const QByteArray &h : header) {
        a.write(h + '\n');
        QByteArray renamed = h;
        if (&h == &*fields) // the same length, so both logs have the same bytes
            renamed.replace("\tanswers\t", "\tanswerz\t").replace("\tTTLs", "\tTTLz");
        b.write(renamed + '\n');
    }
    for (int copy = 0; copy < copies; ++copy) {
        const double shift = copy * (last - first + 3600);
        QByteArray buffer;
        for (const QByteArray &r : records) {
            const qsizetype tab = r.indexOf('\t');
            buffer += QByteArray::number(r.left(tab).toDouble() + shift, 'f', 6) + r.mid(tab) + '\n';
        }
        a.write(buffer);
        b.write(buffer);
    }
}

} // namespace

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
    importOnce(binary, dir, oneBare, &bareRecords, {}, &bare);
    importOnce(binary, dir, one, &records, {}, &withSets);
    std::printf("corpus (%lld lookups): store %lld bytes without answers, %lld with: %.2f extra bytes per lookup\n",
                records, bare, withSets, double(withSets - bare) / double(records));
    // Speed: the corpus many times over, with and without answers, alternating.
    const QString many = QStringLiteral("%1/answers-%2.log").arg(dir).arg(copies);
    const QString manyBare = QStringLiteral("%1/no-answers-%2.log").arg(dir).arg(copies);
    writeAnswerLogs(corpus, copies, many, manyBare);
    Series with, without;
    qint64 sizeWith = 0, sizeWithout = 0;
    for (int r = 0; r < runs; ++r) {
        without.add(importOnce(binary, dir, manyBare, &bareRecords, {}, &sizeWithout));
        with.add(importOnce(binary, dir, many, &records, {}, &sizeWith));
        std::printf("  run %d: answers read past %.2f s, kept %.2f s (load %.2f)\n", r + 1, without.wall.back(),
                    with.wall.back(), loadAverage());
        std::fflush(stdout);
    }
    if (records != bareRecords)
        std::printf("WARNING: %lld and %lld records imported\n", records, bareRecords);
    std::printf(
        "\n| %lld lookups (corpus x %d) | wall | CPU (user+sys) | peak RSS | lookups/s (wall) | lookups/s (CPU) "
        "|\n|---|---|---|---|---|---|\n",
        records, copies);
    printRow("answers and TTLs read past", median(without.wall), median(without.user), without.maxRssKb,
             double(records) / median(without.wall), double(records) / median(without.user));
    printRow("with answers and TTLs", median(with.wall), median(with.user), with.maxRssKb,
             double(records) / median(with.wall), double(records) / median(with.user));
    std::printf("\nspeed keeping answers: %.1f %% of reading past them (wall), %.1f %% (CPU); store %.2f extra bytes "
                "per lookup\n",
                100 * median(without.wall) / median(with.wall), 100 * median(without.user) / median(with.user),
                double(sizeWith - sizeWithout) / double(records));
    std::printf("load average after: %.2f\n", loadAverage());
    return 0;
}
