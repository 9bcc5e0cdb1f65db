// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_jobs.h"

#include "analysis_source.h"

BinQuery AnalysisJobs::analysisView(BinQuery view, const BinTable &shown)
{
    view.split.reset();
    view.rankRange.reset();
    if (shown.binCount() > 0)
        view.width = shown.width; // the width drawn, which may be coarser than the one chosen
    if (view.range && shown.binCount() > 0) {
        // The bins in sight, whole: what the status bar and the tracker count.
        const auto &e = shown.edges;
        const auto from = std::upper_bound(e.begin(), e.end(), view.range->fromUs);
        const auto to = std::lower_bound(e.begin(), e.end(), view.range->toUs);
        if (from != e.begin() && to != e.end())
            view.range = TimeRange{*(from - 1), *to};
    }
    return view;
}

std::optional<QList<ActivityHeatmap::Panel>> AnalysisJobs::heatmap(LookupStore &store, const BinQuery &view,
                                                                   const QList<QTimeZone> &zones,
                                                                   const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    return ActivityHeatmap::compute(source.fineCounts(view), zones, progress);
}

std::optional<QList<BurstDetector::Burst>> AnalysisJobs::bursts(LookupStore &store, const BinQuery &view,
                                                                const BurstDetector::Params &params,
                                                                const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    return BurstDetector::detect(source.bins(view), params, progress);
}

std::optional<EventCoincidence::Result> AnalysisJobs::coincidence(LookupStore &store, const BinQuery &view,
                                                                  const QString &events, bool ofBursts,
                                                                  const BurstDetector::Params &burst,
                                                                  const EventCoincidence::Params &params,
                                                                  const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    const QList<TimelineEvent> chosen = source.events(events);
    if (chosen.isEmpty())
        throw Failure(Failure::Kind::NotFound,
                      QStringLiteral("No events to test against: add or import events (File menu, Events dock)."));
    FineCounts series = source.fineCounts(view);
    const TimeRange extent = view.range.value_or(series.occupied());
    if (ofBursts) {
        const auto found = BurstDetector::detect(source.bins(view), burst, progress);
        if (!found)
            return std::nullopt;
        series = BurstDetector::startsOn(std::move(series), *found);
    }
    return EventCoincidence::run(series, chosen, params, extent, progress);
}

std::optional<PeriodicityPanel::Named> AnalysisJobs::periodicity(LookupStore &store, const BinQuery &view,
                                                                 const PeriodicityScorer::Params &params,
                                                                 const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    BinQuery scored = view;
    scored.excludedPairs.clear();
    auto found = source.periodicity(scored, params, progress);
    if (!found)
        return std::nullopt;
    const auto &names = found->names;
    const auto text = [&](quint32 id) { return names && id > 0 && id < names->size() ? names->at(id) : QString(); };
    PeriodicityPanel::Named named;
    for (const PeriodicityScorer::PairScore &s : found->result.top) {
        named.clients.append(text(s.client));
        named.qnames.append(text(s.qname));
    }
    for (size_t i = 0; i < found->result.automated.size(); ++i) {
        const auto &[client, qname] = found->result.automated[i];
        named.automated.append({text(client), text(qname)});
        named.scored.append({text(client), text(qname), found->result.automatedScores[i]});
    }
    named.result = std::move(found->result);
    return named;
}

std::optional<QList<CoverageAnalysis::Result>> AnalysisJobs::coverage(LookupStore &store, const BinQuery &view,
                                                                      qint64 gapUs, const AnalysisProgress &progress)
{
    return AnalysisSource(store).coverage(view, gapUs, progress);
}

std::optional<DerivedSeries::Result> AnalysisJobs::derived(LookupStore &store, const BinQuery &view,
                                                           const AnalysisProgress &progress)
{
    return AnalysisSource(store).derived(view, progress);
}

std::optional<QList<SeasonalBaseline::Bin>> AnalysisJobs::baseline(LookupStore &store, const BinQuery &view,
                                                                   const BinWidth &width,
                                                                   const AnalysisProgress &progress)
{
    AnalysisSource source(store);
    BinQuery whole = view;
    whole.range.reset();
    whole.width = width;
    return SeasonalBaseline::compute(source.bins(whole), progress);
}
