// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's reads across the shards: a failure to reach one names it.
#include "clickhouse_store.h"

QByteArray ClickHouseStore::readLookups(const QByteArray &sql) const
{
    try {
        return m_entry.query(sql);
    } catch (const Failure &failure) {
        throw namingAwayShard(failure);
    }
}

// The URL's server says "All connection tries failed … Connection refused (127.0.0.1:19122)"
// (the shard's native port, which the user never gave) or only that a socket timed out: the
// shard is found by asking each one, by the HTTP endpoint the store reaches it at.
Failure ClickHouseStore::namingAwayShard(const Failure &failure) const
{
    if (m_url.cluster.isEmpty() ||
        (failure.kind() != Failure::Kind::Unreachable && failure.kind() != Failure::Kind::TimedOut))
        return failure;
    for (const ClickHouseHttp &shard : m_shards) {
        try {
            shard.ping(kShardPingMs);
        } catch (const Failure &away) {
            if (away.kind() == Failure::Kind::Cancelled)
                return away;
            return Failure(away.kind(),
                           QStringLiteral("ClickHouse shard %1 does not answer (%2); the lookups of %3 are read from "
                                          "every shard of cluster %4")
                               .arg(shard.endpoint(), away.message(), m_url.database, m_url.cluster));
        }
    }
    return failure;
}
