// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The Windows importer benchmarks (issue 16), each through the real `dnstimeline import`,
// medians of R runs with the load average printed beside every figure:
//
//   dnstimeline_bench windows-dns [--lookups N] [--runs R] [--dir DIR] [--dnstimeline PATH]
//     A Windows DNS Server debug log (en-US dates, its header, CRLF) of N lookups (default
//     2,000,000): each a received query and the server's response, two PACKET lines, from 500
//     clients over 50,000 names: lookups and PACKET lines per second, peak RSS; `wc -l` of the
//     same file as the floor. Target: >= 1 M records (lookups) per second.
//
//   dnstimeline_bench evtx [--events N] [--runs R] [--dir DIR] [--dnstimeline PATH] [--gen PATH]
//     An EVTX file of N events (default 200,000; made by gen_evtx, the test-only EVTX writer)
//     against `evtxexport FILE > out.txt` (libevtx-utils) printing the same file, in the same
//     run: medians of wall and CPU time, the ratio, peak RSS of each. Target: <= 0.5x the time
//     of evtxexport, peak RSS <= 300 MB.
int benchWindowsDnsImport(const QStringList &args);
int benchEvtxImport(const QStringList &args);
