// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_renderer.h"
#include "import_job.h"
#include "lookup_store.h"
#include "main_window.h"
#include "sqlite_db.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "zoned_time_ticker.h"

#include <QFile>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

// The window over a small store: 2,000 lookups spread over ten days of July 2016 (UTC).
class TstMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wheelZoomNarrowsRangeAndRefinesBins();
    void tickLabelsNeverOverlapAtAnyZoom();
    void countAxisCoversTallestVisibleBar();
    void dayTicksFallOnLocalMidnightAcrossDst();
    void chartRendererWritesPngSvgAndPdf();
    void emptyStoreOpensWithoutBins();
    void olderStoreIsIndexedInTheBackgroundWithTheSameBins();

private:
    void openWindow(MainWindow &window);
    static QList<qint64> visibleTotals(const TimelinePlot &plot);

    QTemporaryDir m_dir;
    QString m_storePath;
    static constexpr qint64 kStartUs = 1'468'800'000'000'000; // 2016-07-18T00:00:00Z
    static constexpr qint64 kDays = 10;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
    QVERIFY(m_dir.isValid());
    const QString csvPath = m_dir.filePath(QStringLiteral("lookups.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("timestamp,client,qname,qtype,rcode\n");
    const qint64 stepUs = kDays * 86'400'000'000 / 2000;
    for (int i = 0; i < 2000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch((kStartUs + i * stepUs) / 1000, QTimeZone::utc());
        const QString row = QStringLiteral("%1,10.0.0.%2,host%3.example.com,A,NOERROR\n")
                                .arg(t.toString(Qt::ISODateWithMs))
                                .arg(i % 7)
                                .arg(i % 5);
        csv.write(row.toUtf8());
    }
    csv.close();
    m_storePath = m_dir.filePath(QStringLiteral("test.dnstl"));
    auto store = openStore(m_storePath, StoreOpenMode::Create);
    ImportRequest request;
    request.filePath = csvPath;
    const ImportResult result = runImport(*store, request, [](const ImportProgress &) { return true; });
    QVERIFY2(!result.report.error, qPrintable((result.report.error ? result.report.error->message() : QString())));
    QCOMPARE(result.report.records, 2000);
    TimelineEvent point;
    point.startUs = kStartUs + 3 * 86'400'000'000;
    point.title = QStringLiteral("Server moved to a new provider with a rather long description");
    store->addEvent(point);
    TimelineEvent span;
    span.startUs = kStartUs + 5 * 86'400'000'000;
    span.endUs = kStartUs + 7 * 86'400'000'000;
    span.title = QStringLiteral("Convention");
    store->addEvent(span);
}

void TstMainWindow::openWindow(MainWindow &window)
{
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(window.controller(), &TimelineController::tableReady);
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(m_storePath));
    QVERIFY(ready.wait(10'000));
    QTRY_VERIFY(!window.controller()->isBusy());
    QVERIFY(window.plot()->table().binCount() > 0);
    window.plot()->replot();
}

QList<qint64> TstMainWindow::visibleTotals(const TimelinePlot &plot)
{
    const BinTable &t = plot.table();
    const TimeRange view = plot.visibleRange();
    QList<qint64> totals;
    for (qsizetype i = 0; i < t.binCount(); ++i) {
        if (t.edges[i + 1] <= view.fromUs || t.edges[i] >= view.toUs)
            continue;
        qint64 sum = 0;
        for (const BinSeries &s : t.series)
            sum += s.counts.value(i);
        totals.append(sum);
    }
    return totals;
}

void TstMainWindow::wheelZoomNarrowsRangeAndRefinesBins()
{
    MainWindow window;
    openWindow(window);
    TimelinePlot *plot = window.plot();
    const QCPRange before = plot->xAxis->range();
    const BinWidth widthBefore = window.controller()->table().width;
    QCOMPARE(widthBefore, BinWidth::parse(QStringLiteral("3h")).value()); // 240 h in at most 200 bins

    const QPoint centre = plot->axisRect()->rect().center();
    const double keyAtCursor = plot->xAxis->pixelToCoord(centre.x());
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);

    const QCPRange after = plot->xAxis->range();
    QVERIFY2(after.size() < before.size() * 0.9,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.size()).arg(after.size())));
    QVERIFY(std::abs(plot->xAxis->pixelToCoord(centre.x()) - keyAtCursor) < before.size() * 1e-3);
    QVERIFY(after.lower > before.lower && after.upper < before.upper);
    QTRY_VERIFY(window.controller()->table().width.nominalUs() < widthBefore.nominalUs());
    QCOMPARE(plot->table().width, window.controller()->table().width);
    QVERIFY(plot->yAxis->label().startsWith(QStringLiteral("lookups per ")));
}

void TstMainWindow::tickLabelsNeverOverlapAtAnyZoom()
{
    MainWindow window;
    openWindow(window);
    TimelinePlot *plot = window.plot();
    const QFontMetricsF fm(plot->xAxis->tickLabelFont());
    const qint64 hour = 3'600'000'000;
    for (const qint64 length :
         {20'000'000LL, 300'000'000LL, hour, 6 * hour, 30 * hour, 240 * hour, 2400 * hour, 40'000 * hour}) {
        plot->setVisibleRange({kStartUs, kStartUs + length});
        plot->replot();
        const QVector<double> ticks = plot->xAxis->tickVector();
        const QVector<QString> labels = plot->xAxis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(length)));
        double previousRight = -1e9;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            double width = 0;
            for (const QString &line : labels[i].split(QLatin1Char('\n')))
                width = std::max(width, fm.horizontalAdvance(line));
            const double centreX = plot->xAxis->coordToPixel(ticks[i]);
            QVERIFY2(centreX - width / 2 > previousRight,
                     qPrintable(QStringLiteral("%1 overlaps at zoom %2 us").arg(labels[i]).arg(length)));
            previousRight = centreX + width / 2;
        }
    }
}

