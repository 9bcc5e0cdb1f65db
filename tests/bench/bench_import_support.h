// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench_child.h"

#include <QString>
#include <QStringList>

#include <vector>

// What the importer benchmarks share: their options, the input folder, one `dnstimeline
// import` into a fresh store, and the series of runs they take medians of.

// --dir DIR (default $TMPDIR/dnstl-bench), created.
QString benchDir(const QStringList &args);
// Runs `dnstimeline import STORE FILE [extra...]` into a fresh store in dir; returns the run
// and the lookups it reports, failing loudly when the import fails; *storeBytes, when given,
// gets the size of the store (file and WAL) the import left.
ChildRun importOnce(const QString &binary, const QString &dir, const QString &input, qint64 *records,
                    const QStringList &extra = {}, qint64 *storeBytes = nullptr);
// Writes a Zeek dns.log of `records` generated lookups (the zeek benchmark's input, and the
// peer of the log format benchmark).
void writeZeekLog(const QString &path, qint64 records);

// The decompressed content of a .gz file; fails loudly.
QByteArray readGzipFile(const QString &path);
// A Zeek TSV dns.log as Zeek's JSON writer (LogAscii::use_json) writes it: typed values,
// vectors as arrays, unset ("-") fields left out; one object per line.
QByteArray zeekJsonFromTsv(const QByteArray &tsv);

// One row of a figures table: "| what | wall | CPU | RSS | per second by wall | by CPU |".
void printRow(const char *what, double wall, double cpu, long rssKb, double perWall, double perCpu);

struct Series {
    std::vector<double> wall, user; // user = user + system CPU
    long maxRssKb = 0;
    void add(const ChildRun &run);
};
