// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "burst_detector.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

std::optional<QList<BurstDetector::Burst>> BurstDetector::detect(const BinTable &table, const Params &params,
                                                                 const AnalysisProgress &progress)
{
    QList<qint64> counts(table.binCount(), 0);
    for (const BinSeries &s : table.series) {
        for (qsizetype i = 0; i < s.counts.size() && i < counts.size(); ++i)
            counts[i] += s.counts[i];
    }
    return detect(table.edges, counts, params, progress);
}

std::optional<QList<BurstDetector::Burst>> BurstDetector::detect(const QList<qint64> &edges,
                                                                 const QList<qint64> &counts, const Params &params,
                                                                 const AnalysisProgress &progress)
{
    QList<Burst> bursts;
    const qsizetype n = counts.size();
    if (n == 0 || edges.size() != n + 1 || params.s <= 1.0 || params.gamma < 0)
        return bursts;
    const int levels = std::clamp(params.levels, 2, 8);
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    const double span = double(edges.back() - edges.front());
    if (total == 0 || span <= 0)
        return bursts;
    const double ratePerUs = double(total) / span;
    const double upCost = params.gamma * std::log(double(std::max<qsizetype>(n, 2)));
    // cost(t, i) = λ − c·ln λ (−ln Poisson without the ln c! every state shares).
    const auto emission = [&](qsizetype t, int i) {
        const double lambda = ratePerUs * double(edges[t + 1] - edges[t]) * std::pow(params.s, i);
        return lambda <= 0 ? (counts[t] > 0 ? std::numeric_limits<double>::infinity() : 0.0)
                           : lambda - double(counts[t]) * std::log(lambda);
    };
    std::vector<double> cost(size_t(levels), std::numeric_limits<double>::infinity()),
        next(static_cast<size_t>(levels));
    cost[0] = 0;
    std::vector<quint8> from(size_t(n) * size_t(levels));
    for (qsizetype t = 0; t < n; ++t) {
        if ((t & 4095) == 0 && !reportProgress(progress, double(t) / double(n)))
            return std::nullopt;
        for (int j = 0; j < levels; ++j) {
            double best = std::numeric_limits<double>::infinity();
            int arg = 0;
            for (int i = 0; i < levels; ++i) {
                const double c = cost[size_t(i)] + (j > i ? (j - i) * upCost : 0.0);
                if (c < best)
                    best = c, arg = i;
            }
            next[size_t(j)] = best + emission(t, j);
            from[size_t(t) * size_t(levels) + size_t(j)] = quint8(arg);
        }
        cost.swap(next);
    }
    std::vector<int> state(static_cast<size_t>(n));
    state[size_t(n - 1)] = int(std::min_element(cost.begin(), cost.end()) - cost.begin());
    for (qsizetype t = n - 1; t > 0; --t)
        state[size_t(t - 1)] = from[size_t(t) * size_t(levels) + size_t(state[size_t(t)])];
    for (int level = 1; level < levels; ++level) {
        for (qsizetype t = 0; t < n;) {
            if (state[size_t(t)] < level) {
                ++t;
                continue;
            }
            Burst b;
            b.level = level;
            b.startUs = edges[t];
            for (; t < n && state[size_t(t)] >= level; ++t) {
                b.weight += emission(t, 0) - emission(t, level);
                b.lookups += counts[t];
            }
            b.endUs = edges[t];
            bursts.append(b);
        }
    }
    std::stable_sort(bursts.begin(), bursts.end(),
                     [](const Burst &x, const Burst &y) { return x.startUs < y.startUs; });
    reportProgress(progress, 1.0);
    return bursts;
}

FineCounts BurstDetector::startsOn(FineCounts grid, const QList<Burst> &bursts)
{
    std::fill(grid.counts.begin(), grid.counts.end(), 0);
    for (const Burst &b : bursts) {
        const qint64 i = (b.startUs - grid.fromUs) / grid.stepUs;
        if (b.level == 1 && b.startUs >= grid.fromUs && i < grid.size())
            ++grid.counts[size_t(i)];
    }
    return grid;
}

QJsonObject BurstDetector::toJson(const QList<Burst> &bursts, const Params &params, const BinTable &table)
{
    const auto iso = [](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODate);
    };
    QJsonArray list;
    for (const Burst &b : bursts) {
        list.append(QJsonObject{{QStringLiteral("start"), iso(b.startUs)},
                                {QStringLiteral("end"), iso(b.endUs)},
                                {QStringLiteral("start_us"), double(b.startUs)},
                                {QStringLiteral("end_us"), double(b.endUs)},
                                {QStringLiteral("level"), b.level},
                                {QStringLiteral("weight"), b.weight},
                                {QStringLiteral("lookups"), b.lookups}});
    }
    return QJsonObject{{QStringLiteral("s"), params.s},
                       {QStringLiteral("gamma"), params.gamma},
                       {QStringLiteral("levels"), params.levels},
                       {QStringLiteral("bin_width"), table.width.name()},
                       {QStringLiteral("bins"), table.binCount()},
                       {QStringLiteral("bursts"), list}};
}
