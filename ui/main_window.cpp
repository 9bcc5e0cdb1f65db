// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "chart_renderer.h"
#include "import_task.h"
#include "storage/lookup_store.h"
#include "storage/sqlite_db.h"
#include "time_zone_box.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentStores");
const QString kStoreFilter = QStringLiteral("DNS Timeline stores (*.dnstl *.sqlite *.db);;All files (*)");

QString formatUs(qint64 us, const QTimeZone &zone)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_plot = new TimelinePlot(this);
    m_controller = new TimelineController(this);
    setCentralWidget(m_plot);
    setAcceptDrops(true);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);
    buildMenus();
    buildToolBar();
    setWindowTitle(tr("DNS Timeline"));
    resize(1280, 760);

    connect(m_plot, &TimelinePlot::visibleRangeChanged, m_controller, &TimelineController::setVisibleRange);
    connect(m_plot, &TimelinePlot::visibleRangeChanged, this, &MainWindow::updateStatus);
    connect(m_controller, &TimelineController::viewReset, m_plot, &TimelinePlot::setVisibleRange);
    connect(m_controller, &TimelineController::tableReady, this, [this](const BinTable &table) {
        m_plot->setTable(table);
        updateStatus();
    });
    connect(m_controller, &TimelineController::datasetsChanged, this,
            [this](const QList<DatasetInfo> &, const QList<TimelineEvent> &events) { m_plot->setEvents(events); });
    connect(m_controller, &TimelineController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store…"), QKeySequence::New, this, &MainWindow::newStoreDialog);
    file->addAction(tr("&Open store…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Import file(s)…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importDialog);
    file->addAction(tr("&Export chart…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *all = view->addAction(tr("Show &all"), m_controller, &TimelineController::showAll);
    all->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_0)});
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->addWidget(new QLabel(tr(" Time zone "), bar));
    m_zoneBox = new TimeZoneBox(bar);
    bar->addWidget(m_zoneBox);
    connect(m_zoneBox, &TimeZoneBox::zoneChosen, this, [this](const QTimeZone &zone) {
        m_plot->setTimeZone(zone);
        m_controller->setTimeZone(zone);
        updateStatus();
    });
    bar->addWidget(new QLabel(tr("  Bins "), bar));
    m_widthBox = new QComboBox(bar);
    m_widthBox->addItem(tr("auto"));
    for (const BinWidth &w : BinWidth::niceWidths())
        m_widthBox->addItem(w.name());
    m_widthBox->setToolTip(tr("Bin width; auto follows the zoom"));
    bar->addWidget(m_widthBox);
    connect(m_widthBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_controller->setBinWidth(index <= 0 ? std::nullopt : BinWidth::parse(m_widthBox->itemText(index)));
    });
}

bool MainWindow::openStore(const QString &path, QString *error)
{
    try {
        useStore(::openStore(path, StoreOpenMode::ReadWrite), path);
        return true;
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

void MainWindow::useStore(std::shared_ptr<LookupStore> store, const QString &path)
{
    m_storePath = path;
    m_controller->setStore(std::move(store));
    m_plot->setTable(BinTable{});
    m_plot->setEvents({});
    setWindowTitle(tr("%1 — DNS Timeline").arg(QFileInfo(path).fileName()));
    rememberRecent(path);
}

void MainWindow::newStoreDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QString(), kStoreFilter);
    if (path.isEmpty())
        return;
    try {
        useStore(::openStore(path, StoreOpenMode::Create), path);
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("New store"), e.message());
    }
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QString(), kStoreFilter);
    QString error;
    if (!path.isEmpty() && !openStore(path, &error))
        QMessageBox::warning(this, tr("Open store"), error);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            QString error;
            if (!openStore(path, &error))
                QMessageBox::warning(this, tr("Open store"), error);
        });
    }
    m_recentMenu->setEnabled(true);
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import lookups"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_controller->store()) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a store first (File → New store…)."));
        return;
    }
    if (m_importing || paths.isEmpty())
        return;
    m_importing = true;
    auto *task = new ImportTask(m_controller->store(), paths, this);
    auto *dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, task, &ImportTask::cancel);
    connect(task, &ImportTask::progressed, dialog, [dialog](int index, int count, int permille, const QString &name) {
        dialog->setLabelText(tr("Importing %1 (%2 of %3)…").arg(name).arg(index + 1).arg(count));
        dialog->setValue((index * 1000 + permille) / count);
    });
    connect(task, &ImportTask::finished, this, [this, task, dialog](const ImportOutcome &outcome) {
        dialog->reset();
        dialog->deleteLater();
        task->deleteLater();
        m_importing = false;
        if (outcome.imported > 0)
            m_controller->reload();
        if (!outcome.errors.isEmpty())
            QMessageBox::warning(this, tr("Import failed"), outcome.errors.join(QLatin1Char('\n')));
        QString summary = tr("Imported %n file(s).", nullptr, outcome.imported);
        if (outcome.cancelled)
            summary += tr(" Cancelled.");
        if (!outcome.warnings.isEmpty())
            summary += QLatin1Char(' ') + outcome.warnings.join(QStringLiteral("; "));
        statusBar()->showMessage(summary, 15'000);
    });
    task->start();
}

void MainWindow::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;JPEG image (*.jpg)"));
    if (path.isEmpty())
        return;
    ChartSpec spec;
    spec.table = m_controller->table();
    spec.events = m_controller->events();
    spec.zone = m_controller->timeZone();
    spec.range = m_plot->visibleRange();
    spec.title = QFileInfo(m_storePath).completeBaseName();
    spec.subtitle = tr("%1 – %2 (%3)").arg(formatUs(spec.range->fromUs, spec.zone), formatUs(spec.range->toUs, spec.zone),
                                           QString::fromUtf8(spec.zone.id()));
    QString error;
    if (!ChartRenderer::render(spec, path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 10'000);
}

void MainWindow::updateStatus()
{
    if (!m_controller->store() || m_controller->table().binCount() == 0) {
        m_status->setText(m_controller->store() ? tr("No lookups yet: import a file (File → Import, or drop it here).")
                                                : tr("No store open."));
        return;
    }
    const TimeRange view = m_plot->visibleRange();
    const QTimeZone zone = m_controller->timeZone();
    const QLocale numbers(QLocale::English, QLocale::UnitedStates);
    m_status->setText(tr("%1 – %2   ·   bins of %3   ·   %4 lookups in view   ·   %5")
                          .arg(formatUs(view.fromUs, zone), formatUs(view.toUs, zone),
                               TimelinePlot::widthPhrase(m_controller->table().width),
                               numbers.toString(m_controller->lookupsIn(view)), QString::fromUtf8(zone.id())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}
