// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class Importer;

// One format's importer before and after a change, on the same file in one run (the
// `zeek-json` and `cof` benchmarks of issue 21). Each run reads the file with one importer in
// a child process (`dnstimeline_bench READ-COMMAND NAME FILE`) into a sink that only counts and
// hashes what it gets (lookups with their answers, or observations; no store): lines per second
// as timed in the child, peak RSS from its rusage. The importers take turns; medians of the
// runs, with the load average. A difference in the records or rejects fails the benchmark.
struct DuelSide {
    const char *name;  // as the child command takes it
    const char *label; // the table's "importer" column
};

// Prints two table rows (| what | label | lines/s | records/s | MB/s | time | peak RSS |) and one with the
// counts and the load; sides[0] is the "before".
void duelMeasure(const char *readCommand, const DuelSide (&sides)[2], const char *what, const QString &file,
                 const QString &dir, int runs);
// The child: reads path with importer, prints "records rejected hash seconds"; 0 on success.
int duelRead(const Importer &importer, const QString &path);
// Writes data to path or stops the benchmark.
void writeBenchFile(const QString &path, const QByteArray &data);
