// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "series_look.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The last view of one store, kept in QSettings under a key made from the store's absolute
// path, so reopening a store shows what was left: range (µs UTC), split and top K, filters,
// zone, bin width, look, chosen datasets and
// whether automated traffic is hidden. A plain value; load and save touch QSettings
// (GUI thread, a few microseconds).
struct ViewState {
    std::optional<TimeRange> range;
    std::optional<LookupField> split;
    int topK = 10;
    QList<FieldFilter> filters;
    QByteArray zoneId; // IANA id; empty: UTC
    std::optional<BinWidth> width;
    SeriesLook look;
    QList<qint64> datasets;     // empty: all
    bool hideAutomated = false; // the Analysis dock's "Hide automated traffic"
    double automatedAt = 0.8;   // its beacon score threshold

    // The state saved for storePath, or the default view if none was.
    static ViewState load(const QString &storePath);
    void save(const QString &storePath) const;
    static QString settingsGroup(const QString &storePath);
};
