// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_renderer.h"
#include "dataset_info.h"
#include "export_view.h"
#include "record_query.h"

#include <QList>

#include <functional>

class LookupStore;
class QIODevice;

// An ExportView made ready to draw and write: the bins read from the store with the view's
// query (the same call `dnstimeline bins` makes, so the data export equals its output),
// redacted if asked, with the events and the footer. The one path by which the window's export
// dialog, its data exports, its evidence bundle and `dnstimeline render` get their chart.
struct PreparedChart {
    ExportView view;             // as asked, filters redacted when view.redact
    QList<DatasetInfo> datasets; // those shown, in id order
    BinTable table;              // redacted when view.redact
    ChartSpec spec;
};

// Prepares exports. Runs on the calling thread (the store is thread-safe; the chart itself
// must be drawn on the GUI thread). Throws Failure: from the store, when the range needs
// too many bins, and when redaction needs a key a read-only store does not have.
// Cost: one store->bins() call plus, with redaction, an HMAC per distinct series name.
class ChartExport {
public:
    static PreparedChart prepare(LookupStore &store, const ExportView &view, const QDateTime &exportedAt);
    // The evidence bundle of view at path (EvidenceBundle), its chart drawn by ChartRenderer:
    // what the window's File → Export and `dnstimeline render --bundle` write. GUI thread.
    static void writeBundle(LookupStore &store, const ExportView &view, const QString &path);
    // Writes every drill-down record of query to out as CSV (RecordCsv), redacted when view
    // asks, read and written a page of 20,000 records at a time (memory holds one page whatever
    // the count). After each page, progress(written, total) says how far it is and returns
    // false to stop there. Returns the records written. Throws Failure: from the store, Io when
    // out cannot be written. Any thread.
    using RecordsProgress = std::function<bool(qint64 written, qint64 total)>;
    static qint64 writeRecordsCsv(LookupStore &store, const RecordQuery &query, const ExportView &view, QIODevice &out,
                                  const RecordsProgress &progress = {});
    // The same, in memory (for small queries: tests).
    static QByteArray recordsCsv(LookupStore &store, const RecordQuery &query, const ExportView &view);
};
