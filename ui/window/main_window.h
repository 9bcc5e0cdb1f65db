// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "failure.h"

#include <QMainWindow>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class AddressBookDock;
class AnalysisDock;
class BackgroundTask;
class DatasetsDock;
class ElidedLabel;
class EventWorkbench;
class EventsDock;
class ExportActions;
class FiltersDock;
class DatasetAdmin;
class LookupStore;
class OverviewStrip;
class QAction;
class QLabel;
class QMenu;
class RecordsDock;
class StatusNotice;
class StoreConnector;
class StoreWatch;
class TaskProgress;
class RollupBackfill;
class TimelineController;
class TimelinePlot;
class TimelineView;
class ViewOptionsBar;
class ViewSession;
struct ViewState;
struct ImportOutcome;
struct ImportRequest;

// The main window: a TimelineView (filter chips, timeline, overview) fed by a
// TimelineController, the view toolbar, the Datasets, Filters, Records, Events and Address book docks,
// menus for stores, imports and export, and a status line with a long task's progress. It
// assembles the parts and owns them (Qt parent); the open store and the time zone are held
// by its ViewSession, which every part that shows them is bound to once (wire()). The store
// is shared with the controller, imports and the records model, which all call it on worker
// threads. It keeps the window layout and each store's last view in QSettings. Closing it
// cancels and joins the work of every BackgroundTask among its parts. GUI thread only.
// Its parts by file: main_window.cpp (assembly, wiring), main_window_docks.cpp,
// main_window_menus.cpp (menus, help), main_window_store.cpp (store lifecycle),
// main_window_import.cpp (imports), main_window_connect.cpp (ClickHouse in the background),
// main_window_owners.cpp (the Address book dock, Preferences).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open store and the time zone; setTimeZone and openStore set it.
    ViewSession *session() const { return m_session; }
    // Opens an existing store (read-write; create: make it if missing) with its last view;
    // throws Failure. A clickhouse:// URL is opened in the background (failures are shown).
    void openStore(const QString &path, bool create = false);
    // What the command line names (dnstimeline PATH…): stores open (a .dnstl path that does not
    // exist yet is a new store); data files are imported, into a store named after the first of
    // them (capture.pcap → capture.dnstl beside it) when no store was named; a path that does not
    // exist is said in a message box, and nothing is made for it.
    void openPaths(const QStringList &paths);
    // Imports files into the open store in the background, with progress in the status bar.
    void importFiles(const QStringList &paths);
    void importRequests(const QList<ImportRequest> &requests);
    // Opens the import dialog (ImportDialog) for these files; its Import runs importRequests.
    void showImportDialog(const QStringList &paths);
    // Lists the lookups of range (µs UTC) in the Records dock: those of series (a series of
    // the current table; -1: all) under the current datasets and filters.
    void drillDown(const TimeRange &range, int series);
    // Ticks a dataset (when only some are ticked) and shows its extent (Datasets: double-click).
    void showDataset(qint64 id);
    void setTimeZone(const QTimeZone &zone);
    // Saves the open store's view now (it is also saved on switching stores and closing).
    void saveViewState() const;

    // The window's size on first run, on a screen with that much room (available geometry).
    static QSize firstRunSize(const QSize &available);

    TimelinePlot *plot() const;
    OverviewStrip *overview() const;
    TimelineView *timelineView() const { return m_view; }
    TimelineController *controller() const { return m_controller; }
    ViewOptionsBar *optionsBar() const { return m_options; }
    DatasetsDock *datasetsDock() const { return m_datasetsDock; }
    FiltersDock *filtersDock() const { return m_filtersDock; }
    RecordsDock *recordsDock() const { return m_recordsDock; }
    EventsDock *eventsDock() const { return m_eventsDock; }
    AnalysisDock *analysisDock() const { return m_analysisDock; }
    AddressBookDock *addressBookDock() const { return m_addressBookDock; }
    // Edit → Preferences: the MaxMind-format databases for the owner fields (kept in QSettings).
    void setOwnerDatabases(const QStringList &paths);
    ExportActions *exportActions() const { return m_export; }
    QString storePath() const;
    EventWorkbench *eventWorkbench() const { return m_eventWork; }
    QString statusText() const;
    // What the plot says over itself when it has nothing to draw; empty when it draws.
    QString emptyNoteText() const;
    // Shown while the view's counts take longer than 300 ms.
    bool showsBusy() const;
    // What finished last: an import's or export's result, with its actions.
    StatusNotice *notice() const { return m_notice; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    void buildOwners(QMenu *edit); // main_window_owners.cpp: the Address book dock, Preferences
    void wire();
    void wireSession(); // every receiver of the store and the zone, connected once
    void wireDocks();
    void useStore(std::shared_ptr<LookupStore> store, const QString &path);
    void openStoreOrWarn(const QString &path); // a message box on failure
    void showFailure(const Failure &failure);  // in the status bar
    void runStoreChange(const QString &what, std::function<void(DatasetAdmin &)> change);
    void newStoreDialog();
    void openStoreDialog();
    void connectClickHouseDialog();               // File → Connect to ClickHouse… (ClickHouseConnectDialog)
    void connectInBackground(const QString &url); // main_window_connect.cpp: StoreConnector, status bar
    bool importAfterConnecting(const QList<ImportRequest> &requests); // false: no URL is connecting
    void importDialog();
    void exportDialog();
    void fillRecentMenu();
    void rememberRecent(const QString &path);
    void updateStatus();
    void importFinished(const ImportOutcome &outcome);
    void showStoreOpened(const ViewState &opening); // title, write access, recent stores
    bool refuseImport();                            // true (with a status message) when the store is read-only

    TimelineView *m_view = nullptr;
    TimelineController *m_controller = nullptr;
    ViewOptionsBar *m_options = nullptr;
    DatasetsDock *m_datasetsDock = nullptr;
    FiltersDock *m_filtersDock = nullptr;
    RecordsDock *m_recordsDock = nullptr;
    EventsDock *m_eventsDock = nullptr;
    AnalysisDock *m_analysisDock = nullptr;
    AddressBookDock *m_addressBookDock = nullptr;
    EventWorkbench *m_eventWork = nullptr;
    TaskProgress *m_task = nullptr;
    RollupBackfill *m_rollups = nullptr; // indexes older datasets of the open store
    TaskProgress *m_viewBusy = nullptr;  // the view's counts take longer than 300 ms
    StatusNotice *m_notice = nullptr;
    BackgroundTask *m_storeChange = nullptr; // renaming or deleting a dataset
    StoreConnector *m_connector = nullptr;   // opening a clickhouse:// URL; made on first use
    StoreWatch *m_watch = nullptr;           // changes by other programs; retries after failures
    ExportActions *m_export = nullptr;
    QMenu *m_recentMenu = nullptr;
    ElidedLabel *m_status = nullptr;
    QLabel *m_emptyNote = nullptr;    // over the plot when it has nothing to draw (StatusLine::nothingToDraw)
    QLabel *m_readOnlyNote = nullptr; // "Read-only: …", shown for a store that cannot be changed
    QAction *m_importAction = nullptr;
    QAction *m_importEventsAction = nullptr;
    ViewSession *m_session = nullptr;
    bool m_busy = false; // an import or a store change runs
};
