// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_store.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>

using namespace ui_test;

// TimelineController under bursts of requests: whatever runs while newer requests arrive,
// the last request's table is the one left shown, and nothing older replaces it.
class TstTimelineController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rapidRequestsEndWithTheLastOne();
    void busyEndsOnlyWithTheLastResult();
    void windowShowsTheLastRequest();

private:
    static qint64 lookupsIn(const TimeRange &range); // in the test store, counted from its recipe
    static qint64 countIn(const BinTable &table, const TimeRange &range);
    static TimeRange rangeNumber(int i);
    static bool waitIdle(TimelineController &controller);

    QTemporaryDir m_dir;
    QString m_storePath;
};

void TstTimelineController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-controller"));
    QSettings().clear();
    m_storePath = m_dir.filePath(QStringLiteral("ctl.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
}

qint64 TstTimelineController::lookupsIn(const TimeRange &range)
{
    qint64 n = 0;
    for (int i = 0; i < kLookups; ++i)
        n += lookupTime(i) >= range.fromUs && lookupTime(i) < range.toUs;
    return n;
}

qint64 TstTimelineController::countIn(const BinTable &table, const TimeRange &range)
{
    qint64 n = 0;
    for (qsizetype b = 0; b < table.binCount(); ++b) {
        if (table.edges[b] < range.fromUs || table.edges[b + 1] > range.toUs)
            continue;
        for (const BinSeries &s : table.series)
            n += s.counts.value(b);
    }
    return n;
}

// Ranges of whole hours, different in start and length, so that each has its own table.
TimeRange TstTimelineController::rangeNumber(int i)
{
    const qint64 hour = 3'600'000'000;
    const qint64 from = kStartUs + (i * 7 % 150) * hour;
    return {from, from + (12 + i % 9) * hour};
}

bool TstTimelineController::waitIdle(TimelineController &controller)
{
    return QTest::qWaitFor([&] { return !controller.isBusy(); }, 10'000);
}

void TstTimelineController::rapidRequestsEndWithTheLastOne()
{
    TimelineController controller;
    QList<TimeRange> shownRanges;
    connect(&controller, &TimelineController::tableReady, this, [&](const BinTable &t) {
        shownRanges.append({t.edges.front(), t.edges.back()});
    });
    controller.setStore(openStore(m_storePath, StoreOpenMode::ReadOnly));
    QVERIFY(waitIdle(controller));
    QCOMPARE(countIn(controller.table(), {0, std::numeric_limits<qint64>::max()}), kLookups);

    // Bursts of view changes, some with a split or filter change among them, with the event
    // loop turning between some of them so that results land while newer requests wait.
    const QList<std::optional<LookupField>> splits = {LookupField::Client, std::nullopt, LookupField::Qname};
    TimeRange last;
    for (int i = 0; i < 60; ++i) {
        if (i % 10 == 3)
            controller.setSplit(splits[(i / 10) % splits.size()]);
        last = rangeNumber(i);
        controller.setVisibleRange(last);
        QVERIFY(controller.isBusy());
        if (i % 7 == 0)
            QCoreApplication::processEvents();
    }
    QVERIFY(waitIdle(controller));
    shownRanges.clear();
    QTest::qWait(50); // nothing late arrives after the controller went idle
    QVERIFY(shownRanges.isEmpty());

    const BinTable &table = controller.table();
    QCOMPARE(*controller.visibleRange(), last);
    QCOMPARE(table.width, BinWidth::automatic(last));
    QVERIFY(table.edges.front() <= last.fromUs && table.edges.back() >= last.toUs);
    QCOMPARE(countIn(table, last), lookupsIn(last));
    // The last split set (i = 53: qname) gives one series per name.
    QCOMPARE(controller.split(), std::optional<LookupField>(LookupField::Qname));
    QStringList names;
    for (const BinSeries &s : table.series)
        names.append(s.name);
    names.sort();
    QCOMPARE(names,
             QStringList({QStringLiteral("host0.example.com"), QStringLiteral("host1.example.com"),
                          QStringLiteral("host2.example.com"), QStringLiteral("host3.example.com"),
                          QStringLiteral("host4.example.com")}));
}

void TstTimelineController::busyEndsOnlyWithTheLastResult()
{
    TimelineController controller;
    controller.setStore(openStore(m_storePath, StoreOpenMode::ReadOnly));
    QVERIFY(waitIdle(controller));
    TimeRange last;
    int idleSignals = 0;
    bool idleShowedLast = true;
    connect(&controller, &TimelineController::busyChanged, this, [&](bool busy) {
        if (busy)
            return;
        ++idleSignals;
        const BinTable &t = controller.table();
        idleShowedLast = idleShowedLast && t.edges.front() <= last.fromUs && t.edges.back() >= last.toUs;
    });
    for (int i = 0; i < 20; ++i) {
        last = rangeNumber(i + 100);
        controller.setVisibleRange(last);
        QTest::qWait(i % 3); // sometimes the running query finishes before the next request
    }
    QVERIFY(waitIdle(controller));
    QVERIFY(idleSignals >= 1);
    QVERIFY(idleShowedLast);
    QCOMPARE(countIn(controller.table(), last), lookupsIn(last));
}

void TstTimelineController::windowShowsTheLastRequest()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_storePath));
    TimelinePlot *plot = window.plot();
    for (int i = 0; i < 25; ++i) {
        if (i % 2)
            plot->zoomBy(0.85);
        else
            plot->panBy(0.05);
    }
    const TimeRange last = plot->visibleRange();
    QVERIFY(settle(window));
    QCOMPARE(*window.controller()->visibleRange(), last);
    const BinTable &shown = plot->table();
    QCOMPARE(shown.width, BinWidth::automatic(last));
    QVERIFY(shown.edges.front() <= last.fromUs && shown.edges.back() >= last.toUs);
    QCOMPARE(shown.edges, window.controller()->table().edges);
}

QTEST_MAIN(TstTimelineController)
#include "tst_timeline_controller.moc"
