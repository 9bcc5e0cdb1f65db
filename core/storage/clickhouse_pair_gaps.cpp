// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_pair_gaps.h"

#include "clickhouse_rows.h"
#include "failure.h"
#include "pair_gaps_builder.h"

#include <algorithm>

namespace {
// The key a pair is grouped by: client_h ^ qname_h·M (one UInt64, which ClickHouse 18.16 groups
// by several times faster than the two hashes), and M's inverse modulo 2⁶⁴, which gives
// qname_h back from the key and the client: when every lookup of a key has one client_h, its
// qname_h·M is key ^ client_h for all of them, so they are one pair.
constexpr quint64 kMix = 0x9E3779B97F4A7C15ULL, kUnmix = 0xF1DE83E19937733DULL;
static_assert(kMix * kUnmix == 1);
} // namespace

QByteArray ClickHousePairGaps::sql(const QByteArray &lookups, const QByteArray &where, qint64 minLookups, Keys keys)
{
    const QByteArray same = QByteArray::number(PairGaps::kSamePollUs), longGap = QByteArray::number(PairGaps::kLongGap);
    const QByteArray least = QByteArray::number(std::max<qint64>(minLookups, 2));
    const QByteArray enoughPolls = least; // PairGapsBuilder: fewer polls and every lookup is one
    const QByteArray pair = keys == Keys::Mixed
        ? "min(client_h) AS pair_client, bitXor(pair_key, pair_client) * toUInt64(" + QByteArray::number(kUnmix) +
            ") AS pair_qname, toUInt8(pair_client = max(client_h)) AS pair_one"
        : QByteArray("client_h AS pair_client, qname_h AS pair_qname, toUInt8(1) AS pair_one");
    const QByteArray groupBy = keys == Keys::Mixed
        ? "bitXor(client_h, qname_h * toUInt64(" + QByteArray::number(kMix) + ")) AS pair_key"
        : QByteArray("client_h, qname_h");
    // pair_t: the pair's times; pair_d: the gaps between its lookups; pair_later: the polls
    // after the first (lookups a second or more after the one before), all of them when simple.
    return "SELECT pair_client, pair_qname, pair_one, pair_n, pair_t1, pair_simple, arrayMap(g -> toUInt32(least(g, " +
        longGap + ")), pair_gaps), arrayFilter(g -> g >= " + longGap +
        ", pair_gaps) FROM (SELECT pair_client, pair_qname, pair_one, pair_n, pair_t[1] AS pair_t1, pair_simple, "
        "if(pair_simple AND length(pair_later) + 1 >= " +
        enoughPolls +
        ", arrayPopFront(arrayDifference(arrayPushFront(pair_later, pair_t[1]))), pair_d) AS pair_gaps FROM (SELECT " +
        pair +
        ", count() AS pair_n, arraySort(groupArray(ts)) AS pair_t, arrayPopFront(arrayDifference(pair_t)) AS pair_d, "
        "toUInt8(NOT arrayExists((a, b) -> a < " +
        same + " AND b < " + same +
        ", arrayPopBack(pair_d), arrayPopFront(pair_d))) AS pair_simple, arrayFilter((x, g) -> g >= " + same +
        ", arrayPopFront(pair_t), pair_d) AS pair_later FROM " + lookups + " WHERE " + where + " GROUP BY " + groupBy +
        " HAVING count() >= " + least + ")) FORMAT RowBinary";
}

std::optional<PairGaps> ClickHousePairGaps::read(QByteArray answer, qint64 minLookups,
                                                 const std::function<quint32(quint64)> &idOf)
{
    PairGaps out;
    PairGapsBuilder replay(minLookups);
    ClickHouseRows rows(std::move(answer));
    std::vector<qint64> lookupGaps;
    while (!rows.atEnd()) {
        PairGaps::Pair p;
        const quint64 client = rows.u64(), qname = rows.u64();
        if (rows.u8() == 0)
            return std::nullopt; // two pairs under one key
        p.client = idOf(client);
        p.qname = idOf(qname);
        p.lookups = qint64(rows.u64());
        p.firstPollUs = rows.i64();
        const bool polls = rows.u8() != 0;
        std::vector<quint32> &gaps = p.gaps.emplace_back(size_t(rows.length())); // one chunk
        rows.u32s(gaps.data(), gaps.size());
        p.longGaps.resize(size_t(rows.length()));
        rows.i64s(p.longGaps.data(), p.longGaps.size());
        if (size_t(std::count(gaps.begin(), gaps.end(), PairGaps::kLongGap)) != p.longGaps.size() || p.lookups < 2 ||
            (polls ? gaps.size() >= size_t(p.lookups) : gaps.size() != size_t(p.lookups - 1)))
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
