// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "bin_query.h"
#include "dataset_columns.h"
#include "lookup_aggregates.h"
#include "lookup_filter.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Series derived from a view's bins: the share of NXDOMAIN and of SERVFAIL answers among the
// bin's lookups (from three TimelineEngine tables: the view, and the view with
// rcode=NXDOMAIN / rcode=SERVFAIL added to its filters, so the view's filters apply), the
// number of distinct query names per bin, and the number of names seen for the first time
// in the selected datasets' whole history (their first lookup falls in the bin). The two name
// counts read the qname column and count only the lookups the filter passes (the view's
// --where filters: pass LookupFilter::forQuery of the view, with its columns loaded).
// Stateless; thread-safe. Cost: O(lookups) for the names (one pass over all the history for
// first sightings, one over the range), 4 bytes per distinct name; the tables are re-bins.
class DerivedSeries {
public:
    struct Result {
        QList<qint64> edges; // bins [edges[i], edges[i+1]), µs UTC
        BinWidth width;
        QList<qint64> lookups, nxdomain, servfail, uniqueNames, firstSeen;
        double share(const QList<qint64> &part, qsizetype bin) const
        {
            return lookups[bin] > 0 ? double(part[bin]) / double(lookups[bin]) : 0.0;
        }
    };

    // The two queries to bin besides the view.
    static BinQuery rcodeQuery(const BinQuery &view, const QString &rcode);
    // datasets: with the qname column loaded. nullopt if cancelled.
    static std::optional<Result> compute(const BinTable &view, const BinTable &nxdomain, const BinTable &servfail,
                                         const QList<DatasetColumnsPtr> &datasets,
                                         const AnalysisProgress &progress = {}, const LookupFilter &filter = {});
    // The same from a store's name counts over the view's bins (LookupStore::qnameCounts of
    // the view: their edges must be the view's, else the name counts stay 0).
    static Result combine(const BinTable &view, const BinTable &nxdomain, const BinTable &servfail,
                          const QnameCounts &names);
    static QJsonObject toJson(const Result &result);
};
