// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Where a ClickHouse store lives, as given by a URL
//   clickhouse://HOST:PORT/DATABASE[?cluster=NAME&user=U&password=P&shards=H:P,H:P&timeout=S]
// PORT is the HTTP interface (default 8123); DATABASE defaults to "dnstimeline". `cluster`
// names a remote_servers entry: lookups are then spread over its shards and read through a
// Distributed table. `shards` lists the shards' HTTP endpoints in the cluster's order; without
// it they are read from system.clusters, assuming every shard listens on PORT.
// A value type; parse() is pure and thread-safe.
struct ClickHouseUrl {
    QString host;
    int port = 8123;
    QString database = QStringLiteral("dnstimeline");
    QString cluster;
    QString user;
    QString password;
    QList<QPair<QString, int>> shards;
    int timeoutMs = 120'000;

    static bool looksLike(const QString &location); // starts with clickhouse://
    // Throws Failure naming what is wrong.
    static ClickHouseUrl parse(const QString &location);
    // The URL without the password, for messages and location(); it reopens the same store.
    QString display() const;
};
