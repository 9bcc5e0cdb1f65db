// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The importer speed benchmarks of issue 3, each through the real `dnstimeline import`:
//
//   dnstimeline_bench pcap [--queries N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//                          [--gen PATH] [--tshark PATH] [--baseline PATH]
//     A capture of N DNS queries (default 1,000,000; made by gen_dns_pcap, found beside this
//     program unless --gen), imported against `tshark -r FILE -q -z io,stat,3600` counting it
//     in the same run: medians of wall time and CPU time, the ratio, peak RSS of each.
//
//   dnstimeline_bench zeek [--records N] [--runs R] [--dir DIR] [--dnstimeline PATH] [--baseline PATH]
//     A Zeek dns.log (TSV, the 24 columns of Zeek's default, 50,000 names, 1 % of records out of
//     order) of N records (default 3,000,000): medians of wall and user CPU time, records per
//     second by each, peak RSS; `wc -l` of the same file as the floor.
//
//   dnstimeline_bench dnstap [--messages N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//                            [--gen PATH] [--source FILE] [--dnstap-read PATH]
//     A dnstap file of N messages (default 2,000,000), made by gen_dnstap replaying the real
//     messages of FILE (the unbound fixture), imported against `dnstap-read -y FILE` printing it
//     in the same run: medians of wall and CPU time, messages per second, the ratio, peak RSS,
//     the load average with each run.
//
// --baseline PATH (pcap, zeek): another build of dnstimeline imports the same file in each run,
// after ours, and gets its own row and the ratio of ours to it: a change measured at one load.
// Inputs are generated once into DIR (default $TMPDIR/dnstl-bench) and reused.
int benchPcapImport(const QStringList &args);
int benchZeekImport(const QStringList &args);
int benchDnstapImport(const QStringList &args);
