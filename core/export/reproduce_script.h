// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "export_view.h"

#include <QByteArray>
#include <QList>

// The reproduce.sh of an evidence bundle: a POSIX shell script that checks each source file's
// SHA-256, imports the files into a new store with their original options and names, and
// imports the bundle's events.csv (the events the chart shows) when it holds any, and
// runs `dnstimeline bins` and `dnstimeline render` with the bundle's view; then it compares
// the new bins with the bundle's bins.csv and exits non-zero if they differ. Usage:
//   sh reproduce.sh [SOURCES [OUT]]   (SOURCES: the source files' folder, default the
//   bundle's; OUT: where the new store, bins.csv and chart.png go, default ./reproduced;
//   DNSTIMELINE: the program, default dnstimeline on PATH).
// A redacted bundle's pseudonyms depend on the original store's secret key, so its script
// compares times and counts only. Pure function; thread-safe.
namespace ReproduceScript {
// datasets: those the view shows, in id order; view: with its filters already redacted;
// withEvents: the bundle's events.csv holds events to import.
QByteArray build(const QList<DatasetInfo> &datasets, const ExportView &view, bool withEvents);
} // namespace ReproduceScript
