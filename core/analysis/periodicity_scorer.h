// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "dataset_columns.h"
#include "dataset_info.h"
#include "lookup_aggregates.h"
#include "lookup_filter.h"
#include "timeline_engine.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

// Does a client look a name up like a machine? Per (client, qname) pair, a beacon score in
// [0, 1] after RITA's (Active Countermeasures' beacon analysis: Bowley skew, median absolute
// deviation and connection count of the gaps between connections), over the gaps between the
// pair's polls: lookups under a second after the one before are the same poll (an A and an
// AAAA query, a retry). The score is the mean of four parts: 1 − |Bowley skew|, read as 0 when
// the median is within a second (or 2%) of a quartile as RITA does (most gaps are one period:
// a second period or outliers on one side say nothing against a machine); 1 − MAD/median
// (RITA caps the MAD at 30 s instead, which fails hourly beacons); the share of gaps in the two
// densest windows 10% of the median wide (one or two periods); and a count part min(1, gaps/30)
// where RITA divides by the dataset's 10-second periods. A fixed period with small jitter, two
// alternating periods or A+AAAA pairs score near 1; Poisson (human or random) lookups about 0.5.
// Pairs at or above the threshold are automated-looking. The period named is the fundamental:
// the mean of the gaps within 20% of the densest window's; for the top pairs the Schuster power |Σ exp(2πi t/T)| / k
// over the first 512 polls says how phase-locked they are at it. Only the lookups the filter
// passes count (the view's --where filters; pass LookupFilter::forQuery of the view, whose
// columns must then be loaded too).
// Pairs are scored one by one, so the pairs of a view may be scored in shares (PairShare, each
// pair in one; LookupStore::pairGapsByShare) and the shares' results merged: the same result.
// Stateless; thread-safe. Cost: O(lookups) to group (PairGaps: one hash probe each, 4 bytes
// per poll) plus a radix sort of each pair's gaps (three passes below 2.4 hours), the pairs
// scored on up to four threads (score() blocks until they are done).
class PeriodicityScorer {
public:
    struct Params {
        qint64 minLookups = 6;
        double automatedAt = 0.8;
        int top = 20;
        // The poll gaps held at once (4 bytes a poll): a view of more lookups is scored in shares
        // of its pairs, one pass over its lookups each.
        qint64 gapBudgetBytes = qint64(512) << 20;
    };
    struct PairScore {
        quint32 client = 0, qname = 0; // name ids
        qint64 lookups = 0;
        double score = 0, skewPart = 0, madPart = 0, modeShare = 0, countPart = 0;
        qint64 medianGapUs = 0;
        qint64 periodUs = 0;    // the fundamental period: the mean gap about the densest window
        double periodPower = 0; // in [0, 1], at periodUs; top pairs only
        bool automated = false;
    };
    struct Result {
        qint64 pairs = 0;                                   // with at least minLookups
        QList<PairScore> top;                               // by lookups, descending
        std::vector<std::pair<quint32, quint32>> automated; // every automated (client, qname), by name
        std::vector<double> automatedScores;                // their scores, in the same order
    };

    // Scores the pairs (those with at least minLookups; LookupStore::pairGaps). Equal counts
    // rank by the names' text, so every store gives the same order. nullopt if cancelled.
    static std::optional<Result> score(const PairGaps &pairs, const Params &params,
                                       const AnalysisProgress &progress = {});
    // The result over all the pairs from the results of shares of them (every pair scored in one
    // share, with these params); names: the text of the name ids, for the order of equal counts.
    static Result merge(std::vector<Result> shares, const Params &params, const TimelineEngine::NameTable &names);
    // The same from each pair's times (LookupStore::pairTimes).
    static std::optional<Result> score(const PairTimes &pairs, const Params &params,
                                       const AnalysisProgress &progress = {});
    // The same from columns (ColumnAggregates::pairGaps, ordered by name id on equal
    // counts): datasets need the client and qname columns loaded. nullopt if cancelled.
    static std::optional<Result> compute(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                                         const Params &params, const AnalysisProgress &progress = {},
                                         const LookupFilter &filter = {});
    static QJsonObject toJson(const Result &result, const Params &params, const TimelineEngine::NameTable &names);
};
