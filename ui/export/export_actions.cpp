// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_actions.h"

#include "analysis_dock.h"
#include "background_task.h"
#include "bin_table_format.h"
#include "chart_export.h"
#include "chart_footer.h"
#include "event_layer.h"
#include "export_dialog.h"
#include "failure.h"
#include "failure_notice.h"
#include "lookup_store.h"
#include "main_window.h"
#include "periodicity_panel.h"
#include "records_dock.h"
#include "records_model.h"
#include "series_drawer.h"
#include "status_notice.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStatusBar>

namespace {
QString stamp(qint64 us, const QTimeZone &zone)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

ExportActions::ExportActions(MainWindow *window, QMenu *fileMenu) : QObject(window), m_window(window)
{
    QAction *copy = fileMenu->addAction(tr("&Copy chart"), this, &ExportActions::copyChart);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copy->setShortcutContext(Qt::WindowShortcut);
    m_progress = new TaskProgress(window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    window->statusBar()->addPermanentWidget(m_progress);
    m_recordsTask = new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        m_recordsTask->cancel();
        m_progress->finish();
        m_window->statusBar()->showMessage(tr("Export of the records cancelled: nothing written"), 10'000);
    });
    QMenu *data = fileMenu->addMenu(tr("Export &data"));
    data->addAction(tr("Visible bins as &CSV…"), this, [this] { exportBins(false); });
    data->addAction(tr("Visible bins as &JSON…"), this, [this] { exportBins(true); });
    data->addAction(tr("Drill-down &records as CSV…"), this, &ExportActions::exportRecords);
    fileMenu->addAction(tr("Export evidence &bundle…"), this, &ExportActions::exportBundle);
    m_redact = fileMenu->addAction(tr("Redact addresses in exports"));
    m_redact->setCheckable(true);
    m_redact->setToolTip(tr("Client and server addresses become stable pseudonyms (keyed with the store's secret)"));
    m_redactNames = fileMenu->addAction(tr("Redact query names in exports"));
    m_redactNames->setCheckable(true);
    m_redactNames->setEnabled(false);
    connect(m_redact, &QAction::toggled, m_redactNames, &QAction::setEnabled);
    // Redaction needs the store's key; a read-only store that has none yet cannot make one,
    // and says so now rather than at the export.
    connect(m_redact, &QAction::toggled, this, [this](bool on) {
        const auto store = m_window->controller()->store();
        if (!on || !store || !store->readOnlyReason())
            return;
        try {
            (void)store->redactionKey();
        } catch (const Failure &failure) {
            m_redact->setChecked(false);
            m_window->statusBar()->showMessage(failure.message(), 15'000);
        }
    });
}

ExportView ExportActions::currentView() const
{
    const TimelineController *c = m_window->controller();
    ExportView v;
    v.query.datasets = c->selectedDatasets();
    v.query.zone = c->timeZone();
    v.query.range = m_window->plot()->visibleRange();
    v.query.width = c->table().width;
    v.query.split = c->split();
    v.query.topK = c->topK();
    v.query.filters = c->filters();
    // What "Hide automated traffic" leaves out of the window is left out of the export, named.
    v.query.excludedPairs = c->excludedPairs();
    const PeriodicityPanel *periodicity = m_window->analysisDock()->periodicityPanel();
    if (periodicity->hideAutomated()) {
        v.hideAutomatedAt = periodicity->params().automatedAt;
        v.automatedPairs = periodicity->automatedScored();
    }
    v.title = defaultChartTitle(m_window->storePath());
    v.subtitle = tr("%1 – %2 (%3)")
                     .arg(stamp(v.query.range->fromUs, v.query.zone), stamp(v.query.range->toUs, v.query.zone),
                          QString::fromUtf8(v.query.zone.id()));
    const SeriesLook &look = m_window->plot()->look();
    v.style = look.style == SeriesStyle::Lines ? QStringLiteral("lines")
        : look.style == SeriesStyle::Steps     ? QStringLiteral("steps")
                                               : QStringLiteral("bars");
    v.logScale = look.logScale;
    v.average = look.movingAverage;
    for (const BinSeries &s : c->table().series) { // in the legend's order; a name the view no longer has is moot
        if (look.hidden.contains(SeriesDrawer::legendName(s)))
            v.hiddenSeries.append(SeriesDrawer::legendName(s));
    }
    const QSet<QString> categories = m_window->plot()->eventLayer()->hiddenCategories();
    v.hiddenCategories = QStringList(categories.begin(), categories.end());
    v.hiddenCategories.sort();
    v.redact = m_redact->isChecked();
    v.redactNames = v.redact && m_redactNames->isChecked();
    return v;
}

bool ExportActions::ready() const
{
    if (m_window->controller()->store() && m_window->controller()->table().binCount() > 0)
        return true;
    QMessageBox::information(m_window, tr("Export"), tr("Open a store with lookups first."));
    return false;
}

void ExportActions::wrote(const QString &what, const QString &path)
{
    m_window->notice()->post(tr("Wrote %1 to %2").arg(what, QDir::toNativeSeparators(path)),
                             {StatusNotice::openFolder(path)});
}

bool ExportActions::save(const QString &path, const QByteArray &bytes, const QString &what)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        wrote(what, path);
        return true;
    }
    FailureNotice::warn(
        m_window, tr("Export"),
        Failure(Failure::Kind::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    return false;
}

void ExportActions::chartDialog()
{
    if (!ready())
        return;
    ExportDialog dialog(m_window->controller()->store(), currentView(), m_window);
    dialog.resize(900, 760);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        wrote(tr("the chart"), dialog.writtenPath());
}

void ExportActions::copyChart()
{
    if (!ready())
        return;
    try {
        const PreparedChart chart =
            ChartExport::prepare(*m_window->controller()->store(), currentView(), ChartFooter::exportTime());
        const QImage image = ChartRenderer::renderImage(chart.spec);
        QApplication::clipboard()->setImage(image);
        m_window->notice()->post(
            tr("Copied the chart (%1 × %2 pixels) to the clipboard")
                .arg(m_window->locale().toString(image.width()), m_window->locale().toString(image.height())));
    } catch (const Failure &e) {
        FailureNotice::warn(m_window, tr("Copy chart"), e);
    }
}

void ExportActions::exportBins(bool json)
{
    if (!ready())
        return;
    const QString ext = json ? QStringLiteral("json") : QStringLiteral("csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export bins"), QStringLiteral("bins.") + ext,
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportBinsTo(path, json);
}

bool ExportActions::exportBinsTo(const QString &path, bool json)
{
    try {
        const PreparedChart chart =
            ChartExport::prepare(*m_window->controller()->store(), currentView(), ChartFooter::exportTime());
        const QLocale &l = m_window->locale();
        return save(
            path, json ? BinTableFormat::toJson(chart.table) : BinTableFormat::toCsv(chart.table),
            tr("%1 bins × %2 series").arg(l.toString(chart.table.binCount()), l.toString(chart.table.series.size())));
    } catch (const Failure &e) {
        FailureNotice::warn(m_window, tr("Export bins"), e);
        return false;
    }
}

void ExportActions::exportRecords()
{
    const RecordsModel *model = m_window->recordsDock()->model();
    if (!m_window->controller()->store() || model->query().range.isEmpty()) {
        QMessageBox::information(
            m_window, tr("Export records"),
            tr("Click a bar, or drag over the timeline with the right button, to list the lookups to export."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export records"), QStringLiteral("records.csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportRecordsTo(path);
}

void ExportActions::exportRecordsTo(const QString &path)
{
    const std::shared_ptr<LookupStore> store = m_window->controller()->store();
    if (!store)
        return;
    const RecordQuery query = m_window->recordsDock()->model()->query();
    const QString file = QFileInfo(path).fileName();
    m_progress->showProgress(tr("Exporting records to %1…").arg(file), -1, true);
    m_recordsTask->run(
        [store, query, view = currentView(), path, self = QPointer<ExportActions>(this),
         file](const CancelToken &token) {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                throw Failure(Failure::Kind::Io,
                              tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
            // Posted at most once per permille step, from the worker.
            auto lastPosted = std::make_shared<int>(-1);
            const qint64 written =
                ChartExport::writeRecordsCsv(*store, query, view, out, [&](qint64 done, qint64 total) {
                    const int permille = total > 0 ? int(done * 1000 / total) : -1;
                    if (permille != *lastPosted && !token.isCancelled()) {
                        *lastPosted = permille;
                        QMetaObject::invokeMethod(
                            self.data(),
                            [self, file, permille] {
                                if (self && self->isExporting())
                                    self->m_progress->showProgress(tr("Exporting records to %1…").arg(file), permille,
                                                                   true);
                            },
                            Qt::QueuedConnection);
                    }
                    return !token.isCancelled();
                });
            if (token.isCancelled())
                throw Failure(Failure::Kind::Cancelled, tr("Export cancelled: %1 not written").arg(path));
            if (!out.commit())
                throw Failure(Failure::Kind::Io,
                              tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
            return written;
        },
        [this, path](qint64 written) {
            m_progress->finish();
            wrote(tr("%1 records").arg(m_window->locale().toString(written)), path);
        },
        [this](const Failure &failure) {
            m_progress->finish();
            FailureNotice::warn(m_window, tr("Export records"), failure);
        });
}

bool ExportActions::isExporting() const
{
    return m_recordsTask->isBusy();
}

void ExportActions::exportBundle()
{
    if (!ready())
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export evidence bundle"), QStringLiteral("evidence"),
                                                tr("Folder (*);;Zip archive (*.zip)"), &filter);
    if (path.isEmpty())
        return;
    if (filter.contains(QLatin1String("zip")) && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    exportBundleTo(path);
}

bool ExportActions::exportBundleTo(const QString &path)
{
    try {
        ChartExport::writeBundle(*m_window->controller()->store(), currentView(), path);
        wrote(tr("the evidence bundle"), path);
        return true;
    } catch (const Failure &failure) {
        FailureNotice::warn(m_window, tr("Export evidence bundle"), failure);
        return false;
    }
}
