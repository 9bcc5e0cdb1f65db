// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_width.h"
#include "dataset_info.h"
#include "lookup_field.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// A glob over one field, e.g. qname=*.trump-email.com: `*` any run, `?` one character,
// `[…]` a set; whole-value, case-insensitive.
struct FieldFilter {
    LookupField field = LookupField::Qname;
    QString glob;
    bool operator==(const FieldFilter &) const = default;
};

// One client's lookups of one query name, by the names' text (exact, as stored).
struct ClientQnamePair {
    QString client;
    QString qname;
    bool operator==(const ClientQnamePair &) const = default;
};

// A (client, qname) pair that looks automated, with its beacon score in [0, 1]
// (PeriodicityScorer): what "Hide automated traffic" leaves out, named in exports.
struct AutomatedPair {
    QString client;
    QString qname;
    double score = 0;
    bool operator==(const AutomatedPair &) const = default;
};

// What to count: the view of the timeline that `bins`, `render` and the window share.
struct BinQuery {
    QList<qint64> datasets;         // empty: every dataset
    std::optional<TimeRange> range; // none: the data's extent widened to whole bins
    std::optional<BinWidth> width;  // none: automatic for the range
    QTimeZone zone = QTimeZone::utc();
    std::optional<LookupField> split;
    int topK = 10;              // series kept by total; the rest become "other"
    QList<FieldFilter> filters; // all must match
    // Which lookups rank the split's series; none: the range. The window ranks on the whole
    // extent so that series and colours stay put while zooming.
    std::optional<TimeRange> rankRange;
    // Lookups of these (client, qname) pairs are left out, after the filters (the window's
    // "Hide automated traffic"). A plain list so that a server-side store can push it down
    // as `(client, qname) NOT IN ((c1, q1), …)`; empty: nothing is left out.
    QList<ClientQnamePair> excludedPairs;
    // The MaxMind-format databases (.mmdb file paths) that give the owner fields' ASN,
    // organisation and country, in the order asked (for a field two give, the first wins);
    // owner labels come from the store's address book.
    QStringList ownerDatabases;
};

struct BinSeries {
    QString name;         // empty without a split
    bool isOther = false; // the "other" series of a split
    QList<qint64> counts; // one per bin
    qint64 total = 0;
};

// Counts per bin: bins are [edges[i], edges[i+1]), µs UTC.
struct BinTable {
    QList<qint64> edges;
    BinWidth width;
    QTimeZone zone;
    QList<BinSeries> series; // by total, descending; "other" last
    qsizetype binCount() const { return edges.isEmpty() ? 0 : edges.size() - 1; }
};
