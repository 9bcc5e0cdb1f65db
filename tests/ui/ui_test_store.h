// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The small store the GUI tests open: 2,000 lookups over ten days of July 2016 (UTC), seven
// clients (10.0.0.0–6), five names (host0–4.example.com), and two events.
#pragma once

#include "import_job.h"
#include "lookup_store.h"
#include "main_window.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace ui_test {

inline constexpr qint64 kStartUs = 1'468'800'000'000'000; // 2016-07-18T00:00:00Z
inline constexpr qint64 kDayUs = 86'400'000'000;
inline constexpr qint64 kDays = 10;
inline constexpr int kLookups = 2000;

inline qint64 lookupTime(int i)
{
    return kStartUs + i * (kDays * kDayUs / kLookups);
}
inline QString lookupClient(int i)
{
    return QStringLiteral("10.0.0.%1").arg(i % 7);
}
inline QString lookupName(int i)
{
    return QStringLiteral("host%1.example.com").arg(i % 5);
}

// Writes the CSV and imports it into a new store at storePath; false on failure.
inline bool makeStore(const QString &dir, const QString &storePath)
{
    const QString csvPath = dir + QStringLiteral("/lookups.csv");
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("timestamp,client,qname,qtype,rcode\n");
    for (int i = 0; i < kLookups; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(lookupTime(i) / 1000, QTimeZone::utc());
        csv.write(QStringLiteral("%1,%2,%3,A,NOERROR\n")
                      .arg(t.toString(Qt::ISODateWithMs), lookupClient(i), lookupName(i))
                      .toUtf8());
    }
    csv.close();
    auto store = openStore(storePath, StoreOpenMode::Create);
    ImportRequest request;
    request.filePath = csvPath;
    const ImportResult result = runImport(*store, request, [](const ImportProgress &) { return true; });
    if (result.report.error || result.report.records != kLookups)
        return false;
    TimelineEvent point;
    point.startUs = kStartUs + 3 * kDayUs;
    point.title = QStringLiteral("Server moved");
    store->addEvent(point);
    return true;
}

// Shows the window, opens the store and waits for the first table.
inline bool openAndWait(MainWindow &window, const QString &storePath)
{
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy ready(window.controller(), &TimelineController::tableReady);
    try {
        window.openStore(storePath);
    } catch (const Failure &failure) {
        qWarning("%s", qPrintable(failure.message()));
        return false;
    }
    if (!ready.wait(10'000))
        return false;
    if (!QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000))
        return false;
    window.plot()->replot();
    return window.plot()->table().binCount() > 0;
}

// Waits until the controller is idle and its last table reached the plot.
inline bool settle(MainWindow &window)
{
    for (int round = 0; round < 2; ++round) {
        QTest::qWait(30);
        if (!QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000))
            return false;
    }
    return true;
}

} // namespace ui_test
