// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "derived_series.h"

#include "column_aggregates.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QList<qint64> summed(const BinTable &table, qsizetype bins)
{
    QList<qint64> out(bins, 0);
    for (const BinSeries &s : table.series) {
        for (qsizetype i = 0; i < std::min(bins, s.counts.size()); ++i)
            out[i] += s.counts[i];
    }
    return out;
}

} // namespace

BinQuery DerivedSeries::rcodeQuery(const BinQuery &view, const QString &rcode)
{
    BinQuery q = view;
    q.split.reset();
    q.filters.append({LookupField::Rcode, rcode});
    return q;
}

std::optional<DerivedSeries::Result> DerivedSeries::compute(const BinTable &view, const BinTable &nxdomain,
                                                            const BinTable &servfail,
                                                            const QList<DatasetColumnsPtr> &datasets,
                                                            const AnalysisProgress &progress,
                                                            const LookupFilter &filter)
{
    if (!reportProgress(progress, 0.0))
        return std::nullopt;
    return combine(view, nxdomain, servfail, ColumnAggregates::qnameCounts(view.edges, datasets, filter));
}

DerivedSeries::Result DerivedSeries::combine(const BinTable &view, const BinTable &nxdomain, const BinTable &servfail,
                                             const QnameCounts &names)
{
    Result r;
    r.edges = view.edges;
    r.width = view.width;
    const qsizetype bins = view.binCount();
    r.lookups = summed(view, bins);
    r.nxdomain = summed(nxdomain, bins);
    r.servfail = summed(servfail, bins);
    const bool same = names.edges == view.edges;
    r.uniqueNames = same ? names.distinct : QList<qint64>(bins, 0);
    r.firstSeen = same ? names.firstSeen : QList<qint64>(bins, 0);
    return r;
}

QJsonObject DerivedSeries::toJson(const Result &r)
{
    QJsonArray starts, lookups, nx, sf, unique, first;
    for (qsizetype b = 0; b + 1 < r.edges.size(); ++b) {
        starts.append(double(r.edges[b]));
        lookups.append(r.lookups[b]);
        nx.append(r.share(r.nxdomain, b));
        sf.append(r.share(r.servfail, b));
        unique.append(r.uniqueNames[b]);
        first.append(r.firstSeen[b]);
    }
    return QJsonObject{{QStringLiteral("bin_start_us"), starts},  {QStringLiteral("lookups"), lookups},
                       {QStringLiteral("nxdomain_share"), nx},    {QStringLiteral("servfail_share"), sf},
                       {QStringLiteral("unique_qnames"), unique}, {QStringLiteral("first_seen_qnames"), first}};
}
