// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_dock.h"

#include "analysis_jobs.h"
#include "analysis_overlay.h"
#include "analysis_runner.h"
#include "burst_panel.h"
#include "coincidence_panel.h"
#include "failure_notice.h"
#include "heatmap_panel.h"
#include "lookup_store.h"
#include "periodicity_panel.h"
#include "series_panel.h"
#include "task_progress.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kDebounceMs = 350;

bool sameView(const BinQuery &a, const BinQuery &b)
{
    return a.datasets == b.datasets && a.range == b.range && a.zone == b.zone && a.width == b.width &&
        a.filters == b.filters && a.excludedPairs == b.excludedPairs;
}

} // namespace

AnalysisDock::AnalysisDock(TimelineController *controller, TimelinePlot *plot, QWidget *parent)
    : QDockWidget(tr("Analysis"), parent), m_controller(controller), m_plot(plot)
{
    setObjectName(QStringLiteral("analysisDock"));
    m_overlay = new AnalysisOverlay(plot);
    m_runner = new AnalysisRunner(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_tabs = new QTabWidget(body);
    m_heatmap = new HeatmapPanel(m_tabs);
    m_bursts = new BurstPanel(m_tabs);
    m_coincidence = new CoincidencePanel(m_tabs);
    m_periodicity = new PeriodicityPanel(m_tabs);
    m_series = new SeriesPanel(m_tabs);
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_tabs->addTab(m_bursts, tr("Bursts"));
    m_tabs->addTab(m_coincidence, tr("Coincidence"));
    m_tabs->addTab(m_periodicity, tr("Periodicity"));
    m_tabs->addTab(m_series, tr("Overlays"));
    m_message = new QLabel(body);
    m_message->setWordWrap(true);
    m_progress = new TaskProgress(body);
    // Scrolled when the dock is short, so that opening it never squeezes the timeline above.
    auto *scroll = new QScrollArea(body);
    scroll->setWidget(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    setWidget(body);

    connect(m_debounce, &QTimer::timeout, this, &AnalysisDock::runWanted);
    connect(controller, &TimelineController::tableReady, this, &AnalysisDock::viewChanged);
    connect(controller, &TimelineController::datasetsChanged, this,
            [this](const QList<DatasetInfo> &, const QList<TimelineEvent> &events) {
                QStringList categories;
                for (const TimelineEvent &e : events) {
                    if (!e.category.isEmpty() && !categories.contains(e.category, Qt::CaseInsensitive))
                        categories.append(e.category);
                }
                categories.sort(Qt::CaseInsensitive);
                m_coincidence->setCategories(categories);
                m_lastView.reset(); // new data or events: everything is stale
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalysisDock::runWanted);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown)
            runWanted();
    });
    // Closing the dock takes its overlays off the timeline; opening it brings them back.
    connect(toggleViewAction(), &QAction::toggled, this, [this](bool open) {
        if (open) {
            runWanted();
            return;
        }
        m_overlay->setBursts({});
        m_overlay->setCoverage({});
        m_overlay->setDerived({});
        m_overlay->setBaseline({});
        m_stale.unite({Kind::Bursts, Kind::Coverage, Kind::Derived, Kind::Baseline});
    });
    connect(m_runner, &AnalysisRunner::progress, this, [this](const QString &label, int permille) {
        m_progress->showProgress(label + QStringLiteral("…"), permille, true);
    });
    connect(m_runner, &AnalysisRunner::idle, m_progress, &TaskProgress::finish);
    connect(m_progress, &TaskProgress::cancelRequested, m_runner, &AnalysisRunner::cancel);
    connect(m_runner, &AnalysisRunner::cancelled, this, [this](const QString &label) {
        m_message->setText(tr("%1 cancelled: its tab shows what it showed before. Change the view or the "
                              "analysis' settings to run it again.")
                               .arg(label));
    });
    connect(m_runner, &AnalysisRunner::failed, this, [this](const QString &label, const Failure &failure) {
        if (!FailureNotice::isQuiet(failure))
            m_message->setText(tr("%1 failed: %2").arg(label, FailureNotice::line(failure)));
    });
    connect(m_heatmap, &HeatmapPanel::zonesChanged, this, [this] { recompute(Kind::Heatmap); });
    connect(m_bursts, &BurstPanel::paramsChanged, this, [this] { recompute(Kind::Bursts); });
    connect(m_bursts, &BurstPanel::acceptRequested, this, &AnalysisDock::acceptBursts);
    connect(m_coincidence, &CoincidencePanel::paramsChanged, this, [this] { recompute(Kind::Coincidence); });
    connect(m_periodicity, &PeriodicityPanel::paramsChanged, this, [this] { recompute(Kind::Periodicity); });
    connect(m_periodicity, &PeriodicityPanel::hideAutomatedToggled, this, &AnalysisDock::applyHideAutomated);
    connect(m_series, &SeriesPanel::coverageChanged, this, [this] { recompute(Kind::Coverage); });
    connect(m_series, &SeriesPanel::derivedChanged, this, [this] {
        if (m_derived)
            showDerived();
        recompute(Kind::Derived);
    });
    connect(m_series, &SeriesPanel::baselineChanged, this, [this] { recompute(Kind::Baseline); });
    connect(plot, &TimelinePlot::barsRebuilt, this, [this] {
        if (!m_series->baseline())
            m_series->setBaselineText(QString());
        if (!m_series->baseline() || SeasonalBaseline::supports(m_plot->table().width))
            return; // the result says how many bins lie outside
        m_overlay->setBaseline({});
        m_series->setBaselineText(tr("No band for %1 bins: it compares each bin with the same time of the week in "
                                     "other weeks, so it needs bins that divide a day (1 minute to 1 day).")
                                      .arg(m_plot->table().width.name()));
    });
}

