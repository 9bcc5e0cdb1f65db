// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "bin_query.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class AggregateQueries;
class OwnerDirectory;

// What the names of a view resolved to over time, from the lookups' own answers: one row per
// (name, answer record) with the first and last lookup that returned it, and per name one row
// for each rcode of its lookups that returned no answer (NXDOMAIN, SERVFAIL, or NOERROR with an
// empty answer section), so that "returned errors and then vanished" shows as rows of its own.
// A lookup with several answer records counts once in each of their rows. Over the view's
// datasets, range, filters and excluded pairs (bins' rules; the split and bin width do not
// matter); the view must filter on qname, since the history of every name is not a view.
// Stateless; thread-safe. An aggregate of the store (AggregateQueries::answerGroups: the
// lookups grouped by name, answer set and rcode, where they are kept) expanded here into the
// answer sets' records: O(matching lookups) in the store, O(groups × answers) here.
class ResolutionHistory {
public:
    static constexpr qsizetype kMaxErrorTimes = 2'000; // per row, for the lane's ticks

    struct Row {
        QString name;                   // the query name as stored
        QString type;                   // the answer's type mnemonic ("A", "CNAME"); empty in a row without answer
        QString answer;                 // the answer's rdata as presentation text; empty: lookups without answer
        QString rcode;                  // a row without answer: its lookups' rcode ("" when the source gave none)
        qint64 firstUs = 0, lastUs = 0; // the first and last such lookup, µs UTC (inclusive)
        qint64 lookups = 0;
        qint64 errorLookups = 0;         // of those, the ones whose rcode is an error (isError)
        QString owner = {};              // the address book's label of the answer (labelOwners); empty: none
        QList<qint64> errorTimesUs = {}; // the first kMaxErrorTimes error lookups' times, ascending
        bool operator==(const Row &) const = default;
    };
    struct Result {
        QList<Row> rows;    // by name, then first seen, then answer
        qint64 lookups = 0; // the lookups read
    };

    // An rcode that says the resolution failed: anything but NOERROR (or none given).
    static bool isError(const QString &rcode);
    // Throws Failure (BadInput) for a view without a qname filter, and what the store throws.
    // nullopt if cancelled.
    static std::optional<Result> compute(AggregateQueries &store, const BinQuery &view,
                                         const AnalysisProgress &progress = {});
    // Sets each answer row's owner from directory (the address book's label of the rdata).
    static void labelOwners(Result &result, const OwnerDirectory &directory);
    // {"lookups": N, "resolutions": [{name, type, answer, rcode, first, last, lookups,
    // error_lookups, owner}]}, times as ISO 8601 UTC with milliseconds.
    static QJsonObject toJson(const Result &result);
};
