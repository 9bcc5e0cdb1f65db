// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore::bins(): computed by the server through ClickHouseBinQuery; the split
// rankings it asks for are kept here.
#include "clickhouse_bin_query.h"
#include "clickhouse_store.h"

BinTable ClickHouseStore::bins(const BinQuery &query)
{
    const QList<DatasetInfo> sets = datasets();
    return ClickHouseBinQuery(*this, query, sets).run();
}

std::optional<std::pair<QList<ClickHouseStore::Ranked>, bool>> ClickHouseStore::cachedRanking(const QByteArray &key)
{
    std::lock_guard guard(m_mutex);
    const auto found = m_rankCache.constFind(key);
    if (found == m_rankCache.constEnd())
        return std::nullopt;
    return std::pair(found->first, found->second);
}

void ClickHouseStore::keepRanking(const QByteArray &key, const QList<Ranked> &ranked, bool more)
{
    // Datasets never change once committed and ids are not reused, so a ranking stays true:
    // the window ranks over the whole extent on every zoom step and asks again.
    std::lock_guard guard(m_mutex);
    if (m_rankCache.size() > 64)
        m_rankCache.clear();
    m_rankCache.insert(key, {ranked, more});
}
