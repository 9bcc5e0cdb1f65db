// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// What the benchmarks measure of a program they run: wall time, CPU time (all its threads)
// and peak resident memory, from wait4()'s rusage of that one child.
struct ChildRun {
    double seconds = 0;     // wall clock
    double userSeconds = 0; // user CPU, summed over the child's threads
    double systemSeconds = 0;
    long maxRssKb = 0;
    int status = 0; // exit status, -1 if it did not exit normally
};

// Runs argv (no shell; argv[0] looked up in PATH) with stdout to stdoutPath; waits for it.
ChildRun runChild(const QStringList &argv, const QString &stdoutPath = QStringLiteral("/dev/null"));

// The 1-minute load average (/proc/loadavg): the machine is shared, so every figure says how
// busy it was; -1 when unknown.
double loadAverage();

// The value after `name` in args (e.g. "--rows", "1000"), or fallback.
QString option(const QStringList &args, const char *name, const QString &fallback);

// The middle element (the upper middle for an even count); 0 for none.
double median(std::vector<double> values);
