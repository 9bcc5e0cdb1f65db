// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Import speed of every text and JSON format (LogFormatSamples: the resolver, sensor and cloud
// logs, csv, zeek-json, bind, dnsmasq, umbrella, cof, windows-dns and exported evtx XML)
// through the real `dnstimeline import`, each against the Zeek TSV import of as many records in
// the same run (the 1.49 M records/s the formats issue names; the ratio printed per format) and
// `wc -l` of the file as the floor:
//
//   dnstimeline_bench logformats [--lookups N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//                                [--formats suricata,route53,...] [--against PATH]
//
// N lookups per format (default 1,000,000, LogFormatSamples), generated once into DIR
// (default $TMPDIR/dnstl-bench) and reused. Per format: medians of R runs (default 3) of wall
// time, user+system CPU, lookups per second of wall and of CPU time, the speed relative to
// Zeek TSV's, input lines per second, the peak RSS of the largest run and the highest load
// average seen after a run. --against PATH: another build's dnstimeline (the one before a
// change), run alternately with the first on every file; a second table gives both medians and
// their ratio.
int benchLogFormats(const QStringList &args);
