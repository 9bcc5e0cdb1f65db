// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: imports of lookups: File → Import, the import dialog, running the imports
// in the background with progress and Cancel, and what the view shows after them.
#include "main_window.h"

#include "failure.h"
#include "failure_notice.h"
#include "import_dialog.h"
#include "import_notice.h"
#include "import_task.h"
#include "rollup_backfill.h"
#include "status_notice.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "view_session.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

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
    m_rollups->stop(); // an import writes: indexing older datasets goes on after it
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
        m_rollups->startFor(m_controller->store());
    });
    task->start();
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

bool MainWindow::refuseImport()
{
    const std::optional<QString> why = m_session->readOnlyReason();
    if (!why)
        return false;
    statusBar()->showMessage(tr("Nothing can be imported: %1.").arg(*why), 15'000);
    return true;
}
