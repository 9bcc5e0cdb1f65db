// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the store's lifecycle: opening (a file, a new one, a ClickHouse server, a
// recent one), what a read-only store allows, saving its view, and changes to its datasets.
#include "main_window.h"

#include "clickhouse_url.h"
#include "failure.h"
#include "failure_notice.h"

#include "analysis_dock.h"
#include "background_task.h"
#include "burst_panel.h"
#include "clickhouse_connect_dialog.h"
#include "datasets_dock.h"
#include "lookup_store.h"
#include "periodicity_panel.h"
#include "query_cancel_scope.h"
#include "records_dock.h"
#include "store_schema.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "view_options_bar.h"
#include "view_session.h"
#include "view_state.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentStores");
const QString kStoreFilter = QStringLiteral("DNS Timeline stores (*.dnstl *.sqlite *.db);;All files (*)");

} // namespace

void MainWindow::openStore(const QString &path, bool create)
{
    if (ClickHouseUrl::looksLike(path)) {
        connectInBackground(path); // the outcome comes later, in the status bar or a message
        return;
    }
    // A store on read-only media, or one we may not write, opens read-only (with a note).
    useStore(::openStore(path, create ? StoreOpenMode::Create : StoreOpenMode::WritableIfPossible), path);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList dataFiles;
    bool haveStore = false;
    for (const QString &path : paths) {
        const bool url = ClickHouseUrl::looksLike(path), exists = QFileInfo::exists(path);
        const bool newStore = !url && !exists && QFileInfo(path).suffix() == QLatin1String("dnstl");
        if (!url && !exists && !newStore) {
            FailureNotice::warn(this, tr("DNS Timeline"),
                                Failure(Failure::Kind::NotFound, tr("%1: no such file").arg(path)));
            continue;
        }
        if (!url && !newStore && !StoreSchema::isStoreFile(path)) {
            dataFiles.append(path);
            continue;
        }
        try {
            openStore(path, newStore);
            haveStore = true;
        } catch (const Failure &failure) {
            FailureNotice::warn(this, tr("DNS Timeline"), failure);
        }
    }
    if (dataFiles.isEmpty())
        return;
    const QFileInfo first(dataFiles.first());
    try {
        if (!haveStore)
            openStore(first.absoluteDir().filePath(first.completeBaseName() + QStringLiteral(".dnstl")), true);
        importFiles(dataFiles);
    } catch (const Failure &failure) {
        FailureNotice::warn(this, tr("DNS Timeline"), failure);
    }
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
    if (m_session->path().isEmpty())
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
    state.save(m_session->path());
}

void MainWindow::useStore(std::shared_ptr<LookupStore> store, const QString &path)
{
    saveViewState();
    const ViewState state = ViewState::load(path);
    m_controller->setSplit(state.split);
    m_controller->setTopK(state.topK);
    m_controller->setFilters(state.filters);
    m_controller->setBinWidth(state.width);
    m_options->setBinWidth(state.width);
    m_options->setSplit(state.split, state.topK);
    m_session->setTimeZone(state.zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(state.zoneId));
    m_options->setLook(state.look);
    plot()->setLook(state.look);
    plot()->setTable(BinTable{});
    m_session->open(std::move(store), path, state); // the receivers: wireSession()
}

// After the session opened a store: its view, the title, what may be changed (a store that
// cannot be changed has a note in the status bar that says why, and every editing action off,
// its tooltip saying why, or refusing with that reason), and the Recent menu.
void MainWindow::showStoreOpened(const ViewState &opening)
{
    if (opening.range)
        plot()->setVisibleRange(*opening.range);
    const std::optional<QString> why = m_session->readOnlyReason();
    setWindowTitle(tr("%1%2 — DNS Timeline").arg(m_session->displayName(), why ? tr(" (read-only)") : QString()));
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
    rememberRecent(m_session->path());
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
