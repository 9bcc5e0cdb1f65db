// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "export_view.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// The provenance.json of an evidence bundle: where the data came from and how the view was
// made, enough for someone else to check the chart.
//   {"application": {"name", "version"}, "exported_at": UTC ISO 8601,
//    "datasets": [{"dataset" (the id), "name", "source_file", "sha256", "format", "import_options",
//                  "records", "rejected", "first", "last", "imported_at"}…],
//    "view": {"from", "to" (ISO 8601 in the zone, "to" exclusive), "bin_width", "time_zone",
//             "split", "top", "filters": ["field=glob"…], "events", "style", "log_scale",
//             "moving_average", "redacted", "names_redacted",
//             "owner_databases": [{"file", "database_type", "built", "sha256", "fields"}…]},
//    "bins": {"count", "series", "lookups"}, "files": {name: sha256…}}
// A dataset's first and last are its extent (both lookups included), UTC. owner_databases are
// the view's --mmdb files (throws Failure if one cannot be opened); otherwise a pure function.
namespace Provenance {
// One dataset as `dnstimeline datasets` and provenance.json show it.
QJsonObject datasetJson(const DatasetInfo &d);
// table: the bins exported (its width is the view's bin width); files: the bundle's other
// files by name with their SHA-256.
QByteArray build(const QList<DatasetInfo> &datasets, const ExportView &view, const BinTable &table,
                 const QDateTime &exportedAt, const QList<std::pair<QString, QByteArray>> &files);
} // namespace Provenance
