// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_view.h"

#include "clickhouse_url.h"
#include "failure.h"

#include <QFileInfo>

QString defaultChartTitle(const QString &storeLocation)
{
    if (!ClickHouseUrl::looksLike(storeLocation))
        return QFileInfo(storeLocation).completeBaseName();
    try {
        return ClickHouseUrl::parse(storeLocation).database;
    } catch (const Failure &) {
        return storeLocation.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
    }
}
