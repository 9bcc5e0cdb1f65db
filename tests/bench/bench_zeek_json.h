// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The zeek-json importer before and after its move to simdjson (issue 21), in one run on the
// same files:
//
//   dnstimeline_bench zeek-json [--corpus DIR] [--copies N] [--lookups N] [--runs R] [--dir DIR]
//
// Inputs: the real Zeek dns.log of ../shared/corpus/zeek as Zeek's JSON writer writes it,
// repeated N times (default 10, about 536,000 lines); and N synthetic lookups (default
// 2,000,000; writeZeekLog, the zeek benchmark's generator) as JSON. Each run reads one file
// with one importer — ZeekJsonImporter (simdjson's DOM parser, lines parsed in place) or FlatZeekJsonImporter (the former
// FlatJsonScanner one) — in a child process (`dnstimeline_bench zeek-json-read IMPORTER FILE`)
// into a sink that only counts and hashes the lookups (no store): lines per second as timed in
// the child, peak RSS from its rusage. The importers take turns; medians of R runs (default
// 5), with the load average. A difference in the lookups, answers or rejects fails the benchmark.
int benchZeekJson(const QStringList &args);
// The child: reads FILE with IMPORTER (simdjson|flat), prints "records rejected hash seconds".
int benchZeekJsonRead(const QStringList &args);
