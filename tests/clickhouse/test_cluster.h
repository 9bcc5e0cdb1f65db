// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The two-shard test cluster of cluster.sh (CTest fixture ClickHouseCluster), as the cluster
// tests reach it: HTTP on DNSTL_CH_PORT_BASE + 1 and + 2 (base 18120 by default).
#pragma once

#include "clickhouse_http.h"

#include <QString>

namespace test_cluster {

inline int portBase()
{
    const QByteArray base = qgetenv("DNSTL_CH_PORT_BASE");
    return base.isEmpty() ? 18120 : base.toInt();
}

// A store URL for `database` on the cluster, after dropping that database on both shards.
inline QString freshStoreUrl(const QString &database)
{
    const int b = portBase();
    for (int shard : {1, 2})
        ClickHouseHttp(QStringLiteral("127.0.0.1"), b + shard, {}, {}, 30'000)
            .query("DROP DATABASE IF EXISTS " + database.toUtf8());
    return QStringLiteral("clickhouse://127.0.0.1:%1/%3?cluster=dnstl&shards=127.0.0.1:%1,127.0.0.1:%2")
        .arg(b + 1)
        .arg(b + 2)
        .arg(database);
}

} // namespace test_cluster
