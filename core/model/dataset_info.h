// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// What a dataset holds: single lookups (binned on the timeline) or passive-DNS observations
// (aggregated sightings with a first and last time, shown as spans, never binned).
enum class DatasetKind { Lookups, Observations };

// What the store knows about one imported dataset. Times are µs since the epoch, UTC;
// the extent is [tsMinUs, tsMaxUs], both lookups included.
struct DatasetInfo {
    qint64 id = 0;
    QString name;
    QString sourceFile;
    QString sha256;
    QString format;
    QString importOptions; // JSON text, as given at import
    qint64 records = 0;
    qint64 rejected = 0;
    qint64 tsMinUs = 0;
    qint64 tsMaxUs = 0;
    QDateTime importedAt; // UTC
    // For Observations: records counts observations and the extent spans their first and last times.
    DatasetKind kind = DatasetKind::Lookups;
};

// A half-open range of time [fromUs, toUs) in µs since the epoch, UTC.
struct TimeRange {
    qint64 fromUs = 0;
    qint64 toUs = 0;
    bool isEmpty() const { return toUs <= fromUs; }
    qint64 length() const { return toUs - fromUs; }
    bool operator==(const TimeRange &) const = default;
};
