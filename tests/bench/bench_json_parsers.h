// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The JSON parser choice of issue 21, measured in one run on the same bytes:
//
//   dnstimeline_bench json [--corpus DIR] [--copies N] [--lookups N] [--runs R]
//
// Three parsers extract the fields the importers read from every line, and must find the same
// number of them: the project's FlatJsonScanner (nested objects and arrays scanned again, as
// an importer would have to), simdjson's On-Demand API (header-inlined, as Debian builds it)
// and simdjson's DOM parser as JsonDocumentParser wraps it. Inputs: Zeek JSON lines made from
// the real Zeek dns.log of ../shared/corpus/zeek (as Zeek's JSON writer writes them: numbers,
// booleans, arrays, unset fields left out), the corpus repeated N times (default 20, about
// 1.07 M lines); Suricata EVE version 2 (query, answer and flow records) and Route 53 Resolver
// lines for N lookups (default 500,000) from LogFormatSamples. Medians of R runs (default 5)
// of lines per second and MB/s, with the load average.
int benchJsonParsers(const QStringList &args);
