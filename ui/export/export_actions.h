// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_view.h"

#include <QObject>

class BackgroundTask;
class MainWindow;
class TaskProgress;
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
    // The drill-down's records to path, written off the GUI thread a page at a time with
    // progress and Cancel in the status bar (a drill-down into a billion lookups neither holds
    // the window nor its records in memory); the file appears only once complete. Says how it
    // ended in the window's notice (or a warning).
    void exportRecordsTo(const QString &path);
    bool isExporting() const;

private:
    bool ready() const; // a store with bins is open; says so otherwise
    bool save(const QString &path, const QByteArray &bytes, const QString &what);
    void wrote(const QString &what, const QString &path); // says so in the window's notice, with Open folder

    MainWindow *m_window;
    QAction *m_redact;
    QAction *m_redactNames;
    TaskProgress *m_progress;
    BackgroundTask *m_recordsTask;
};
