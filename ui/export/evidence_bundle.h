// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_view.h"
#include "failure.h"

#include <QString>
#include <QStringList>

class LookupStore;

// An evidence bundle: a folder holding chart.png and chart.svg, bins.csv (what `dnstimeline
// bins` prints for the view), events.csv (the events the chart shows), provenance.json
// (Provenance) and reproduce.sh (ReproduceScript), everything redacted when the view asks.
// A path ending in .zip gets the same files in a zip archive (ZipWriter) instead.
// The window's File → Export and `dnstimeline render --bundle` both write through here.
// GUI thread (it draws the chart). Cost: one bins query and two chart renderings.
class EvidenceBundle {
public:
    static const QStringList &fileNames();
    // Writes the bundle at path (a folder, created if missing, or a .zip file); throws Failure
    // naming the file.
    static void write(LookupStore &store, const ExportView &view, const QString &path);
};
