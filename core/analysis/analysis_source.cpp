// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_source.h"

#include "dataset_selection.h"
#include "failure.h"

#include <algorithm>

TimeRange AnalysisSource::extent(const BinQuery &view)
{
    return DatasetSelection::extent(m_store.datasets(), view.datasets);
}

FineCounts AnalysisSource::fineCounts(const BinQuery &view)
{
    return FineCounts::fromTable(m_store.bins(FineCounts::query(view, extent(view))));
}

QList<TimelineEvent> AnalysisSource::events(const QString &category)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : m_store.events()) {
        if (category.isEmpty() || category.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0 ||
            e.category.compare(category, Qt::CaseInsensitive) == 0)
            out.append(e);
    }
    return out;
}

std::optional<AnalysisSource::Periodicity> AnalysisSource::periodicity(const BinQuery &view,
                                                                       const PeriodicityScorer::Params &params,
                                                                       const AnalysisProgress &progress)
{
    // Reading the lookups is most of the work: 80% of the progress, scoring the rest. A view of
    // more lookups than the gap budget holds is read in shares of its pairs, each scored and
    // dropped before the next is read.
    std::vector<PeriodicityScorer::Result> scored;
    TimelineEngine::NameTable names;
    double read = 0; // of the walk over every share
    int shares = 1;
    try {
        m_store.pairGapsByShare(
            view, params.minLookups, params.gapBudgetBytes,
            [&](double f) {
                read = f;
                return reportProgress(progress, 0.8 * f + 0.2 * double(scored.size()) / double(shares));
            },
            [&](PairGaps &&pairs, const PairShare &share) {
                names = pairs.names;
                shares = share.count;
                const double before = double(share.index) / double(share.count);
                auto result = PeriodicityScorer::score(pairs, params, [&](double f) {
                    return reportProgress(progress, 0.8 * read + 0.2 * (before + f / double(share.count)));
                });
                if (!result)
                    throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
                scored.push_back(std::move(*result));
            });
    } catch (const Failure &f) {
        if (f.kind() == Failure::Kind::Cancelled)
            return std::nullopt;
        throw;
    }
    return Periodicity{PeriodicityScorer::merge(std::move(scored), params, names), names};
}

std::optional<QList<CoverageAnalysis::Result>> AnalysisSource::coverage(const BinQuery &view, qint64 gapUs,
                                                                        const AnalysisProgress &progress)
{
    const QList<DatasetSilences> silences = m_store.silences(view, gapUs);
    QList<CoverageAnalysis::Result> out;
    for (const DatasetSilences &s : silences) {
        if (!reportProgress(progress, double(out.size()) / double(silences.size())))
            return std::nullopt;
        out.append(CoverageAnalysis::fromSilences(s, gapUs, view.range));
    }
    reportProgress(progress, 1.0);
    return out;
}

std::optional<DerivedSeries::Result> AnalysisSource::derived(const BinQuery &view, const AnalysisProgress &progress)
{
    BinQuery q = view;
    q.split.reset();
    q.rankRange.reset();
    const BinTable all = m_store.bins(q);
    if (!reportProgress(progress, 0.25))
        return std::nullopt;
    const BinTable nx = m_store.bins(DerivedSeries::rcodeQuery(q, QStringLiteral("NXDOMAIN")));
    const BinTable sf = m_store.bins(DerivedSeries::rcodeQuery(q, QStringLiteral("SERVFAIL")));
    if (!reportProgress(progress, 0.5))
        return std::nullopt;
    const QnameCounts names = m_store.qnameCounts(q);
    reportProgress(progress, 1.0);
    return DerivedSeries::combine(all, nx, sf, names);
}
