// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: assembling the window and wiring its parts; the rest is in main_window_*.cpp.
#include "main_window.h"

#include "failure.h"
#include "failure_notice.h"
#include "store_schema.h"
#include "store_watch.h"

#include "address_book_dock.h"
#include "analysis_dock.h"
#include "background_task.h"
#include "datasets_dock.h"
#include "elided_label.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "filter_chip_bar.h"
#include "filters_dock.h"
#include "lookup_store.h"
#include "observation_lane.h"
#include "overview_strip.h"
#include "records_dock.h"
#include "records_model.h"
#include "resolution_lane.h"
#include "rollup_backfill.h"
#include "status_line.h"
#include "status_notice.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "timeline_view.h"
#include "view_options_bar.h"
#include "view_session.h"
#include "view_state.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_view = new TimelineView(this);
    m_controller = new TimelineController(this);
    m_session = new ViewSession(this);
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
    // Over the plot, centred, when it has nothing to draw; mouse and drops go through to it.
    m_emptyNote = new QLabel(plot());
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyNote->setStyleSheet(QStringLiteral("QLabel { font-size: 13pt; padding: 12px; }"));
    auto *noteLayout = new QVBoxLayout(plot());
    noteLayout->addWidget(m_emptyNote, 0, Qt::AlignCenter);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; }"));
    m_readOnlyNote->hide();
    statusBar()->addPermanentWidget(m_readOnlyNote);
    m_task = new TaskProgress(this);
    m_rollups = new RollupBackfill(m_task, this);
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

QString MainWindow::storePath() const
{
    return m_session->path();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

bool MainWindow::showsBusy() const
{
    return m_viewBusy->isVisibleTo(this);
}

void MainWindow::wire()
{
    wireSession();
    wireDocks();
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
    connect(m_rollups, &RollupBackfill::done, m_controller, &TimelineController::reload);
    connect(m_rollups, &RollupBackfill::failed, this, [this](const Failure &failure) {
        statusBar()->showMessage(
            tr("Could not index older datasets (views stay slower): %1").arg(FailureNotice::line(failure)), 15'000);
    });
    auto *resolutions = new ResolutionLane(plot()); // the qname filter's names, from their answers
    const auto resolve = [this, resolutions](bool force) {
        resolutions->refresh(m_controller->store(), m_controller->viewQuery(), force);
    };
    connect(m_controller, &TimelineController::tableReady, resolutions, [resolve] { resolve(false); });
    connect(m_controller, &TimelineController::datasetsChanged, resolutions, [resolve] { resolve(true); });
    connect(resolutions, &ResolutionLane::failed, this, &MainWindow::showFailure);
    connect(m_eventWork, &EventWorkbench::imported, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 15'000); });
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

// The store and the zone reach each part that shows them from the session, and only from it.
// The store watch is told first, so that it sees every change committed after the opening.
void MainWindow::wireSession()
{
    connect(m_session, &ViewSession::timeZoneChanged, this, [this](const QTimeZone &zone) {
        m_options->setZone(zone);
        plot()->setTimeZone(zone);
        overview()->setTimeZone(zone);
        m_controller->setTimeZone(zone);
        m_recordsDock->model()->setTimeZone(zone);
        m_eventWork->setTimeZone(zone);
        updateStatus();
    });
    connect(m_session, &ViewSession::storeOpened, this,
            [this](const std::shared_ptr<LookupStore> &store, const ViewState &opening) {
                m_watch->watch(store); // before anything of it is read
                m_eventWork->setStore(store);
                m_addressBookDock->setStore(store);
                m_recordsDock->clear();
                m_analysisDock->restoreHideAutomated(opening.hideAutomated, opening.automatedAt);
                m_controller->setStore(store, opening.datasets, opening.range);
                m_rollups->startFor(store);
                showStoreOpened(opening);
            });
}

void MainWindow::setTimeZone(const QTimeZone &zone)
{
    m_session->setTimeZone(zone);
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

// What the view shows (StatusLine), kept current as the view and the counts change.
void MainWindow::updateStatus()
{
    m_status->setText(StatusLine::text(*m_controller, plot()->visibleRange(), plot()->axisRect()->width(), locale()));
    // An empty plot's axes (the first seconds of 1970, counts 0–5) say nothing: say why over them.
    const QString nothing = StatusLine::nothingToDraw(*m_controller);
    m_emptyNote->setText(nothing);
    m_emptyNote->setVisible(!nothing.isEmpty());
}

QString MainWindow::emptyNoteText() const
{
    return m_emptyNote->isVisibleTo(this) ? m_emptyNote->text() : QString();
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
        // By content, not name: a pihole-FTL.db is SQLite too, but a data file to import.
        if (StoreSchema::isStoreFile(path))
            openStoreOrWarn(path);
        else
            data.append(path);
    }
    event->acceptProposedAction();
    if (!data.isEmpty())
        showImportDialog(data);
}