void TstMainWindow::countAxisCoversTallestVisibleBar()
{
    MainWindow window;
    openWindow(window);
    const QList<qint64> totals = visibleTotals(*window.plot());
    QVERIFY(!totals.isEmpty());
    const qint64 tallest = *std::max_element(totals.begin(), totals.end());
    QVERIFY(window.plot()->yAxis->range().lower == 0);
    QVERIFY(window.plot()->yAxis->range().upper >= tallest);
    QVERIFY(window.plot()->yAxis->range().upper < tallest * 3 + 10);
}

void TstMainWindow::dayTicksFallOnLocalMidnightAcrossDst()
{
    const QTimeZone zone("America/New_York");
    ZonedTimeTicker ticker(nullptr, zone);
    const ZonedTimeTicker::Step day{ZonedTimeTicker::Unit::Day, 1};
    const double from = QDateTime(QDate(2016, 3, 10), QTime(12, 0), zone).toSecsSinceEpoch();
    const double to = QDateTime(QDate(2016, 3, 16), QTime(0, 0), zone).toSecsSinceEpoch();
    const QVector<double> ticks = ticker.ticksFor(day, QCPRange(from, to));
    QCOMPARE(ticks.size(), 6);
    for (const double t : ticks)
        QCOMPARE(QDateTime::fromSecsSinceEpoch(qint64(t), zone).time(), QTime(0, 0));
    QCOMPARE(ticks[3] - ticks[2], 23 * 3600.0); // March 13 2016 is 23 hours long
    const QVector<QString> labels = ticker.labelsFor(day, ticks);
    QCOMPARE(labels.first(), QStringLiteral("Mar 11\n2016"));
    QCOMPARE(labels[1], QStringLiteral("Mar 12"));
}

void TstMainWindow::chartRendererWritesPngSvgAndPdf()
{
    MainWindow window;
    openWindow(window);
    ChartSpec spec;
    spec.table = window.controller()->table();
    spec.events = window.controller()->events();
    spec.title = QStringLiteral("Lookups of the test store");
    spec.subtitle = QStringLiteral("ten days of July 2016, UTC");
    spec.size = QSize(1000, 560);
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartRenderer::render(spec, png));
    QImage image(png);
    QCOMPARE(image.size(), spec.size);

    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartRenderer::render(spec, svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("Lookups of the test store"));

    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartRenderer::render(spec, pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");

    try {
        ChartRenderer::render(spec, m_dir.filePath(QStringLiteral("chart.xyz")));
        QFAIL("an unknown chart format was written");
    } catch (const Failure &failure) {
        QCOMPARE(failure.kind(), Failure::Kind::BadInput);
        QVERIFY(failure.message().contains(QStringLiteral("chart.xyz")));
    }
}

// A new store has no datasets, hence no bins and no edges: the window must show it, not crash.
void TstMainWindow::emptyStoreOpensWithoutBins()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(dir.filePath(QStringLiteral("empty.dnstl")), true));
    QTRY_VERIFY(!window.controller()->isBusy());
    QTest::qWait(50);
    QCOMPARE(window.controller()->table().binCount(), 0);
    QVERIFY(window.isVisible());
}

// A store written before rollups (the tables dropped) opens and bins from its lookups; the
// window writes the rollups in the background, then re-bins: the same table, now from them.
void TstMainWindow::olderStoreIsIndexedInTheBackgroundWithTheSameBins()
{
    QTemporaryDir dir;
    const QString older = dir.filePath(QStringLiteral("older.dnstl"));
    QVERIFY(QFile::copy(m_storePath, older));
    QFile::setPermissions(older, QFile::ReadOwner | QFile::WriteOwner);
    {
        SqliteDb db(older, SqliteDb::Mode::ReadWrite);
        db.exec("DROP TABLE lookup_rollups; DROP TABLE lookup_value_counts;");
    }
    BinTable before;
    {
        auto store = openStore(older, StoreOpenMode::ReadOnly);
        QCOMPARE(store->datasetsWithoutRollups().size(), 1);
        BinQuery q;
        q.split = LookupField::Client;
        q.topK = 10;
        before = store->bins(q);
    }
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(older));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->store()->datasetsWithoutRollups().isEmpty(), 20'000);
    QTRY_VERIFY(!window.controller()->isBusy());
    BinQuery q;
    q.split = LookupField::Client;
    q.topK = 10;
    const BinTable after = window.controller()->store()->bins(q);
    QCOMPARE(after.edges, before.edges);
    QCOMPARE(after.series.size(), before.series.size());
    for (qsizetype i = 0; i < after.series.size(); ++i) {
        QCOMPARE(after.series[i].name, before.series[i].name);
        QCOMPARE(after.series[i].counts, before.series[i].counts);
    }
    QVERIFY(window.plot()->table().binCount() > 0);
}

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
