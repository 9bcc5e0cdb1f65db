// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage_analysis.h"

#include "column_aggregates.h"
#include "duration_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

std::optional<CoverageAnalysis::Result> CoverageAnalysis::compute(const DatasetColumns &dataset, qint64 gapThresholdUs,
                                                                  std::optional<TimeRange> range,
                                                                  const AnalysisProgress &progress)
{
    if (!reportProgress(progress, 0.0))
        return std::nullopt;
    return fromSilences(ColumnAggregates::silences(dataset, range, gapThresholdUs), gapThresholdUs, range);
}

CoverageAnalysis::Result CoverageAnalysis::fromSilences(const DatasetSilences &s, qint64 gapThresholdUs,
                                                        std::optional<TimeRange> range)
{
    Result r;
    r.datasetId = s.datasetId;
    r.gapThresholdUs = gapThresholdUs;
    r.lookups = s.lookups;
    if (s.lookups == 0) {
        if (range)
            r.gaps.append(*range);
        return r;
    }
    if (range && s.firstUs - range->fromUs > gapThresholdUs)
        r.gaps.append({range->fromUs, s.firstUs});
    qint64 start = s.firstUs;
    for (const TimeRange &silence : s.silences) {
        r.covered.append({start, silence.fromUs});
        r.gaps.append(silence);
        start = silence.toUs;
    }
    r.covered.append({start, s.lastUs + 1});
    if (range && range->toUs - (s.lastUs + 1) > gapThresholdUs)
        r.gaps.append({s.lastUs + 1, range->toUs});
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
