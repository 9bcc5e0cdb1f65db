// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TstClickHouseStore's cancel: a long query stops on the server when cancelled, by the store or
// by the thread's QueryCancelScope flag (how the window's Cancel reaches it).
#include "tst_clickhouse_store.h"

#include "clickhouse_store.h"
#include "failure.h"
#include "query_cancel_scope.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

void TstClickHouseStore::cancelStopsTheQueryOnTheServer_data()
{
    QTest::addColumn<bool>("byScope");
    QTest::newRow("cancelRunning") << false;
    QTest::newRow("the thread's QueryCancelScope flag") << true; // how the window's Cancel reaches it
}

void TstClickHouseStore::cancelStopsTheQueryOnTheServer()
{
    QFETCH(bool, byScope);
    QString error;
    QElapsedTimer timer;
    timer.start();
    std::atomic<bool> cancel = false;
    std::thread worker([&] {
        try {
            const QueryCancelScope scope(byScope ? &cancel : nullptr);
            m_ch->entry().query("SELECT count() FROM numbers(100000000000) WHERE sipHash64(number) = 1");
        } catch (const Failure &e) {
            error = e.message();
        }
    });
    QTest::qWait(400);
    if (byScope)
        cancel = true;
    else
        m_ch->cancelRunning();
    worker.join();
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // KILL QUERY … ASYNC: the server drops it shortly after.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_ch->entry()
            .query("SELECT count() FROM system.processes WHERE query LIKE '%sipHash64(number) = 1%'"
                   " AND query NOT LIKE '%system.processes%'")
            .trimmed(),
        QByteArray("0"), 5000);
}
