// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore and the per-lookup flags column (LookupFlags; bit 0 mDNS), the last column of
// lookups_local and lookups. Tables created before it get it by ALTER TABLE … ADD COLUMN with
// DEFAULT 0 (old rows read as plain DNS; nothing is rewritten), guarded by system.columns since
// 18.16 has no ADD COLUMN IF NOT EXISTS. A read-only open never alters: it reads proto as 'dns'.
#include "clickhouse_sql.h"
#include "clickhouse_store.h"

void ClickHouseStore::ensureFlagsColumn(bool create)
{
    std::vector<const char *> tables = {"lookups_local"};
    if (!m_url.cluster.isEmpty())
        tables.push_back("lookups");
    for (const ClickHouseHttp &shard : m_shards) {
        for (const char *name : tables) {
            const QByteArray present = shard.query("SELECT count() FROM system.columns WHERE database = "
                                                   + ClickHouseSql::quote(QByteArrayView(database())) + " AND table = '"
                                                   + name + "' AND name = 'flags'");
            if (present.trimmed() != "0")
                continue;
            if (!create) {
                m_hasFlags = false;
                return;
            }
            shard.query("ALTER TABLE " + table(name) + " ADD COLUMN flags UInt8 DEFAULT 0");
        }
    }
}

QByteArray ClickHouseStore::fieldColumn(LookupField field) const
{
    if (field == LookupField::Proto && !m_hasFlags)
        return "'dns'";
    return ClickHouseSql::column(field);
}
