// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "lookup_record.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

// What the analyses that need more than bins ask a store for (LookupStore::pairTimes,
// pairGaps, silences, qnameCounts, answerGroups): aggregates a server-side store computes by
// SQL and an in-memory store from its columns (ColumnAggregates), so that every store gives the
// same answer and only these travel. Times are µs since the epoch UTC; ranges are half-open.
// Plain values.

// Per (client, qname) pair of a view's lookups, the pair's times sorted ascending (for
// periodicity). Names are ids into `names` (0, or an id past its end: no name).
struct PairTimes {
    struct Pair {
        quint32 client = 0, qname = 0;
        qint64 begin = 0, end = 0; // the pair's times: times[begin, end)
    };
    std::shared_ptr<const std::vector<QString>> names;
    std::vector<Pair> pairs; // in no particular order
    std::vector<qint64> times;
    QString nameOf(quint32 id) const { return names && id > 0 && id < names->size() ? names->at(id) : QString(); }
};

// Per (client, qname) pair of a view's lookups, the gaps between its polls, in time order (for
// periodicity, which needs every gap but not the times): lookups under kSamePollUs after the
// pair's previous poll are the same poll (an A and an AAAA query, a retry), unless that leaves
// fewer than max(minLookups, 2) polls, when every lookup is one (a flood of fast lookups is
// scored as it is). Gaps are held in 4 bytes: kLongGap stands for the next of longGaps (gaps
// of 71 minutes and more). Built by PairGapsBuilder. Names as in PairTimes.
struct PairGaps {
    static constexpr qint64 kSamePollUs = 1'000'000;
    static constexpr quint32 kLongGap = 0xffffffffu;
    struct Pair {
        quint32 client = 0, qname = 0;
        qint64 lookups = 0;
        qint64 firstPollUs = 0;
        // polls − 1 of them, µs, or kLongGap, in time order: in chunks as they were written (so
        // that a builder never moves them), each full but the last.
        std::vector<std::vector<quint32>> gaps;
        std::vector<qint64> longGaps; // those ≥ kLongGap µs, in time order
        size_t gapCount() const
        {
            size_t n = 0;
            for (const auto &chunk : gaps)
                n += chunk.size();
            return n;
        }
        // The gaps in time order, into out (replaced).
        void expand(std::vector<qint64> &out) const
        {
            out.resize(gapCount());
            size_t next = 0, i = 0;
            for (const auto &chunk : gaps) {
                for (quint32 g : chunk)
                    out[i++] = g == kLongGap ? longGaps[next++] : qint64(g);
            }
        }
    };
    std::shared_ptr<const std::vector<QString>> names;
    std::vector<Pair> pairs; // in no particular order
    QString nameOf(quint32 id) const { return names && id > 0 && id < names->size() ? names->at(id) : QString(); }
};

// A dataset's lookups in a range, told by the silences between consecutive lookups longer
// than a threshold (for coverage): a silence is [previous lookup + 1 µs, next lookup).
struct DatasetSilences {
    qint64 datasetId = 0;
    qint64 lookups = 0;             // in the range
    qint64 firstUs = 0, lastUs = 0; // the first and last lookup in the range; lookups > 0
    QList<TimeRange> silences;      // in time order
};

// Query names per bin of a view (for derived series): bins are [edges[i], edges[i+1]).
struct QnameCounts {
    QList<qint64> edges;
    QList<qint64> distinct;  // distinct query names among the bin's lookups
    QList<qint64> firstSeen; // names whose first lookup in the datasets' whole history falls in the bin

    // The bins of edges, every count zero.
    static QnameCounts zeroed(const QList<qint64> &edges)
    {
        QnameCounts out;
        out.edges = edges;
        const qsizetype bins = edges.isEmpty() ? 0 : edges.size() - 1;
        out.distinct.fill(0, bins);
        out.firstSeen.fill(0, bins);
        return out;
    }
};

// Per (query name, answer set, rcode) of a view's lookups (for resolution histories): the
// groups' first and last times and counts, and for a group whose rcode is an error
// (isErrorRcode) the first maxTimes of its times. Names and answers as text, so that every
// store gives the same groups; one answer set may come as several groups when its records'
// TTLs differ (the stores keep TTL offsets in the set), and merging them is the caller's.
struct AnswerGroups {
    struct Group {
        QString qname, rcode;           // "" when the lookup has none
        QList<LookupAnswer> answers;    // the answer section, in order (AnswerSetText::answers); none: empty
        qint64 firstUs = 0, lastUs = 0; // inclusive
        qint64 lookups = 0;
        std::vector<qint64> errorTimesUs; // error rcode: its first maxTimes times, ascending; else empty
    };
    QList<Group> groups; // in no particular order
    qint64 lookups = 0;  // the view's lookups: the groups' sum
};

// Whether an rcode says the resolution failed: anything but NOERROR (any case) or none given.
inline bool isErrorRcode(QStringView rcode)
{
    return !rcode.isEmpty() && rcode.compare(QLatin1String("NOERROR"), Qt::CaseInsensitive) != 0;
}
