// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QList>
#include <QString>

// One passive-DNS sighting as stored: rrname was seen with rrtype/rdata from timeFirstUs to
// timeLastUs, both included (µs since the epoch, UTC), count times (-1: the source gave no
// count). zoneTimes: the times are those of zone files (zone_time_first/last), not of a
// sensor. Absent texts are empty strings. These are aggregates, not single lookups: they
// have no one time and are never binned.
struct Observation {
    qint64 id = 0;
    qint64 dataset = 0;
    QString rrname, rrtype, rdata, bailiwick;
    qint64 timeFirstUs = 0;
    qint64 timeLastUs = 0;
    qint64 count = -1;
    bool zoneTimes = false;
    bool operator==(const Observation &) const = default;
};

// Which observations to list: those of the datasets (empty: all) whose span [first, last]
// overlaps range (half-open; an empty range: any time), whose rrname and rdata match the
// globs (NameGlob language; empty: any). At most limit of them, ordered by rrname, rdata,
// then time_first.
struct ObservationQuery {
    QList<qint64> datasets;
    TimeRange range;
    QString rrnameGlob;
    QString rdataGlob;
    qint64 limit = 100000;
};
