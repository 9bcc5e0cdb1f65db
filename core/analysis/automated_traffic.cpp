// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automated_traffic.h"

#include "analysis_source.h"

std::optional<QList<AutomatedPair>> AutomatedTraffic::find(LookupStore &store, const BinQuery &view, double threshold,
                                                           const AnalysisProgress &progress)
{
    BinQuery scored = view;
    scored.excludedPairs.clear();
    PeriodicityScorer::Params params;
    params.automatedAt = threshold;
    params.top = 0;
    const auto found = AnalysisSource(store).periodicity(scored, params, progress);
    if (!found)
        return std::nullopt;
    const auto text = [&](quint32 id) {
        return found->names && id > 0 && id < found->names->size() ? found->names->at(id) : QString();
    };
    QList<AutomatedPair> out;
    const PeriodicityScorer::Result &r = found->result;
    for (size_t i = 0; i < r.automated.size(); ++i)
        out.append({text(r.automated[i].first), text(r.automated[i].second), r.automatedScores[i]});
    return out;
}

QList<ClientQnamePair> AutomatedTraffic::pairs(const QList<AutomatedPair> &automated)
{
    QList<ClientQnamePair> out;
    for (const AutomatedPair &a : automated)
        out.append({a.client, a.qname});
    return out;
}
