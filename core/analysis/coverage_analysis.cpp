// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage_analysis.h"

#include "duration_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

std::optional<CoverageAnalysis::Result> CoverageAnalysis::compute(const DatasetColumns &dataset, qint64 gapThresholdUs,
                                                                  std::optional<TimeRange> range,
                                                                  const AnalysisProgress &progress)
{
    Result r;
    r.datasetId = dataset.datasetId;
    r.gapThresholdUs = gapThresholdUs;
    const auto &ts = dataset.ts;
    const size_t lo = range ? size_t(std::lower_bound(ts.begin(), ts.end(), range->fromUs) - ts.begin()) : 0;
    const size_t hi = range ? size_t(std::lower_bound(ts.begin(), ts.end(), range->toUs) - ts.begin()) : ts.size();
    r.lookups = qint64(hi - lo);
    if (lo == hi) {
        if (range)
            r.gaps.append(*range);
        return r;
    }
    if (range && ts[lo] - range->fromUs > gapThresholdUs)
        r.gaps.append({range->fromUs, ts[lo]});
    qint64 start = ts[lo];
    for (size_t i = lo + 1; i < hi; ++i) {
        if (((i - lo) & 0xffffff) == 0 && !reportProgress(progress, double(i - lo) / double(hi - lo)))
            return std::nullopt;
        if (ts[i] - ts[i - 1] > gapThresholdUs) {
            r.covered.append({start, ts[i - 1] + 1});
            r.gaps.append({ts[i - 1] + 1, ts[i]});
            start = ts[i];
        }
    }
    r.covered.append({start, ts[hi - 1] + 1});
    if (range && range->toUs - (ts[hi - 1] + 1) > gapThresholdUs)
        r.gaps.append({ts[hi - 1] + 1, range->toUs});
    reportProgress(progress, 1.0);
    return r;
}

QJsonObject CoverageAnalysis::toJson(const Result &r)
{
    const auto iso = [](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    };
    const auto list = [&](const QList<TimeRange> &ranges) {
        QJsonArray a;
        for (const TimeRange &t : ranges)
            a.append(QJsonObject{{QStringLiteral("from"), iso(t.fromUs)},
                                 {QStringLiteral("to"), iso(t.toUs)},
                                 {QStringLiteral("hours"), double(t.length()) / 3.6e9}});
        return a;
    };
    return QJsonObject{{QStringLiteral("dataset"), r.datasetId},
                       {QStringLiteral("gap_threshold"), DurationText::compact(r.gapThresholdUs)},
                       {QStringLiteral("lookups"), r.lookups},
                       {QStringLiteral("covered"), list(r.covered)},
                       {QStringLiteral("gaps"), list(r.gaps)}};
}
