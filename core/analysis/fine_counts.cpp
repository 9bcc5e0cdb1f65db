// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fine_counts.h"

#include <numeric>

BinQuery FineCounts::query(const BinQuery &view, const TimeRange &extent)
{
    BinQuery q = view;
    q.split.reset();
    q.rankRange.reset();
    q.zone = QTimeZone::utc();
    const TimeRange r = view.range.value_or(extent);
    static const qint64 kSteps[] = {60'000'000LL,     300'000'000LL,    900'000'000LL,   3'600'000'000LL,
                                    10'800'000'000LL, 21'600'000'000LL, 43'200'000'000LL};
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 s : kSteps) {
        if (r.length() / s + 2 <= kMaxBins) {
            step = s;
            break;
        }
    }
    q.width = BinWidth::fixed(step);
    return q;
}

FineCounts FineCounts::fromTable(const BinTable &table)
{
    FineCounts out;
    if (table.width.unit() != BinWidth::Unit::Fixed || table.edges.isEmpty())
        return out;
    out.fromUs = table.edges.front();
    out.stepUs = table.width.fixedUs();
    out.counts.assign(size_t(table.binCount()), 0);
    for (const BinSeries &s : table.series) {
        for (qsizetype i = 0; i < s.counts.size(); ++i)
            out.counts[size_t(i)] += s.counts[i];
    }
    return out;
}

qint64 FineCounts::total() const
{
    return std::accumulate(counts.begin(), counts.end(), qint64(0));
}

TimeRange FineCounts::occupied() const
{
    size_t lo = 0, hi = counts.size();
    while (lo < hi && counts[lo] == 0)
        ++lo;
    while (hi > lo && counts[hi - 1] == 0)
        --hi;
    if (lo == hi)
        return {};
    return {fromUs + qint64(lo) * stepUs, fromUs + qint64(hi) * stepUs};
}
