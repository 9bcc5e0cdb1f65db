// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The importer speed benchmarks of issue 3, each through the real `dnstimeline import`:
//
//   dnstimeline_bench pcap [--queries N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//                          [--gen PATH] [--tshark PATH]
//     A capture of N DNS queries (default 1,000,000; made by gen_dns_pcap, found beside this
//     program unless --gen), imported against `tshark -r FILE -q -z io,stat,3600` counting it
//     in the same run: medians of wall time and CPU time, the ratio, peak RSS of each.
//
//   dnstimeline_bench zeek [--records N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//     A Zeek dns.log (TSV, the 24 columns of Zeek's default, 50,000 names, 1 % of records out of
//     order) of N records (default 3,000,000): medians of wall and user CPU time, records per
//     second by each, peak RSS; `wc -l` of the same file as the floor.
//
//   dnstimeline_bench answers [--corpus ZEEK.log.gz] [--copies K] [--runs R] [--dir DIR]
//                             [--dnstimeline PATH]
//     What keeping answers costs: the corpus's Zeek dns.log (real answers and TTLs), once for
//     the store's extra bytes per lookup, then K times over (default 20, shifted in time)
//     imported alternately as it is and without its answers and TTLs columns: medians of wall
//     and CPU time, lookups per second, the speed ratio, the load average.
//
// Inputs are generated once into DIR (default $TMPDIR/dnstl-bench) and reused.
int benchPcapImport(const QStringList &args);
int benchZeekImport(const QStringList &args);
int benchAnswers(const QStringList &args);
