// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "clickhouse_url.h"
#include "failure.h"
#include "failure_notice.h"
#include "store_schema.h"
#include "store_watch.h"

#include "address_book_dock.h"
#include "analysis_dock.h"
#include "background_task.h"
#include "burst_panel.h"
#include "chart_renderer.h"
#include "clickhouse_connect_dialog.h"
#include "datasets_dock.h"
#include "elided_label.h"
#include "event_editor.h"
#include "event_gestures.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "export_actions.h"
#include "filter_chip_bar.h"
#include "filters_dock.h"
#include "import_dialog.h"
#include "import_notice.h"
#include "import_task.h"
#include "lookup_store.h"
#include "observation_lane.h"
#include "overview_strip.h"
#include "periodicity_panel.h"
#include "query_cancel_scope.h"
#include "records_dock.h"
#include "records_model.h"
#include "resolution_lane.h"
#include "span_text.h"
#include "status_notice.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "timeline_view.h"
#include "view_options_bar.h"
#include "view_state.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentStores");
const QString kStoreFilter = QStringLiteral("DNS Timeline stores (*.dnstl *.sqlite *.db);;All files (*)");

QString formatUs(qint64 us, const QTimeZone &zone)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone),
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// By content, not name: a pihole-FTL.db is SQLite too, but a data file to import.
bool isStoreFile(const QString &path)
{
    return StoreSchema::isStoreFile(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_view = new TimelineView(this);
    m_controller = new TimelineController(this);
    // What finished last (an import, an export) in a bar over the chart, the whole width.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_notice = new StatusNotice(centre);
    centreLayout->addWidget(m_notice);
    centreLayout->addWidget(m_view, 1);
    setCentralWidget(centre);
    setAcceptDrops(true);
    m_options = new ViewOptionsBar(this);
    addToolBar(m_options);
    m_status = new ElidedLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; }"));
    m_readOnlyNote->hide();
    statusBar()->addPermanentWidget(m_readOnlyNote);
    m_task = new TaskProgress(this);
    statusBar()->addPermanentWidget(m_task);
    m_viewBusy = new TaskProgress(this);
    statusBar()->addPermanentWidget(m_viewBusy);
    m_storeChange = new BackgroundTask(BackgroundTask::Overlap::FinishRunning, this);
    buildDocks();
    m_eventWork = new EventWorkbench(plot(), m_view->eventGestures(), m_eventsDock, this);
    m_watch = new StoreWatch(m_controller, this);
    buildMenus();
    wire();
    setWindowTitle(tr("DNS Timeline"));
    // First run: Analysis closed until asked for (View → Analysis), the window on the screen
    // with room for a title bar and a panel; the layout's minimum is settled first, or the
    // closed dock's would hold the height. A saved layout replaces both.
    m_analysisDock->hide();
    layout()->activate();
    resize(firstRunSize(screen()->availableGeometry().size()));
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstRunSize(const QSize &available)
{
    constexpr int kTitleAndFrame = 48; // a window manager's title bar and borders, a panel's share
    return {std::min(1400, available.width() - 16), std::min(860, available.height() - kTitleAndFrame)};
}

TimelinePlot *MainWindow::plot() const
{
    return m_view->plot();
}
OverviewStrip *MainWindow::overview() const
{
    return m_view->overview();
}
QString MainWindow::statusText() const
{
    return m_status->text();
}

bool MainWindow::showsBusy() const
{
    return m_viewBusy->isVisibleTo(this);
}

void MainWindow::buildDocks()
{
    m_datasetsDock = new DatasetsDock(this);
    m_filtersDock = new FiltersDock(this);
    m_eventsDock = new EventsDock(this);
    m_recordsDock = new RecordsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_datasetsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_filtersDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_recordsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    m_analysisDock = new AnalysisDock(m_controller, plot(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_analysisDock);
    // So that the docks and the timeline fit a 768-pixel screen with every list five rows high:
    // Datasets and Filters share the left (the chips over the timeline show the filters too);
    // Records, Events and Analysis the wide bottom, where an event or a lookup is one line.
    tabifyDockWidget(m_datasetsDock, m_filtersDock);
    tabifyDockWidget(m_recordsDock, m_eventsDock);
    tabifyDockWidget(m_recordsDock, m_analysisDock);
    m_datasetsDock->raise();
    m_recordsDock->raise();
    const int line = fontMetrics().height();
    m_datasetsDock->list()->setMinimumHeight(5 * (2 * line + 4) + 6); // a dataset takes two lines
    m_eventsDock->list()->setMinimumHeight(5 * (line + 6) + 6);
    QTableView *records = m_recordsDock->view();
    records->setMinimumHeight(records->horizontalHeader()->sizeHint().height() +
                              5 * records->verticalHeader()->defaultSectionSize() + 2 * records->frameWidth());
    resizeDocks({m_datasetsDock}, {fontMetrics().averageCharWidth() * 44}, Qt::Horizontal);
    resizeDocks({m_recordsDock}, {1}, Qt::Vertical); // at its minimum: the timeline takes the rest
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store…"), QKeySequence::New, this, &MainWindow::newStoreDialog);
    file->addAction(tr("&Open store…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    file->addAction(tr("Connect to &ClickHouse…"), this, &MainWindow::connectClickHouseDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *reload = file->addAction(tr("Re&load"), QKeySequence::Refresh, m_watch, &StoreWatch::reloadNow);
    reload->setStatusTip(tr("Read the store's datasets and events again, for what other programs changed"));
    file->addSeparator();
    m_importAction =
        file->addAction(tr("&Import file(s)…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    m_importEventsAction = file->addAction(tr("Import e&vents…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import events"), QString(),
                                                          tr("Events (*.ics *.ical *.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            m_eventWork->openImportDialog(path);
    });
    file->addAction(tr("&Export chart…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    m_export = new ExportActions(this, file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_eventWork->editor()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_eventWork->editor()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    buildOwners(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *all = view->addAction(tr("Show &all"), this, [this] {
        plot()->recordHistory();
        m_controller->showAll();
    });
    all->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_0)});
    view->addAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), this, [this] { plot()->zoomBy(0.8); });
    view->addAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), this, [this] { plot()->zoomBy(1.25); });
    view->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { plot()->goBack(); });
    view->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { plot()->goForward(); });
    view->addSeparator();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_datasetsDock), static_cast<QDockWidget *>(m_filtersDock),
          static_cast<QDockWidget *>(m_recordsDock), static_cast<QDockWidget *>(m_eventsDock),
          static_cast<QDockWidget *>(m_analysisDock), static_cast<QDockWidget *>(m_addressBookDock)}) {
        view->addAction(dock->toggleViewAction());
        // A dock asked for comes to the front of its tabs.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Mouse and keys"), this, [this] {
        QMessageBox::information(
            this, tr("Mouse and keys"),
            tr("<table><tr><td>Wheel</td><td>zoom about the cursor</td></tr><tr><td>Drag</td><td>pan</td></tr>"
               "<tr><td>Shift+drag</td><td>zoom to the band</td></tr>"
               "<tr><td>Right-drag (or Alt+drag)</td><td>list the lookups of a range (Records dock); "
               "a drag shows its range and Escape drops it</td></tr>"
               "<tr><td>Click a bar</td><td>list its lookups</td></tr><tr><td>Double-click</td><td>zoom to the bin (on "
               "an event: edit it)</td></tr>"
               "<tr><td>Ctrl+click</td><td>add a point event</td></tr><tr><td>Ctrl+drag</td><td>add a range "
               "event</td></tr>"
               "<tr><td>Drag an event's line, label or edge</td><td>move it</td></tr>"
               "<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>undo / redo an event or address book change</td></tr>"
               "<tr><td>+ / − / 0, Home</td><td>zoom in / out / show all</td></tr>"
               "<tr><td>Left / Right, Alt+Left / Alt+Right</td><td>pan; back / forward</td></tr></table>"));
    });
    help->addAction(tr("&About DNS Timeline"), this, [this] {
        QMessageBox::about(this, tr("About DNS Timeline"),
                           tr("<h3>DNS Timeline %1</h3><p>DNS lookups on an interactive timeline, with dated events "
                              "laid over them.</p><p>Licensed under the GNU General Public License, version 3 or "
                              "later.</p>")
                               .arg(QStringLiteral(DNSTL_VERSION)));
    });
}