QString AnalysisDock::message() const
{
    return m_message->text();
}

bool AnalysisDock::isBusy() const
{
    return m_runner->isBusy() || m_debounce->isActive();
}

void AnalysisDock::viewChanged()
{
    if (!m_controller->store() || !m_controller->visibleRange())
        return;
    const BinQuery view = AnalysisJobs::analysisView(m_controller->viewQuery(), m_controller->table());
    if (m_lastView && sameView(*m_lastView, view))
        return;
    m_lastView = view;
    m_fresh.clear();
    m_stale = {Kind::Heatmap,  Kind::Bursts,  Kind::Coincidence, Kind::Periodicity,
               Kind::Coverage, Kind::Derived, Kind::Baseline};
    m_debounce->start();
}

QSet<AnalysisDock::Kind> AnalysisDock::wanted() const
{
    QSet<Kind> out;
    if (m_periodicity->hideAutomated())
        out.insert(Kind::Periodicity); // the exclusions follow the view even with the dock closed
    if (isVisible()) {
        const QWidget *tab = m_tabs->currentWidget();
        if (tab == m_heatmap)
            out.insert(Kind::Heatmap);
        else if (tab == m_bursts)
            out.insert(Kind::Bursts);
        else if (tab == m_coincidence)
            out.insert(Kind::Coincidence);
        else if (tab == m_periodicity)
            out.insert(Kind::Periodicity);
    }
    if (!toggleViewAction()->isChecked())
        return out; // closed: no overlays
    if (m_bursts->showOnTimeline())
        out.insert(Kind::Bursts);
    if (m_series->coverage())
        out.insert(Kind::Coverage);
    if (m_series->derived() != SeriesPanel::Derived::None)
        out.insert(Kind::Derived);
    if (m_series->baseline())
        out.insert(Kind::Baseline);
    return out;
}

void AnalysisDock::runWanted()
{
    if (m_debounce->isActive())
        return; // the pending view change runs them
    for (Kind kind : {Kind::Bursts, Kind::Coverage, Kind::Derived, Kind::Baseline, Kind::Heatmap, Kind::Coincidence,
                      Kind::Periodicity}) {
        if (m_stale.contains(kind) && wanted().contains(kind))
            recompute(kind);
    }
}
