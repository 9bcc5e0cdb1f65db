// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "derived_series.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <vector>

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
    Result r;
    r.edges = view.edges;
    const qsizetype bins = view.binCount();
    r.lookups = summed(view, bins);
    r.nxdomain = summed(nxdomain, bins);
    r.servfail = summed(servfail, bins);
    r.uniqueNames.fill(0, bins);
    r.firstSeen.fill(0, bins);
    if (bins == 0)
        return r;
    const size_t qname = size_t(nameFieldIndex(LookupField::Qname));
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    std::vector<qint64> firstAt;      // by name id: first lookup's time in the whole history
    std::vector<qint32> lastBin;      // by name id: last bin it was counted in
    const auto grow = [&](quint32 id) {
        if (id >= firstAt.size()) {
            firstAt.resize(size_t(id) + 1, kNever);
            lastBin.resize(size_t(id) + 1, -1);
        }
    };
    const qint64 from = r.edges.front(), to = r.edges.back();
    std::vector<size_t> cursor, end;
    for (qsizetype k = 0; k < datasets.size(); ++k) {
        const DatasetColumns &d = *datasets[k];
        const bool usable = d.hasNames(int(qname));
        for (size_t i = 0; usable && i < d.ts.size(); ++i) {
            if (!filter.passes(d, i))
                continue;
            const quint32 id = d.names[qname][i];
            grow(id);
            firstAt[id] = std::min(firstAt[id], d.ts[i]);
        }
        cursor.push_back(usable ? size_t(std::lower_bound(d.ts.begin(), d.ts.end(), from) - d.ts.begin()) : 0);
        end.push_back(usable ? size_t(std::lower_bound(d.ts.begin(), d.ts.end(), to) - d.ts.begin()) : 0);
        if (!reportProgress(progress, 0.5 * double(k + 1) / double(datasets.size())))
            return std::nullopt;
    }
    // Distinct names per bin: every dataset's lookups of bin b are visited before bin b + 1,
    // so "already counted in this bin" is one compare with the name's last bin.
    for (qsizetype b = 0; b < bins; ++b) {
        if ((b & 1023) == 0 && !reportProgress(progress, 0.5 + 0.5 * double(b) / double(bins)))
            return std::nullopt;
        for (qsizetype k = 0; k < datasets.size(); ++k) {
            const DatasetColumns &d = *datasets[k];
            size_t &i = cursor[size_t(k)];
            for (; i < end[size_t(k)] && d.ts[i] < r.edges[b + 1]; ++i) {
                if (!filter.passes(d, i))
                    continue;
                const quint32 id = d.names[qname][i];
                if (lastBin[id] != qint32(b)) {
                    lastBin[id] = qint32(b);
                    ++r.uniqueNames[b];
                }
            }
        }
    }
    for (size_t id = 0; id < firstAt.size(); ++id) {
        if (firstAt[id] < from || firstAt[id] >= to)
            continue;
        const qsizetype b = std::upper_bound(r.edges.begin(), r.edges.end(), firstAt[id]) - r.edges.begin() - 1;
        ++r.firstSeen[b];
    }
    reportProgress(progress, 1.0);
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
    return QJsonObject{{QStringLiteral("bin_start_us"), starts},
                       {QStringLiteral("lookups"), lookups},
                       {QStringLiteral("nxdomain_share"), nx},
                       {QStringLiteral("servfail_share"), sf},
                       {QStringLiteral("unique_qnames"), unique},
                       {QStringLiteral("first_seen_qnames"), first}};
}