void MainWindow::wire()
{
    TimelinePlot *p = plot();
    m_recordsDock->setSources(m_controller, p);
    connect(p, &TimelinePlot::visibleRangeChanged, m_controller, &TimelineController::setVisibleRange);
    connect(p, &TimelinePlot::rangeShown, this, &MainWindow::updateStatus);
    connect(p, &TimelinePlot::binClicked, this, &MainWindow::drillDown);
    connect(p, &TimelinePlot::rangeSelected, this, [this](const TimeRange &range) { drillDown(range, -1); });
    connect(p, &TimelinePlot::lookChanged, m_options, &ViewOptionsBar::setLook);
    connect(m_controller, &TimelineController::viewReset, p, &TimelinePlot::setVisibleRange);
    connect(m_controller, &TimelineController::tableReady, this, [this](const BinTable &table) {
        plot()->setTable(table);
        updateStatus();
    });
    connect(m_controller, &TimelineController::overviewReady, overview(), &OverviewStrip::setTable);
    connect(p, &QCustomPlot::afterLayout, m_controller,
            [this] { m_controller->setPlotPixels(plot()->axisRect()->width()); });
    // Any wait for the view longer than 300 ms shows that the counts are coming.
    auto *busyDelay = new QTimer(this);
    busyDelay->setSingleShot(true);
    busyDelay->setInterval(300);
    connect(busyDelay, &QTimer::timeout, this, [this] {
        m_viewBusy->showProgress(tr("Counting lookups…"), -1, false);
        updateStatus();
    });
    connect(m_controller, &TimelineController::busyChanged, this, [this, busyDelay](bool busy) {
        if (busy && !m_viewBusy->isVisible()) {
            if (!busyDelay->isActive())
                busyDelay->start();
            return;
        }
        if (!busy) {
            busyDelay->stop();
            m_viewBusy->finish();
            updateStatus();
        }
    });
    auto *lane = new ObservationLane(plot()); // passive DNS: spans, not bins
    connect(m_controller, &TimelineController::settingsChanged, lane,
            [this, lane] { lane->setFilters(m_controller->filters()); }); // qname globs narrow the lane
    connect(m_controller, &TimelineController::datasetsChanged, this,
            [this, lane](const QList<DatasetInfo> &datasets, const QList<TimelineEvent> &events) {
                lane->refresh(m_controller->store(), datasets, m_controller->selectedDatasets());
                m_eventWork->setEvents(events);
                m_datasetsDock->setDatasets(datasets, m_controller->selectedDatasets());
                QHash<qint64, QString> names;
                for (const DatasetInfo &d : datasets)
                    names.insert(d.id, d.name);
                m_recordsDock->model()->setDatasetNames(names);
            });
    connect(m_controller, &TimelineController::settingsChanged, this, [this] {
        m_filtersDock->setFilters(m_controller->filters());
        m_view->chips()->setFilters(m_controller->filters());
        m_options->setSplit(m_controller->split(), m_controller->topK());
    });
    connect(m_eventWork, &EventWorkbench::refused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 15'000); });
    // Failures of the view, and their retries, are told by the store watch.
    connect(m_watch, &StoreWatch::notice, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(lane, &ObservationLane::failed, this, &MainWindow::showFailure);
    auto *resolutions = new ResolutionLane(plot()); // the qname filter's names, from their answers
    const auto resolve = [this, resolutions](bool force) {
        resolutions->refresh(m_controller->store(), m_controller->viewQuery(), force);
    };
    connect(m_controller, &TimelineController::tableReady, resolutions, [resolve] { resolve(false); });
    connect(m_controller, &TimelineController::datasetsChanged, resolutions, [resolve] { resolve(true); });
    connect(resolutions, &ResolutionLane::failed, this, &MainWindow::showFailure);
    connect(m_eventWork, &EventWorkbench::imported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 15'000); });
    connect(m_filtersDock, &FiltersDock::filtersEdited, m_controller, &TimelineController::setFilters);
    connect(m_view->chips(), &FilterChipBar::filtersEdited, m_controller, &TimelineController::setFilters);
    connect(m_datasetsDock, &DatasetsDock::selectionEdited, m_controller, &TimelineController::setDatasets);
    connect(m_datasetsDock, &DatasetsDock::zoomRequested, this, &MainWindow::showDataset);
    connect(m_datasetsDock, &DatasetsDock::renameRequested, this, [this](qint64 id, const QString &name) {
        runStoreChange(tr("Renaming a dataset…"), [id, name](DatasetAdmin &store) { store.renameDataset(id, name); });
    });
    connect(m_datasetsDock, &DatasetsDock::deleteRequested, this, [this](qint64 id) {
        runStoreChange(tr("Deleting a dataset…"), [id](DatasetAdmin &store) { store.deleteDataset(id); });
    });
    // An event clicked on the chart is selected in the Events dock: bring its tab forward.
    connect(m_view->eventGestures(), &EventGestures::eventClicked, m_eventsDock, &QDockWidget::raise);
    connect(m_eventsDock, &EventsDock::eventActivated, this, [this](const TimelineEvent &e) {
        const qint64 end = e.endUs.value_or(e.startUs), pad = std::max<qint64>((end - e.startUs) / 2, 3'600'000'000);
        plot()->moveTo({e.startUs - pad, end + pad});
    });
    connect(m_options, &ViewOptionsBar::splitChosen, m_controller, &TimelineController::setSplit);
    connect(m_options, &ViewOptionsBar::topKChosen, m_controller, &TimelineController::setTopK);
    connect(m_options, &ViewOptionsBar::binWidthChosen, m_controller, &TimelineController::setBinWidth);
    connect(m_options, &ViewOptionsBar::zoneChosen, this, &MainWindow::setTimeZone);
    connect(m_options, &ViewOptionsBar::styleChosen, this, [this](SeriesStyle style) {
        SeriesLook look = plot()->look();
        look.style = style;
        plot()->setLook(look);
    });
    connect(m_options, &ViewOptionsBar::logScaleChosen, this, [this](bool on) {
        SeriesLook look = plot()->look();
        look.logScale = on;
        plot()->setLook(look);
    });
    connect(m_options, &ViewOptionsBar::movingAverageChosen, this, [this](int bins) {
        SeriesLook look = plot()->look();
        look.movingAverage = bins;
        plot()->setLook(look);
    });
}

void MainWindow::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_options->setZone(zone);
    plot()->setTimeZone(zone);
    overview()->setTimeZone(zone);
    m_controller->setTimeZone(zone);
    m_recordsDock->model()->setTimeZone(zone);
    m_eventWork->setTimeZone(zone);
    updateStatus();
}

void MainWindow::showFailure(const Failure &failure)
{
    if (!FailureNotice::isQuiet(failure))
        statusBar()->showMessage(FailureNotice::line(failure), 10'000);
}

void MainWindow::drillDown(const TimeRange &range, int series)
{
    m_recordsDock->drillDown(range, series);
}

void MainWindow::openStore(const QString &path, bool create)
{
    if (ClickHouseUrl::looksLike(path)) {
        connectInBackground(path); // the outcome comes later, in the status bar or a message
        return;
    }
    // A store on read-only media, or one we may not write, opens read-only (with a note).
    useStore(::openStore(path, create ? StoreOpenMode::Create : StoreOpenMode::WritableIfPossible), path);
}

void MainWindow::openStoreOrWarn(const QString &path)
{
    try {
        openStore(path);
    } catch (const Failure &failure) {
        FailureNotice::warn(this, tr("Open store"), failure);
    }
}

void MainWindow::saveViewState() const
{
    if (m_storePath.isEmpty())
        return;
    ViewState state;
    if (m_controller->table().binCount() > 0)
        state.range = plot()->visibleRange();
    state.split = m_controller->split();
    state.topK = m_controller->topK();
    state.filters = m_controller->filters();
    state.zoneId = m_controller->timeZone().id();
    state.width = m_controller->binWidthSetting();
    state.look = plot()->look();
    state.datasets = m_controller->selectedDatasets();
    state.hideAutomated = m_analysisDock->periodicityPanel()->hideAutomated();
    state.automatedAt = m_analysisDock->periodicityPanel()->params().automatedAt;
    state.save(m_storePath);
}

void MainWindow::useStore(std::shared_ptr<LookupStore> store, const QString &path)
{
    saveViewState();
    const ViewState state = ViewState::load(path);
    m_storePath = path;
    m_controller->setSplit(state.split);
    m_controller->setTopK(state.topK);
    m_controller->setFilters(state.filters);
    m_controller->setBinWidth(state.width);
    m_options->setBinWidth(state.width);
    m_options->setSplit(state.split, state.topK);
    setTimeZone(state.zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(state.zoneId));
    m_options->setLook(state.look);
    plot()->setLook(state.look);
    plot()->setTable(BinTable{});
    m_watch->watch(store); // before anything of it is read
    m_eventWork->setStore(store);
    m_addressBookDock->setStore(store);
    m_recordsDock->clear();
    m_analysisDock->restoreHideAutomated(state.hideAutomated, state.automatedAt);
    m_controller->setStore(std::move(store), state.datasets, state.range);
    if (state.range)
        plot()->setVisibleRange(*state.range);
    const bool url = ClickHouseUrl::looksLike(path);
    m_readOnlyReason = m_controller->store()->readOnlyReason();
    setWindowTitle(
        tr("%1%2 — DNS Timeline")
            .arg(url ? path : QFileInfo(path).fileName(), m_readOnlyReason ? tr(" (read-only)") : QString()));
    showWriteAccess();
    rememberRecent(path);
}

// What a store that cannot be changed looks like: a note in the status bar that says why, and
// every editing action off (its tooltip saying why) or refusing with that reason.
void MainWindow::showWriteAccess()
{
    const std::optional<QString> &why = m_readOnlyReason;
    m_readOnlyNote->setVisible(why.has_value());
    m_readOnlyNote->setText(why ? tr("Read-only: %1").arg(*why) : QString());
    m_readOnlyNote->setToolTip(why ? tr("Nothing can be imported, and datasets and events cannot be changed, "
                                        "because %1.")
                                         .arg(*why)
                                   : QString());
    m_importAction->setEnabled(!why);
    m_importAction->setStatusTip(why ? tr("Nothing can be imported: %1.").arg(*why) : QString());
    m_importAction->setToolTip(m_importAction->statusTip());
    m_importEventsAction->setEnabled(!why);
    m_importEventsAction->setStatusTip(why ? tr("Events cannot be imported: %1.").arg(*why) : QString());
    m_importEventsAction->setToolTip(m_importEventsAction->statusTip());
    m_datasetsDock->setReadOnlyReason(why);
    m_analysisDock->burstPanel()->setReadOnlyReason(why);
}

bool MainWindow::refuseImport()
{
    if (!m_readOnlyReason)
        return false;
    statusBar()->showMessage(tr("Nothing can be imported: %1.").arg(*m_readOnlyReason), 15'000);
    return true;
}

void MainWindow::newStoreDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QString(), kStoreFilter);
    if (path.isEmpty())
        return;
    try {
        useStore(::openStore(path, StoreOpenMode::Create), path);
    } catch (const Failure &failure) {
        FailureNotice::warn(this, tr("New store"), failure);
    }
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(), kStoreFilter);
    if (!path.isEmpty())
        openStoreOrWarn(path);
}

void MainWindow::connectClickHouseDialog()
{
    ClickHouseConnectDialog dialog(this);
    // The dialog connects on a worker thread; the password stays in it, the window keeps displayUrl().
    if (dialog.exec() != QDialog::Accepted || !dialog.store())
        return;
    useStore(dialog.store(), dialog.displayUrl());
    dialog.remember();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStoreOrWarn(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // A ClickHouse URL is kept as displayed, without its password.
    const QString absolute = ClickHouseUrl::looksLike(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import lookups"));
    if (!paths.isEmpty())
        showImportDialog(paths);
}

void MainWindow::showImportDialog(const QStringList &paths)
{
    if (!m_controller->store()) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a store first (File → New store…)."));
        return;
    }
    if (refuseImport())
        return;
    auto *dialog = new ImportDialog(paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importRequests(dialog->requests()); });
    dialog->open();
}

void MainWindow::importFiles(const QStringList &paths)
{
    importRequests(ImportTask::requestsFor(paths));
}

void MainWindow::importRequests(const QList<ImportRequest> &requests)
{
    if (importAfterConnecting(requests))
        return;
    if (!m_controller->store()) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a store first (File → New store…)."));
        return;
    }
    if (m_busy || requests.isEmpty() || refuseImport())
        return;
    m_busy = true;
    auto *task = new ImportTask(m_controller->store(), requests, this);
    m_task->showProgress(tr("Importing…"), 0, true);
    connect(m_task, &TaskProgress::cancelRequested, task, &ImportTask::cancel);
    connect(task, &ImportTask::progressed, this, [this](int index, int count, int permille, const QString &name) {
        m_task->showProgress(tr("Importing %1 (%2 of %3)").arg(name).arg(index + 1).arg(count),
                             (index * 1000 + permille) / count, true);
    });
    connect(task, &ImportTask::finished, this, [this, task](const ImportOutcome &outcome) {
        m_task->finish();
        disconnect(m_task, &TaskProgress::cancelRequested, task, nullptr);
        task->deleteLater();
        m_busy = false;
        importFinished(outcome);
    });
    task->start();
}

// Ticks the dataset (when only some are) and moves the view to its extent, with a margin.
void MainWindow::showDataset(qint64 id)
{
    for (const DatasetInfo &d : m_controller->datasets()) {
        if (d.id != id)
            continue;
        QList<qint64> shown = m_controller->selectedDatasets();
        if (!shown.isEmpty() && !shown.contains(id)) {
            shown.removeAll(-1);
            shown.append(id);
            m_controller->setDatasets(shown);
        }
        const TimeRange extent{d.tsMinUs, d.tsMaxUs + 1};
        const qint64 pad = std::max<qint64>(extent.length() / 20, 1'000'000);
        plot()->moveTo({extent.fromUs - pad, extent.toUs + pad});
        return;
    }
}

// The view goes to what was imported (its datasets ticked when only some are), the status bar
// says what came of it, and the errors are shown.
void MainWindow::importFinished(const ImportOutcome &outcome)
{
    if (!outcome.imported.isEmpty()) {
        std::optional<TimeRange> extent;
        QList<qint64> shown = m_controller->selectedDatasets();
        shown.removeAll(-1); // none ticked
        const bool some = !m_controller->selectedDatasets().isEmpty();
        for (const DatasetInfo &d : outcome.imported) {
            const TimeRange r{d.tsMinUs, d.tsMaxUs + 1};
            extent = extent ? TimeRange{std::min(extent->fromUs, r.fromUs), std::max(extent->toUs, r.toUs)} : r;
            if (some)
                shown.append(d.id);
        }
        if (shown != m_controller->selectedDatasets())
            m_controller->setDatasets(shown);
        m_controller->reload();
        const qint64 pad = std::max<qint64>(extent->length() / 20, 1'000'000);
        plot()->moveTo({extent->fromUs - pad, extent->toUs + pad});
    }
    if (!outcome.failures.isEmpty()) {
        QStringList lines;
        for (const Failure &failure : outcome.failures)
            lines.append(FailureNotice::line(failure));
        QMessageBox::warning(this, tr("Import failed"), lines.join(QLatin1Char('\n')));
    }
    ImportNotice::post(*m_notice, outcome, locale(),
                       [this](const QList<ImportRequest> &again) { importRequests(again); });
}

// A change to the store (rename, delete) on a BackgroundTask, then a reload of the view.
void MainWindow::runStoreChange(const QString &what, std::function<void(DatasetAdmin &)> change)
{
    if (!m_controller->store() || m_busy)
        return;
    m_busy = true;
    m_task->showProgress(what, -1, false);
    const auto finished = [this](const std::optional<Failure> &failure) {
        m_task->finish();
        m_busy = false;
        if (failure)
            FailureNotice::warn(this, tr("Datasets"), *failure);
        m_recordsDock->clear();
        m_controller->reload();
    };
    m_storeChange->run(
        [store = m_controller->store(), change](const CancelToken &) {
            const QueryCancelScope whole(nullptr); // not stopped halfway, not even by closing the window
            change(*store);
        },
        [finished] { finished(std::nullopt); }, [finished](const Failure &failure) { finished(failure); });
}

void MainWindow::exportDialog()
{
    m_export->chartDialog();
}

// What the view shows, and never "no lookups" while the datasets shown hold some: then it
// says what there is and where, or that the counts are still coming.
void MainWindow::updateStatus()
{
    const QLocale numbers = locale();
    if (!m_controller->store()) {
        m_status->setText(tr("No store open: File → Open store, or drop a store here."));
        return;
    }
    const QList<qint64> shown = m_controller->effectiveDatasets();
    qint64 held = 0;
    std::optional<TimeRange> extent;
    for (const DatasetInfo &d : m_controller->datasets()) {
        if (!shown.contains(d.id) || d.kind != DatasetKind::Lookups || d.records == 0)
            continue;
        held += d.records;
        const TimeRange r{d.tsMinUs, d.tsMaxUs + 1};
        extent = extent ? TimeRange{std::min(extent->fromUs, r.fromUs), std::max(extent->toUs, r.toUs)} : r;
    }
    const QTimeZone zone = m_controller->timeZone();
    if (held == 0) {
        m_status->setText(m_controller->isBusy() ? tr("Reading the store…")
                              : m_controller->datasets().isEmpty()
                              ? tr("No lookups yet: import a file (File → Import, or drop it here).")
                              : shown.isEmpty() ? tr("No dataset is ticked: tick one in the Datasets dock.")
                                                : tr("The datasets shown hold passive-DNS observations (drawn "
                                                     "as spans), no lookups to count."));
        return;
    }
    if (m_controller->table().binCount() == 0) {
        m_status->setText(
            m_controller->isBusy()
                ? tr("Counting the lookups of this view…")
                : tr("No lookups in this view; the datasets shown hold %1 from %2 to %3 (Home shows them).")
                      .arg(numbers.toString(held), formatUs(extent->fromUs, zone), formatUs(extent->toUs, zone)));
        return;
    }
    const TimeRange view = plot()->visibleRange();
    const BinTable &table = m_controller->table();
    const qint64 inView = m_controller->lookupsIn(view);
    QString text = tr("%1 – %2   ·   %3 bins   ·   %4 lookups in view   ·   %5")
                       .arg(formatUs(view.fromUs, zone), formatUs(view.toUs, zone), table.width.name(),
                            numbers.toString(inView), QString::fromUtf8(zone.id()));
    if (inView == 0)
        text += tr("   ·   none here: the datasets shown hold %1 from %2 to %3")
                    .arg(numbers.toString(held), formatUs(extent->fromUs, zone), formatUs(extent->toUs, zone));
    if (const auto fallback = m_controller->widthFallback()) {
        const qint64 fits = m_controller->maxBins() / 2 * fallback->wanted.nominalUs();
        text += tr("   ·   %1 needs %2 bins here; showing %3 — zoom in below %4 for %1")
                    .arg(fallback->wanted.name(), numbers.toString(fallback->bins), table.width.name(),
                         SpanText::approximate(fits, numbers));
    }
    // A dataset far from the others may be thinner than a pixel at this zoom: say where it is.
    const double usPerPixel = double(view.length()) / std::max(1, plot()->axisRect()->width());
    QStringList narrow;
    for (const DatasetInfo &d : m_controller->datasets()) {
        if (shown.contains(d.id) && d.records > 0 && double(d.tsMaxUs + 1 - d.tsMinUs) < usPerPixel &&
            d.tsMaxUs >= view.fromUs && d.tsMinUs < view.toUs)
            narrow.append(tr("%1 (%2)").arg(d.name, SpanText::approximate(d.tsMaxUs + 1 - d.tsMinUs, numbers)));
    }
    if (narrow.size() == 1)
        text += tr("   ·   %1 is narrower than a pixel here: double-click it in Datasets to show it").arg(narrow[0]);
    else if (narrow.size() > 1)
        text += tr("   ·   %1 are narrower than a pixel here: double-click one in Datasets to show it")
                    .arg(narrow.join(QStringLiteral(", ")));
    m_status->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    BackgroundTask::joinAll(this); // no work outlives the window's parts
    saveViewState();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

// A dropped store is opened; dropped data files open the import dialog, as File → Import does.
void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList data;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isStoreFile(path))
            openStoreOrWarn(path);
        else
            data.append(path);
    }
    event->acceptProposedAction();
    if (!data.isEmpty())
        showImportDialog(data);
}
