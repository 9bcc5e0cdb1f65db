// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_url.h"

#include "clickhouse_sql.h"
#include "sqlite_db.h"

#include <QUrl>
#include <QUrlQuery>

bool ClickHouseUrl::looksLike(const QString &location)
{
    return location.startsWith(QLatin1String("clickhouse://"), Qt::CaseInsensitive);
}

ClickHouseUrl ClickHouseUrl::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    auto fail = [&](const QString &why) {
        return Failure(Failure::Kind::BadInput,
                       QStringLiteral("%1: %2 (expected clickhouse://HOST:PORT/DATABASE[?cluster=NAME&user=…])")
                           .arg(location.section(QLatin1Char('?'), 0, 0), why));
    };
    if (!url.isValid() || url.scheme().compare(QLatin1String("clickhouse"), Qt::CaseInsensitive) != 0)
        throw fail(QStringLiteral("not a ClickHouse URL"));
    ClickHouseUrl out;
    out.host = url.host();
    if (out.host.isEmpty())
        throw fail(QStringLiteral("no host"));
    out.port = url.port(8123);
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        out.database = path;
    if (!ClickHouseSql::isIdentifier(out.database))
        throw fail(QStringLiteral("the database name must be letters, digits and _"));
    out.user = url.userName();
    out.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QLatin1String("cluster")) {
            out.cluster = value;
            if (!ClickHouseSql::isIdentifier(value))
                throw fail(QStringLiteral("the cluster name must be letters, digits and _"));
        } else if (key == QLatin1String("user")) {
            out.user = value;
        } else if (key == QLatin1String("password")) {
            out.password = value;
        } else if (key == QLatin1String("timeout")) {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds <= 0)
                throw fail(QStringLiteral("timeout must be a positive number of seconds"));
            out.timeoutMs = int(std::min(seconds, 86400.0) * 1000);
        } else if (key == QLatin1String("shards")) {
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int port = s.section(QLatin1Char(':'), -1).toInt(&ok);
                if (!ok || !s.contains(QLatin1Char(':')) || port <= 0 || port > 65535)
                    throw fail(QStringLiteral("shards must be HOST:PORT,HOST:PORT"));
                out.shards.append({s.section(QLatin1Char(':'), 0, -2), port});
            }
        } else {
            throw fail(QStringLiteral("unknown option %1").arg(key));
        }
    }
    return out;
}

QString ClickHouseUrl::display() const
{
    QString out = QStringLiteral("clickhouse://%1:%2/%3").arg(host).arg(port).arg(database);
    QStringList options;
    if (!cluster.isEmpty())
        options.append(QStringLiteral("cluster=") + cluster);
    if (!user.isEmpty())
        options.append(QStringLiteral("user=") + QString::fromLatin1(QUrl::toPercentEncoding(user)));
    QStringList endpoints;
    for (const auto &[shardHost, shardPort] : shards)
        endpoints.append(QStringLiteral("%1:%2").arg(shardHost).arg(shardPort));
    if (!endpoints.isEmpty())
        options.append(QStringLiteral("shards=") + endpoints.join(QLatin1Char(',')));
    if (timeoutMs != ClickHouseUrl().timeoutMs)
        options.append(QStringLiteral("timeout=") + QString::number(timeoutMs / 1000.0));
    return options.isEmpty() ? out : out + QLatin1Char('?') + options.join(QLatin1Char('&'));
}
