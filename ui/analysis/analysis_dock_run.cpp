// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisDock: the jobs it hands to the AnalysisRunner and what their results do.
#include "analysis_dock.h"

#include "analysis_jobs.h"
#include "analysis_overlay.h"
#include "analysis_runner.h"
#include "burst_panel.h"
#include "coincidence_panel.h"
#include "heatmap_panel.h"
#include "lookup_store.h"
#include "periodicity_panel.h"
#include "series_panel.h"
#include "timeline_controller.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPointer>

namespace {

QString grouped(qint64 n)
{
    return QLocale().toString(n);
}

QString labelOf(AnalysisDock::Kind kind)
{
    switch (kind) {
    case AnalysisDock::Kind::Heatmap:
        return AnalysisDock::tr("Heatmap");
    case AnalysisDock::Kind::Bursts:
        return AnalysisDock::tr("Bursts");
    case AnalysisDock::Kind::Coincidence:
        return AnalysisDock::tr("Coincidence test");
    case AnalysisDock::Kind::Periodicity:
        return AnalysisDock::tr("Periodicity");
    case AnalysisDock::Kind::Coverage:
        return AnalysisDock::tr("Coverage");
    case AnalysisDock::Kind::Derived:
        return AnalysisDock::tr("Derived series");
    case AnalysisDock::Kind::Baseline:
        return AnalysisDock::tr("Seasonal baseline");
    }
    return {};
}

} // namespace

void AnalysisDock::recompute(Kind kind)
{
    m_stale.remove(kind);
    m_fresh.remove(kind);
    auto store = m_controller->store();
    if (!store || !m_controller->visibleRange())
        return;
    const BinQuery view = AnalysisJobs::analysisView(m_controller->viewQuery(), m_controller->table());
    QPointer<AnalysisDock> self(this);
    const auto done = [self](Kind k, std::function<void()> show) -> AnalysisRunner::Apply {
        return [self, k, show] {
            if (!self)
                return;
            show();
            self->m_fresh.insert(k);
            emit self->resultShown(k);
        };
    };
    AnalysisRunner::Work work;
    switch (kind) {
    case Kind::Heatmap:
        work = [=, zones = m_heatmap->zones()](const AnalysisProgress &progress) -> AnalysisRunner::Apply {
            const auto r = AnalysisJobs::heatmap(*store, view, zones, progress);
            return r ? done(kind, [self, r] { self->m_heatmap->setResult(*r); }) : AnalysisRunner::Apply{};
        };
        break;
    case Kind::Bursts:
        work = [=, params = m_bursts->params(), show = m_bursts->showOnTimeline()](const AnalysisProgress &progress) {
            const auto r = AnalysisJobs::bursts(*store, view, params, progress);
            return r ? done(kind,
                            [self, r, show, zone = view.zone, params] {
                                self->m_bursts->setResult(*r, zone);
                                self->m_overlay->setBursts(
                                    show && self->toggleViewAction()->isChecked() ? *r : QList<BurstDetector::Burst>{},
                                    params);
                            })
                     : AnalysisRunner::Apply{};
        };
        break;
    case Kind::Coincidence: {
        EventCoincidence::Params params;
        try {
            params = m_coincidence->params();
        } catch (const Failure &bad) {
            m_coincidence->setMessage(bad.message());
            return;
        }
        work = [=, events = m_coincidence->events(), ofBursts = m_coincidence->ofBursts(),
                burst = m_bursts->params()](const AnalysisProgress &progress) {
            try {
                const auto r = AnalysisJobs::coincidence(*store, view, events, ofBursts, burst, params, progress);
                return r ? done(kind, [self, r] { self->m_coincidence->setResult(*r); }) : AnalysisRunner::Apply{};
            } catch (const Failure &none) {
                if (none.kind() != Failure::Kind::NotFound)
                    throw;
                // No events to test against: the panel says so in place of a result.
                return done(kind, [self, message = none.message()] { self->m_coincidence->setMessage(message); });
            }
        };
        break;
    }
    case Kind::Periodicity:
        // Over the range shown exactly, as an export of the view names it (--from/--to), so that
        // `--hide-automated` over that range leaves out the same pairs.
        work = [=, params = m_periodicity->params(),
                exact = AnalysisJobs::analysisView(m_controller->viewQuery(), BinTable{})](
                   const AnalysisProgress &progress) {
            const auto r = AnalysisJobs::periodicity(*store, exact, params, progress);
            return r ? done(kind,
                            [self, r] {
                                self->m_periodicity->setResult(*r);
                                self->applyHideAutomated();
                            })
                     : AnalysisRunner::Apply{};
        };
        break;
    case Kind::Coverage: {
        const auto gap = m_series->gapUs();
        if (!m_series->coverage() || !gap) {
            m_overlay->setCoverage({});
            m_series->setCoverageText(gap ? QString() : tr("The gap threshold is not a duration (e.g. 30m, 1h, 2d)."));
            return;
        }
        work = [=](const AnalysisProgress &progress) {
            const auto r = AnalysisJobs::coverage(*store, view, *gap, progress);
            return r
                ? done(
                      kind,
                      [self, r] {
                          QHash<qint64, QString> names;
                          for (const DatasetInfo &d : self->m_controller->datasets())
                              names.insert(d.id, d.name);
                          self->m_overlay->setCoverage(*r, names);
                          qint64 gaps = 0, missing = 0;
                          for (const CoverageAnalysis::Result &c : *r) {
                              gaps += c.gaps.size();
                              for (const TimeRange &g : c.gaps)
                                  missing += g.length();
                          }
                          self->m_series->setCoverageText(
                              gaps == 0
                                  ? tr("No gaps in this view.")
                                  : tr("%1 gap(s) without data in this view, %2 hours in all: hatched on the timeline.")
                                        .arg(grouped(gaps))
                                        .arg(double(missing) / 3.6e9, 0, 'f', 1));
                      })
                : AnalysisRunner::Apply{};
        };
        break;
    }
    case Kind::Derived:
        if (m_series->derived() == SeriesPanel::Derived::None) {
            m_derived.reset();
            m_overlay->setDerived({});
            return;
        }
        work = [=](const AnalysisProgress &progress) {
            auto r = AnalysisJobs::derived(*store, view, progress);
            return r ? done(kind,
                            [self, r] {
                                self->m_derived = *r;
                                self->showDerived();
                            })
                     : AnalysisRunner::Apply{};
        };
        break;
    case Kind::Baseline: {
        const BinWidth width = m_controller->table().width;
        if (!m_series->baseline() || !SeasonalBaseline::supports(width)) {
            m_overlay->setBaseline({});
            return; // the note under the check box says why (barsRebuilt)
        }
        work = [=](const AnalysisProgress &progress) {
            const auto r = AnalysisJobs::baseline(*store, view, width, progress);
            return r ? done(kind,
                            [self, r, width] {
                                self->m_overlay->setBaseline(*r, width);
                                self->m_series->setBaselineText(
                                    tr("%1 bin(s) outside the baseline band, circled on the timeline "
                                       "(%2 bins).")
                                        .arg(grouped(self->m_overlay->anomalies()))
                                        .arg(width.name()));
                            })
                     : AnalysisRunner::Apply{};
        };
        break;
    }
    }
    m_message->clear();
    m_runner->submit(QString::number(int(kind)), labelOf(kind), std::move(work));
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
        e.title = tr("Burst: %1 lookups").arg(grouped(b.lookups));
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
