// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The capture container benchmark of issue 21: the project's CaptureReader against libpcap,
// both reading the same file through the import's HashingReader (SHA-256 on its own thread),
// libpcap through a FILE* made with fopencookie() over that QIODevice, as the importer
// would have to give it one. Each reader goes through every packet record and sums the
// captured bytes; the DNS decoding after it would be the same for both, so it is left out.
//
//   dnstimeline_bench capture-readers [--queries N] [--runs R] [--dir DIR] [--gen PATH]
//                                     [--editcap PATH]
//     The 1 M-query capture of `dnstimeline_bench pcap` (gen_dns_pcap), and the same packets
//     as pcapng (written by Wireshark's `editcap -F pcapng` when it is installed), read from the
//     page cache R times (default 7) by each reader in turn: medians of wall and CPU time
//     (all threads of this process, the hashing included), packets per second, and the load
//     average before and after each row.
int benchCaptureReaders(const QStringList &args);

// The pcap importer's own work, without a store: PcapImporter over the same capture through the
// HashingReader into a sink that only counts, R times (default 7). Medians of wall time, the
// parsing thread's CPU and the process's CPU, and the load average.
//   dnstimeline_bench pcap-parse [--queries N] [--runs R] [--dir DIR] [--gen PATH]
int benchPcapParse(const QStringList &args);
