// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"

#include <QByteArray>

#include <functional>
#include <optional>

// The gaps between each (client, qname) pair's polls (PairGaps, for periodicity), worked out by
// the ClickHouse servers so that neither every lookup's time nor the sorting travels: per pair
// with at least max(minLookups, 2) lookups (HAVING on the counts merged across the shards) the
// server sorts the times, and when no two lookups follow a lookup each under kSamePollUs (no
// run of three or more within a second after one another) it finds the polls itself, exactly
// as PairGapsBuilder would: a lookup is then the same poll as the one before iff it came under
// kSamePollUs after it, since that one started a poll. It sends the poll gaps in PairGaps'
// encoding (4 bytes, kLongGap for those of 71 minutes and more, which follow as 8 bytes), the
// pair's lookups and its first time. For other pairs (a run where whether a lookup starts a
// poll depends on the polls before) it sends the gaps between the lookups in the same encoding,
// and read() replays their times through a PairGapsBuilder: one rule, whichever side applies it.
// Pairs are grouped by one UInt64 mixed from both name hashes (Keys::Mixed: the GROUP BY costs a
// fifth of one by the two hashes); a key that two pairs share is seen (its lookups have two
// clients) and read() then returns nullopt: the caller asks again by the two hashes
// (Keys::Exact), so the answer never depends on the mixing.
// Stateless; thread-safe. Cost on the servers: one GROUP BY with groupArray, then an array sort
// per pair on the URL's server; on the wire 4 bytes per poll (12 per long gap).
class ClickHousePairGaps {
public:
    enum class Keys { Mixed, Exact };
    // The query over `lookups` (a table) under the condition `where`; its answer is RowBinary.
    static QByteArray sql(const QByteArray &lookups, const QByteArray &where, qint64 minLookups, Keys keys);
    // The PairGaps of the query's answer, names left unset: each name hash becomes an id through
    // idOf (0 for the absent name); nullopt if a key held two pairs. Throws Failure on a
    // truncated or malformed answer.
    static std::optional<PairGaps> read(QByteArray answer, qint64 minLookups,
                                        const std::function<quint32(quint64)> &idOf);
};
