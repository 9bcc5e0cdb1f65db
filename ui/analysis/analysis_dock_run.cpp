// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisDock: running its analyses (AnalysisRegistry makes their jobs), the derived series,
// hiding automated traffic and accepting bursts.
#include "analysis_dock.h"

#include "analysis_jobs.h"
#include "analysis_overlay.h"
#include "analysis_registry.h"
#include "analysis_runner.h"
#include "burst_panel.h"
#include "coincidence_panel.h"
#include "heatmap_panel.h"
#include "lookup_store.h"
#include "periodicity_panel.h"
#include "series_panel.h"
#include "timeline_controller.h"
#include "translations.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPointer>

namespace {

QString grouped(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

void AnalysisDock::recompute(Kind kind)
{
    m_stale.remove(kind);
    m_fresh.remove(kind);
    auto store = m_controller->store();
    if (!store || !m_controller->visibleRange())
        return;
    QPointer<AnalysisDock> self(this);
    const auto done = [self, kind](std::function<void()> show) -> AnalysisRunner::Apply {
        return [self, kind, show] {
            if (!self)
                return;
            show();
            self->m_fresh.insert(kind);
            emit self->resultShown(kind);
        };
    };
    const AnalysisRegistry::Entry &analysis = AnalysisRegistry::entry(kind);
    AnalysisRunner::Work work = analysis.job(
        {*this, self, store, AnalysisJobs::analysisView(m_controller->viewQuery(), m_controller->table()), done});
    if (!work)
        return;
    m_message->clear();
    m_runner->submit(QString::number(int(kind)), analysis.label(), std::move(work));
}

void AnalysisDock::showDerived()
{
    AnalysisOverlay::Derived d;
    const DerivedSeries::Result &r = *m_derived;
    d.edges = r.edges;
    d.secondAxis = m_series->secondAxis();
    const auto shares = [&](const QList<qint64> &part) {
        for (qsizetype b = 0; b + 1 < r.edges.size(); ++b)
            d.values.append(r.share(part, b));
        d.percent = true;
        d.secondAxis = true;
    };
    const auto counts = [&](const QList<qint64> &c) {
        for (qint64 v : c)
            d.values.append(double(v));
    };
    switch (m_series->derived()) {
    case SeriesPanel::Derived::None:
        break;
    case SeriesPanel::Derived::NxdomainShare:
        d.name = tr("NXDOMAIN share"), shares(r.nxdomain);
        break;
    case SeriesPanel::Derived::ServfailShare:
        d.name = tr("SERVFAIL share"), shares(r.servfail);
        break;
    case SeriesPanel::Derived::UniqueNames:
        d.name = tr("distinct names"), counts(r.uniqueNames);
        break;
    case SeriesPanel::Derived::FirstSeenNames:
        d.name = tr("first-seen names"), counts(r.firstSeen);
        break;
    }
    m_overlay->setDerived(d);
}

void AnalysisDock::applyHideAutomated()
{
    const bool hide = m_periodicity->hideAutomated();
    if (hide && m_stale.contains(Kind::Periodicity)) {
        recompute(Kind::Periodicity); // its result applies the exclusions
        return;
    }
    m_controller->setExcludedPairs(hide ? m_periodicity->automated() : QList<ClientQnamePair>{});
}

void AnalysisDock::restoreHideAutomated(bool hide, double automatedAt)
{
    m_periodicity->restore(hide, automatedAt);
    m_controller->setExcludedPairs({});
    m_lastView.reset(); // the next view is new even where its query equals the last store's
    m_fresh.remove(Kind::Periodicity);
    m_stale.insert(Kind::Periodicity);
}

void AnalysisDock::acceptBursts(const QList<BurstDetector::Burst> &bursts)
{
    auto store = m_controller->store();
    if (!store)
        return;
    QList<TimelineEvent> events;
    for (const BurstDetector::Burst &b : bursts) {
        TimelineEvent e;
        e.startUs = b.startUs;
        e.endUs = b.endUs;
        e.category = QStringLiteral("burst");
        e.title = tr("Burst: %1 lookups", nullptr, pluralCount(qint64(b.lookups))).arg(grouped(b.lookups));
        e.notes =
            tr("Suggested by Kleinberg's burst detection (level %1, weight %2).").arg(b.level).arg(b.weight, 0, 'f', 1);
        events.append(e);
    }
    QPointer<AnalysisDock> self(this);
    m_runner->submit(QStringLiteral("accept"), tr("Adding events"), [store, events, self](const AnalysisProgress &) {
        (void)store->addEvents(events);
        return AnalysisRunner::Apply([self, n = events.size()] {
            if (!self)
                return;
            self->m_message->setText(tr("%n burst(s) added as events (category \"burst\").", nullptr, int(n)));
            self->m_controller->reload();
        });
    });
}
