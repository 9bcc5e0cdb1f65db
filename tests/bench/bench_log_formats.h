// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Import speed of the resolver, sensor and cloud log formats through the real
// `dnstimeline import`, each against the Zeek TSV import of as many records in the same run
// (the 1.49 M records/s the formats issue names) and `wc -l` of the file as the floor:
//
//   dnstimeline_bench logformats [--lookups N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//                                [--formats suricata,route53,...]
//
// N lookups per format (default 1,000,000, LogFormatSamples), generated once into DIR
// (default $TMPDIR/dnstl-bench) and reused. Per format: medians of R runs (default 3) of wall
// time, user+system CPU, lookups and input lines per second, the peak RSS of the largest run,
// and the load average after each run.
int benchLogFormats(const QStringList &args);
