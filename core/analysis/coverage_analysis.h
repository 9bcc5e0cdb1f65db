// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "dataset_columns.h"
#include "dataset_info.h"
#include "lookup_aggregates.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// When was a dataset observing? A silence between consecutive lookups longer than the gap
// threshold splits its coverage, so the timeline can shade "no data" instead of drawing
// "zero lookups". Covered intervals run [first lookup, last lookup + 1 µs) of each stretch,
// µs UTC, half-open; gaps are the half-open silences between them. With a range, only the
// lookups in it count, and a silence longer than the threshold at either end of the range is
// a gap too. Filters do not apply: coverage is about the sensor, not the view.
// Stateless; thread-safe. Cost: one pass over the dataset's times in the range, O(lookups):
// about 10 ms per 10 M lookups.
class CoverageAnalysis {
public:
    struct Result {
        qint64 datasetId = 0;
        qint64 gapThresholdUs = 0;
        qint64 lookups = 0;
        QList<TimeRange> covered;
        QList<TimeRange> gaps;
    };

    static std::optional<Result> compute(const DatasetColumns &dataset, qint64 gapThresholdUs,
                                         std::optional<TimeRange> range = std::nullopt,
                                         const AnalysisProgress &progress = {});
    // The coverage told by a store's silences (LookupStore::silences) over the same range.
    static Result fromSilences(const DatasetSilences &silences, qint64 gapThresholdUs,
                               std::optional<TimeRange> range = std::nullopt);
    static QJsonObject toJson(const Result &result);
};
