// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_pair_gaps.h"

#include "clickhouse_rows.h"
#include "failure.h"
#include "pair_gaps_builder.h"

#include <algorithm>

QByteArray ClickHousePairGaps::sql(const QByteArray &lookups, const QByteArray &where, qint64 minLookups)
{
    const QByteArray same = QByteArray::number(PairGaps::kSamePollUs), longGap = QByteArray::number(PairGaps::kLongGap);
    const QByteArray least = QByteArray::number(std::max<qint64>(minLookups, 2));
    const QByteArray enoughPolls = least; // PairGapsBuilder: fewer polls and every lookup is one
    // t: the pair's times; d: the gaps between its lookups; later: the polls after the first
    // (a lookup a second or more after the one before), which are all of them when `simple`.
    return "SELECT client_h, qname_h, n, t1, simple, arrayMap(g -> toUInt32(least(g, " + longGap +
        ")), gaps), arrayFilter(g -> g >= " + longGap +
        ", gaps) FROM (SELECT client_h, qname_h, n, t[1] AS t1, simple, if(simple AND length(later) + 1 >= " +
        enoughPolls + ", arrayPopFront(arrayDifference(arrayPushFront(later, t[1]))), d) AS gaps FROM (" +
        "SELECT client_h, qname_h, count() AS n, arraySort(groupArray(ts)) AS t, arrayPopFront(arrayDifference(t)) "
        "AS d, toUInt8(NOT arrayExists((a, b) -> a < " +
        same + " AND b < " + same +
        ", arrayPopBack(d), arrayPopFront(d))) AS simple, arrayFilter((x, g) -> g >= " + same +
        ", arrayPopFront(t), d) AS later FROM " + lookups + " WHERE " + where +
        " GROUP BY client_h, qname_h HAVING count() >= " + least + ")) FORMAT RowBinary";
}

PairGaps ClickHousePairGaps::read(QByteArray answer, qint64 minLookups, const std::function<quint32(quint64)> &idOf)
{
    PairGaps out;
    PairGapsBuilder replay(minLookups);
    ClickHouseRows rows(std::move(answer));
    std::vector<qint64> lookupGaps;
    while (!rows.atEnd()) {
        PairGaps::Pair p;
        p.client = idOf(rows.u64());
        p.qname = idOf(rows.u64());
        p.lookups = qint64(rows.u64());
        p.firstPollUs = rows.i64();
        const bool polls = rows.u8() != 0;
        p.gaps.resize(size_t(rows.length()));
        rows.u32s(p.gaps.data(), p.gaps.size());
        p.longGaps.resize(size_t(rows.length()));
        rows.i64s(p.longGaps.data(), p.longGaps.size());
        if (size_t(std::count(p.gaps.begin(), p.gaps.end(), PairGaps::kLongGap)) != p.longGaps.size() ||
            p.lookups < 2 || (polls ? p.gaps.size() >= size_t(p.lookups) : p.gaps.size() != size_t(p.lookups - 1)))
            throw Failure(Failure::Kind::Corrupt,
                          QStringLiteral("ClickHouse sent gaps that do not fit the pair's lookups"));
        if (polls) {
            out.pairs.push_back(std::move(p));
            continue;
        }
        // The gaps between the lookups: their times through the builder, which finds the polls.
        p.expand(lookupGaps);
        qint64 t = p.firstPollUs;
        replay.add(p.client, p.qname, t);
        for (qint64 gap : lookupGaps)
            replay.add(p.client, p.qname, t += gap);
    }
    PairGaps replayed = replay.finish(nullptr);
    std::move(replayed.pairs.begin(), replayed.pairs.end(), std::back_inserter(out.pairs));
    return out;
}
