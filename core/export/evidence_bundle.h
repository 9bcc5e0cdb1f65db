// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "export_view.h"
#include "timeline_event.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// An evidence bundle: a folder holding chart.png and chart.svg, bins.csv (what `dnstimeline
// bins` prints for the view), events.csv (the events the chart shows), provenance.json
// (Provenance) and reproduce.sh (ReproduceScript), everything redacted when the view asks.
// A path ending in .zip gets the same files in a zip archive (ZipWriter) instead.
// Core draws nothing: the chart comes from a ChartDrawer the caller passes (the window's File →
// Export and `dnstimeline render --bundle` pass ChartRenderer, through ChartExport::writeBundle).
// Runs on the calling thread (the drawer's, for a ChartRenderer the GUI thread).
// Cost: two chart drawings and the files' SHA-256.
class EvidenceBundle {
public:
    // What the bundle holds besides its chart, as ChartExport::prepare() makes it.
    struct Contents {
        QList<DatasetInfo> datasets; // those shown, in id order
        ExportView view;             // as written down: width and range resolved, filters redacted
        BinTable table;              // as drawn, redacted when view.redact
        QList<TimelineEvent> events; // the chart's events (hidden categories left out); events.csv
                                     // holds those touching the range when view.events
        QDateTime exportedAt;
    };
    // The chart in format "png" or "svg": the bytes of that file. Throws Failure.
    using ChartDrawer = std::function<QByteArray(const QString &format)>;

    static const QStringList &fileNames();
    // Writes the bundle at path (a folder, created if missing, or a .zip file); throws Failure
    // naming the file.
    static void write(const Contents &contents, const ChartDrawer &drawChart, const QString &path);
};
