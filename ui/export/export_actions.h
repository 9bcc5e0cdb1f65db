// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_view.h"

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// The window's exports, added to its File menu: the chart dialog (ExportDialog), copying the
// chart (Ctrl+Shift+C), the visible bins as CSV or JSON, the drill-down records as CSV, an
// evidence bundle, and whether addresses (and names) are redacted in all of them. Each export
// describes the window's view as an ExportView (currentView) and goes through ChartExport, the
// path `dnstimeline render` takes. Owned by the window (Qt parent); GUI thread only.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(MainWindow *window, QMenu *fileMenu);

    // The window's view as an export: its datasets, visible range, bin width, zone, split and
    // filters; its style, log scale and moving average; the series hidden by a legend click,
    // the event categories hidden in the Events dock and, with "Hide automated traffic", the
    // pairs it leaves out with its threshold (all left out of the chart, and named); the
    // store's name as title, the range as subtitle; light theme, 1600×900.
    ExportView currentView() const;
    void chartDialog();
    void copyChart();
    void exportBins(bool json);
    void exportRecords();
    void exportBundle();
    // The same without asking where: write path, say so in the window's notice (with Open
    // folder), or show why not. False on failure.
    bool exportBinsTo(const QString &path, bool json);
    bool exportBundleTo(const QString &path);

private:
    bool ready() const; // a store with bins is open; says so otherwise
    bool save(const QString &path, const QByteArray &bytes, const QString &what);
    void wrote(const QString &what, const QString &path); // says so in the window's notice, with Open folder

    MainWindow *m_window;
    QAction *m_redact;
    QAction *m_redactNames;
};
