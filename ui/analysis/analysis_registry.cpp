// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_registry.h"

#include "analysis_jobs.h"
#include "analysis_overlay.h"
#include "burst_panel.h"
#include "coincidence_panel.h"
#include "heatmap_panel.h"
#include "periodicity_panel.h"
#include "series_panel.h"
#include "timeline_controller.h"

#include <QAction>
#include <QCoreApplication>
#include <QLocale>

namespace {

using Apply = AnalysisRegistry::Apply;
using Context = AnalysisRegistry::Context;
using Work = AnalysisRunner::Work;

QString grouped(qint64 n)
{
    return QLocale().toString(n);
}

// The strings of this file are AnalysisRegistry's to lupdate (they sit in its functions), so
// they are looked up under that name, not the dock's.
QString tr(const char *text)
{
    return QCoreApplication::translate("AnalysisRegistry", text);
}

} // namespace

Work AnalysisRegistry::heatmap(const Context &c)
{
    return [store = c.store, view = c.view, done = c.done, self = c.self,
            zones = c.dock.heatmapPanel()->zones()](const AnalysisProgress &progress) -> Apply {
        const auto r = AnalysisJobs::heatmap(*store, view, zones, progress);
        return r ? done([self, r] { self->heatmapPanel()->setResult(*r); }) : Apply{};
    };
}

Work AnalysisRegistry::bursts(const Context &c)
{
    return [store = c.store, view = c.view, done = c.done, self = c.self, params = c.dock.burstPanel()->params(),
            show = c.dock.burstPanel()->showOnTimeline()](const AnalysisProgress &progress) -> Apply {
        const auto r = AnalysisJobs::bursts(*store, view, params, progress);
        return r ? done([self, r, show, zone = view.zone, params] {
            self->burstPanel()->setResult(*r, zone);
            self->overlay()->setBursts(
                show && self->toggleViewAction()->isChecked() ? *r : QList<BurstDetector::Burst>{}, params);
        })
                 : Apply{};
    };
}

Work AnalysisRegistry::coincidence(const Context &c)
{
    CoincidencePanel *panel = c.dock.coincidencePanel();
    EventCoincidence::Params params;
    try {
        params = panel->params();
    } catch (const Failure &bad) {
        panel->setMessage(bad.message());
        return {};
    }
    return [store = c.store, view = c.view, done = c.done, self = c.self, params, events = panel->events(),
            ofBursts = panel->ofBursts(), burst = c.dock.burstPanel()->params()](const AnalysisProgress &progress) {
        try {
            const auto r = AnalysisJobs::coincidence(*store, view, events, ofBursts, burst, params, progress);
            return r ? done([self, r] { self->coincidencePanel()->setResult(*r); }) : Apply{};
        } catch (const Failure &none) {
            if (none.kind() != Failure::Kind::NotFound)
                throw;
            // No events to test against: the panel says so in place of a result.
            return done([self, message = none.message()] { self->coincidencePanel()->setMessage(message); });
        }
    };
}

Work AnalysisRegistry::periodicity(const Context &c)
{
    // Over the range shown exactly, as an export of the view names it (--from/--to), so that
    // `--hide-automated` over that range leaves out the same pairs.
    return [store = c.store, view = AnalysisJobs::analysisView(c.dock.m_controller->viewQuery(), BinTable{}),
            done = c.done, self = c.self,
            params = c.dock.periodicityPanel()->params()](const AnalysisProgress &progress) -> Apply {
        const auto r = AnalysisJobs::periodicity(*store, view, params, progress);
        return r ? done([self, r] {
            self->periodicityPanel()->setResult(*r);
            self->applyHideAutomated();
        })
                 : Apply{};
    };
}

Work AnalysisRegistry::coverage(const Context &c)
{
    SeriesPanel *series = c.dock.seriesPanel();
    const auto gap = series->gapUs();
    if (!series->coverage() || !gap) {
        c.dock.overlay()->setCoverage({});
        series->setCoverageText(gap ? QString() : tr("The gap threshold is not a duration (e.g. 30m, 1h, 2d)."));
        return {};
    }
    return [store = c.store, view = c.view, done = c.done, self = c.self,
            gap = *gap](const AnalysisProgress &progress) -> Apply {
        const auto r = AnalysisJobs::coverage(*store, view, gap, progress);
        if (!r)
            return {};
        return done([self, r] {
            QHash<qint64, DatasetInfo> datasets;
            for (const DatasetInfo &d : self->m_controller->datasets())
                datasets.insert(d.id, d);
            self->overlay()->setCoverage(*r, datasets);
            qint64 gaps = 0, missing = 0;
            for (const CoverageAnalysis::Result &result : *r) {
                gaps += result.gaps.size();
                for (const TimeRange &g : result.gaps)
                    missing += g.length();
            }
            self->seriesPanel()->setCoverageText(
                gaps == 0 ? tr("No gaps in this view.")
                          : tr("%1 gap(s) without data in this view, %2 hours in all: hatched on the timeline.")
                                .arg(grouped(gaps))
                                .arg(double(missing) / 3.6e9, 0, 'f', 1));
        });
    };
}

Work AnalysisRegistry::derived(const Context &c)
{
    if (c.dock.seriesPanel()->derived() == SeriesPanel::Derived::None) {
        c.dock.m_derived.reset();
        c.dock.overlay()->setDerived({});
        return {};
    }
    return [store = c.store, view = c.view, done = c.done, self = c.self](const AnalysisProgress &progress) -> Apply {
        auto r = AnalysisJobs::derived(*store, view, progress);
        return r ? done([self, r] {
            self->m_derived = *r;
            self->showDerived();
        })
                 : Apply{};
    };
}

Work AnalysisRegistry::baseline(const Context &c)
{
    const BinWidth width = c.dock.m_controller->table().width;
    if (!c.dock.seriesPanel()->baseline() || !SeasonalBaseline::supports(width)) {
        c.dock.overlay()->setBaseline({});
        return {}; // the note under the check box says why (barsRebuilt)
    }
    return [store = c.store, view = c.view, done = c.done, self = c.self,
            width](const AnalysisProgress &progress) -> Apply {
        const auto r = AnalysisJobs::baseline(*store, view, width, progress);
        return r ? done([self, r, width] {
            self->overlay()->setBaseline(*r, width);
            self->seriesPanel()->setBaselineText(tr("%1 bin(s) outside the baseline band, circled on the timeline "
                                                    "(%2 bins).")
                                                     .arg(grouped(self->overlay()->anomalies()))
                                                     .arg(width.name()));
        })
                 : Apply{};
    };
}

const QList<AnalysisRegistry::Entry> &AnalysisRegistry::all()
{
    static const QList<Entry> entries = {
        {Kind::Heatmap, [] { return tr("Heatmap"); }, heatmap},
        {Kind::Bursts, [] { return tr("Bursts"); }, bursts},
        {Kind::Coincidence, [] { return tr("Coincidence test"); }, coincidence},
        {Kind::Periodicity, [] { return tr("Periodicity"); }, periodicity},
        {Kind::Coverage, [] { return tr("Coverage"); }, coverage},
        {Kind::Derived, [] { return tr("Derived series"); }, derived},
        {Kind::Baseline, [] { return tr("Seasonal baseline"); }, baseline},
    };
    return entries;
}

const AnalysisRegistry::Entry &AnalysisRegistry::entry(Kind kind)
{
    for (const Entry &e : all()) {
        if (e.kind == kind)
            return e;
    }
    Q_UNREACHABLE();
}
