// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonal_baseline.h"

#include "zone_offsets.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

std::optional<QList<SeasonalBaseline::Bin>> SeasonalBaseline::compute(const BinTable &table,
                                                                      const AnalysisProgress &progress)
{
    QList<Bin> bins;
    if (table.width != BinWidth::fixed(ZoneOffsets::kHourUs) || table.edges.isEmpty())
        return bins;
    const ZoneOffsets offsets(table.zone, {table.edges.front(), table.edges.back()});
    std::array<std::vector<qsizetype>, 7 * 24> groups;
    for (qsizetype b = 0; b < table.binCount(); ++b) {
        Bin bin;
        bin.startUs = table.edges[b];
        for (const BinSeries &s : table.series)
            bin.count += s.counts.value(b);
        const qint64 local = offsets.localUs(bin.startUs);
        bin.hourOfWeek = ZoneOffsets::dayOfWeek(local) * 24 + ZoneOffsets::hourOfDay(local);
        groups[size_t(bin.hourOfWeek)].push_back(b);
        bins.append(bin);
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!reportProgress(progress, double(g) / double(groups.size())))
            return std::nullopt;
        std::vector<qsizetype> &members = groups[g];
        std::sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) { return bins[a].count < bins[b].count; });
        const size_t w = members.size();
        if (w < 2)
            continue;
        // Leave-one-out quantiles: the sorted group without position j.
        for (size_t j = 0; j < w; ++j) {
            const auto at = [&](size_t i) { return double(bins[members[i < j ? i : i + 1]].count); };
            const auto quantile = [&](double q) {
                const double h = q * double(w - 2);
                const size_t i = size_t(h);
                return i + 1 < w - 1 ? at(i) + (h - double(i)) * (at(i + 1) - at(i)) : at(i);
            };
            Bin &bin = bins[members[j]];
            bin.otherWeeks = int(w - 1);
            bin.median = quantile(0.5);
            bin.q1 = quantile(0.25);
            bin.q3 = quantile(0.75);
            const double reach = std::max(1.5 * (bin.q3 - bin.q1), 3.0 * std::sqrt(std::max(bin.median, 1.0)));
            bin.anomalous = bin.otherWeeks >= kMinOtherWeeks
                            && (double(bin.count) < bin.q1 - reach || double(bin.count) > bin.q3 + reach);
        }
    }
    reportProgress(progress, 1.0);
    return bins;
}

QJsonObject SeasonalBaseline::toJson(const QList<Bin> &bins)
{
    QJsonArray starts, counts, medians, q1, q3, flagged;
    for (const Bin &b : bins) {
        starts.append(double(b.startUs));
        counts.append(b.count);
        medians.append(b.median);
        q1.append(b.q1);
        q3.append(b.q3);
        if (b.anomalous)
            flagged.append(QJsonObject{
                {QStringLiteral("start"), QDateTime::fromMSecsSinceEpoch(b.startUs / 1000, QTimeZone::utc()).toString(Qt::ISODate)},
                {QStringLiteral("count"), b.count},
                {QStringLiteral("median"), b.median},
                {QStringLiteral("q1"), b.q1},
                {QStringLiteral("q3"), b.q3}});
    }
    return QJsonObject{{QStringLiteral("rule"), QStringLiteral("outside [Q1 - r, Q3 + r], r = max(1.5 IQR, 3 sqrt(median)), "
                                                               "of the same hour of week in the other weeks (at least 3)")},
                       {QStringLiteral("bin_start_us"), starts},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("median"), medians},
                       {QStringLiteral("q1"), q1},
                       {QStringLiteral("q3"), q3},
                       {QStringLiteral("anomalies"), flagged}};
}
