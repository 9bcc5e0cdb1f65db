// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clickhouse_store.h"
#include "lookup_store.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// The ClickHouse store against the two-shard cluster that tests/clickhouse/cluster.sh starts
// (CTest fixture ClickHouseCluster): the same lookups imported into the cluster and into an
// SQLite store must give identical bins for every width, zone, split and filter, identical
// drill-down pages and analyses (tst_clickhouse_store_analysis.cpp), and the store's other
// duties (events, rename, delete, failed imports, cancellation, a shard going down) must behave.

// The lookups every test shares: fill() imports them into both stores.
namespace TstClickHouseData {
constexpr qint64 kSec = 1'000'000;
constexpr qint64 kStart = 1'477'785'600 * kSec; // 2016-10-30T00:00:00Z; New York falls back on 11-06
constexpr qint64 kSpan = 14 * 86'400 * kSec;
} // namespace TstClickHouseData

class TstClickHouseStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stringsRoundTripThroughTheServer();
    void serverGlobsMatchNameGlob();
    void datasetsAndExtentMatch();
    void bothShardsHoldData();
    void binsAreIdenticalToSqlite_data();
    void binsAreIdenticalToSqlite();
    void rankedSplitsOverAWiderRangeMatch();
    void excludedPairsMatchSqlite();
    void recordsAreIdenticalToSqlite();
    void pairTimesAndPeriodicityMatchSqlite();
    void pairGapsFoundByTheServersMatchSqlite();
    void coverageMatchesSqlite();
    void derivedSeriesMatchSqlite();
    void resolutionHistoryMatchesSqlite();
    void addressBookRoundTripsWithUndoAndAllOrNothingImports();
    void ownerFieldsAreIdenticalToSqlite();
    void failedImportLeavesNothingVisible();
    void eventsRoundTrip();
    void eventSeriesMatchSqlite(); // tst_clickhouse_store_events.cpp
    void olderEventsTableGetsTheSeriesColumns();
    void redactionKeyIsKeptOnTheServer();
    void renameAndDelete();
    void cancelStopsTheQueryOnTheServer_data();
    void cancelStopsTheQueryOnTheServer();
    void commandLineWorksOnAUrl();
    void aStoppedShardGivesAClearError(); // last: it stops shard 2

private:
    void fill(LookupStore &store);
    static QList<LookupRecord> withoutIds(QList<LookupRecord> records);

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<LookupStore> m_sqlite;
    std::unique_ptr<ClickHouseStore> m_ch;
};
