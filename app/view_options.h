// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"

#include <QCommandLineParser>

#include <optional>

// The view options that `bins`, `render` and later `stats` share:
// --dataset ID[,ID…] --from T --to T --bin WIDTH|auto --tz ZONE --split FIELD --top K
// --where FIELD=GLOB (repeatable) --mmdb FILE (repeatable). T is an ISO 8601 date or date-time, or epoch seconds,
// read in --tz when it carries no offset.
namespace ViewOptions {
void add(QCommandLineParser &parser);
// Fills a BinQuery; on a bad value throws Failure (BadInput) with a one-line message.
BinQuery parse(const QCommandLineParser &parser);

// --hide-automated, and --threshold X (0.5 … 1, default 0.8) unless the command has its own
// (stats, whose --threshold is the periodicity's).
void addHideAutomated(QCommandLineParser &parser, bool withThreshold);
// The threshold when --hide-automated is given; nullopt without it. A bad threshold throws
// Failure (BadInput).
std::optional<double> hideAutomated(const QCommandLineParser &parser);
} // namespace ViewOptions
