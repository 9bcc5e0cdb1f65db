// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonal_baseline.h"

#include "zone_offsets.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
constexpr qint64 kMinuteUs = 60'000'000LL;

// The slot length in µs of a supported width, else 0.
qint64 slotUs(const BinWidth &width)
{
    if (width.unit() == BinWidth::Unit::Day)
        return ZoneOffsets::kDayUs;
    if (width.unit() != BinWidth::Unit::Fixed)
        return 0;
    const qint64 w = width.fixedUs();
    return w >= kMinuteUs && w <= ZoneOffsets::kDayUs && ZoneOffsets::kDayUs % w == 0 ? w : 0;
}
} // namespace

bool SeasonalBaseline::supports(const BinWidth &width)
{
    return slotUs(width) > 0;
}

std::optional<QList<SeasonalBaseline::Bin>> SeasonalBaseline::compute(const BinTable &table,
                                                                      const AnalysisProgress &progress)
{
    QList<Bin> bins;
    const qint64 slot = slotUs(table.width);
    if (slot == 0 || table.edges.isEmpty())
        return bins;
    const ZoneOffsets offsets(table.zone, {table.edges.front(), table.edges.back()});
    std::vector<std::vector<qsizetype>> groups(size_t(7 * ZoneOffsets::kDayUs / slot));
    for (qsizetype b = 0; b < table.binCount(); ++b) {
        Bin bin;
        bin.startUs = table.edges[b];
        bin.endUs = table.edges[b + 1];
        for (const BinSeries &s : table.series)
            bin.count += s.counts.value(b);
        const qint64 local = offsets.localUs(bin.startUs);
        const int day = ZoneOffsets::dayOfWeek(local);
        const qint64 sinceMidnight = local - ZoneOffsets::floorDiv(local, ZoneOffsets::kDayUs) * ZoneOffsets::kDayUs;
        bin.hourOfWeek = day * 24 + ZoneOffsets::hourOfDay(local);
        bin.slotOfWeek = int((day * ZoneOffsets::kDayUs + sinceMidnight) / slot);
        groups[size_t(bin.slotOfWeek)].push_back(b);
        bins.append(bin);
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!reportProgress(progress, double(g) / double(groups.size())))
            return std::nullopt;
        std::vector<qsizetype> &members = groups[g];
        std::sort(members.begin(), members.end(),
                  [&](qsizetype a, qsizetype b) { return bins[a].count < bins[b].count; });
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
            bin.anomalous = bin.otherWeeks >= kMinOtherWeeks &&
                (double(bin.count) < bin.q1 - reach || double(bin.count) > bin.q3 + reach);
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
            flagged.append(
                QJsonObject{{QStringLiteral("start"),
                             QDateTime::fromMSecsSinceEpoch(b.startUs / 1000, QTimeZone::utc()).toString(Qt::ISODate)},
                            {QStringLiteral("count"), b.count},
                            {QStringLiteral("median"), b.median},
                            {QStringLiteral("q1"), b.q1},
                            {QStringLiteral("q3"), b.q3}});
    }
    return QJsonObject{{QStringLiteral("rule"),
                        QStringLiteral("outside [Q1 - r, Q3 + r], r = max(1.5 IQR, 3 sqrt(median)), "
                                       "of the same hour of week in the other weeks (at least 3)")},
                       {QStringLiteral("bin_start_us"), starts},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("median"), medians},
                       {QStringLiteral("q1"), q1},
                       {QStringLiteral("q3"), q3},
                       {QStringLiteral("anomalies"), flagged}};
}
