// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The cof (passive DNS) importer before and after its move to simdjson (issue 21), in one run
// on the same files:
//
//   dnstimeline_bench cof [--copies N] [--records N] [--runs R] [--dir DIR]
//
// Inputs: the project's real-shaped COF fixtures (tests/data/cof/simple.jsonl and
// farsight.jsonl, tests/data/zeek/passive_dns_cof.json: bare records, Farsight's framing and
// "obj" wrapping, rdata strings and arrays, ISO and epoch times, escapes) repeated N times
// (default 100,000, about 1.1 M lines); and N synthetic rrsets (default 1,500,000, about
// 350 MB; writeCofLines below) with nested rdata arrays of 1 to 8 elements, a third of them
// in Farsight's "obj" wrapping. Each run reads one file with PassiveDnsImporter (simdjson's
// DOM parser, lines parsed in place) or FlatCofImporter (the former FlatJsonScanner one), see
// importer_duel.h: lines/s, MB/s and peak RSS, medians of R runs (default 5), with the load.
int benchCof(const QStringList &args);
// The child: reads FILE with IMPORTER (simdjson|flat), prints "records rejected hash seconds".
int benchCofRead(const QStringList &args);
