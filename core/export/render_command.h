// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_view.h"

#include <QByteArray>
#include <QStringList>

// An ExportView written as `dnstimeline` arguments, and shell quoting for scripts. The view
// options come out explicit (--from/--to with µs and the zone's offset, a concrete --bin,
// --tz, --split/--top, --where), so `bins` and `render` given them bin exactly as the export
// did. Pure functions; thread-safe.
namespace RenderCommand {
// The view options shared by `bins` and `render`; filters as given (redact them first).
// withDatasets: name the query's datasets (--dataset) for this store; a reproduced store holds
// only the view's datasets, under other ids, and needs none.
QStringList viewArguments(const BinQuery &query, bool withDatasets);
// The same with the view's rule for automated traffic (--hide-automated --threshold X).
QStringList viewArguments(const ExportView &view, bool withDatasets);
// The options only `render` takes: title, events, theme, legend, style, hidden series and
// event categories, size, scale, redaction.
QStringList chartArguments(const ExportView &view);
// One word for a POSIX shell: as is when safe, else in single quotes.
QByteArray shellQuote(const QString &word);
QByteArray shellLine(const QStringList &words);
} // namespace RenderCommand
