// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automated_traffic.h"
#include "lookup_store.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

#include <memory>

// Small helpers every subcommand shares: output, errors, --help, opening the store.
namespace CliSupport {
void out(const QByteArray &bytes);      // to stdout, as is
int fail(const QString &message);       // "dnstimeline: message" on stderr; returns 1
int usageError(const QString &message); // the same; returns 2
// Writes bytes to file (atomically), or to stdout when file is "-"; returns 0, or 1 after
// fail() when it cannot.
int writeOutput(const QString &file, const QByteArray &bytes);
// Adds -h/--help, parses args; returns -1 to go on, else the exit code (help printed: 0).
int parseOrHelp(QCommandLineParser &parser, const QStringList &args, const QString &usage);
// When every dataset a view selects (empty: all) holds passive-DNS observations, which have
// no single time and are not binned: a message saying so. Empty otherwise.
QString observationsOnly(LookupStore &store, const QList<qint64> &datasetIds);
// When a view's fixed bin width gives more bins than a table holds (BinWidth::kMaxBins) over
// its range (the data's extent without --from/--to): a message naming both counts and the
// finest width that fits. Empty otherwise.
QString tooManyBins(LookupStore &store, const BinQuery &query);
// --hide-automated: the view's automated pairs at threshold, now left out of query.
QList<AutomatedPair> excludeAutomated(LookupStore &store, BinQuery &query, double threshold);
} // namespace CliSupport
