// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user walk, looking (issue #15 items 2, 4, 5, 8): the first run on a laptop's screen,
// 1 s bins over the six months of the bundled sample, the tracker after a zoom, and the sample
// beside a 21-minute Zeek capture of 2018.
#include "walk_support.h"

#include "analysis_dock.h"
#include "analysis_overlay.h"
#include "crosshair_tracker.h"
#include "datasets_dock.h"
#include "events_dock.h"
#include "records_dock.h"
#include "records_model.h"
#include "series_panel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QWheelEvent>

using namespace walk;

class TstWalkView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { firstRun(); }

    // Item 8: the first run fits 1366×768 and 1600×1000 with a title bar, Analysis is closed,
    // the lists show five rows, and the records' columns are as wide as their contents.
    void firstRunFitsALaptopScreen()
    {
        for (const QSize screen : {QSize(1366, 768), QSize(1600, 1000)}) {
            const QSize size = MainWindow::firstRunSize(screen);
            QVERIFY2(size.height() + 40 <= screen.height() && size.width() <= screen.width(),
                     qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
        }
        MainWindow window;
        QVERIFY(window.analysisDock()->isHidden());
        const QSize laptop = MainWindow::firstRunSize({1366, 768});
        QVERIFY2(window.minimumSizeHint().height() <= laptop.height(),
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        QVERIFY(open(window, sampleCopy(m_dir), laptop));
        QCOMPARE(window.size(), laptop);
        // The bottom's tabs show Records first, where a click on a bar lists its lookups.
        QVERIFY(!window.recordsDock()->visibleRegion().isEmpty());
        QVERIFY(window.eventsDock()->visibleRegion().isEmpty());
        const int line = window.fontMetrics().height();
        QVERIFY2(window.datasetsDock()->list()->height() >= 5 * 2 * line, "five datasets of two lines");
        QVERIFY2(window.eventsDock()->list()->height() >= 5 * (line + 4), "five events");
        auto *table = window.recordsDock()->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY2(table->viewport()->height() >= 5 * table->verticalHeader()->defaultSectionSize(), "five records");
        // Before anything is listed, every column shows its whole title.
        for (int c = 0; c < RecordsModel::ColumnCount; ++c) {
            const QString title =
                window.recordsDock()->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
            QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->fontMetrics().horizontalAdvance(title),
                     qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(table->columnWidth(c))));
        }
        const BinTable &t = window.controller()->table();
        window.drillDown({t.edges[10], t.edges[11]}, -1);
        QTRY_VERIFY_WITH_TIMEOUT(window.recordsDock()->model()->total() > 0, 10'000);
        QTRY_VERIFY(table->columnWidth(RecordsModel::Rowid) < table->viewport()->width() / 8);
        QVERIFY(table->columnWidth(RecordsModel::Qname) >= table->columnWidth(RecordsModel::Rowid));
    }

    // Item 8: View → Analysis brings the dock to the front of its tabs, and the timeline keeps
    // its height (the dock scrolls instead of squeezing the plot to a strip).
    void openingAnalysisShowsItAndKeepsThePlotReadable()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir), MainWindow::firstRunSize({1366, 768})));
        const int before = window.plot()->axisRect()->height();
        window.analysisDock()->toggleViewAction()->trigger();
        QVERIFY(settle(window));
        QTest::qWait(50);
        QVERIFY(window.analysisDock()->isVisible());
        QVERIFY(!window.analysisDock()->visibleRegion().isEmpty());
        QVERIFY2(window.plot()->axisRect()->height() >= before * 3 / 4,
                 qPrintable(QStringLiteral("%1 px, was %2").arg(window.plot()->axisRect()->height()).arg(before)));
    }

    // Item 2: 1 s bins over six months: the finest width that fits is drawn and the status bar
    // says so, never "no lookups"; zoomed in far enough, 1 s bins are drawn.
    void oneSecondBinsOverSixMonthsDrawTheFinestThatFits()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        window.controller()->setBinWidth(BinWidth::parse(QStringLiteral("1s")));
        QVERIFY(settle(window));
        const BinTable &t = window.controller()->table();
        QVERIFY(t.binCount() > 0 && t.binCount() <= window.controller()->maxBins());
        QVERIFY(t.width.nominalUs() > 1'000'000);
        const QString status = window.statusText();
        QVERIFY2(!status.contains(QLatin1String("No lookups")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("1s needs")) && status.contains(QLatin1String("; showing ")) &&
                     status.contains(QLatin1String("zoom in below")),
                 qPrintable(status));
        QVERIFY(window.controller()->lookupsIn(window.plot()->visibleRange()) > 200'000);
        const qint64 from = t.edges[t.binCount() / 2];
        window.plot()->moveTo({from, from + 600'000'000}); // ten minutes
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->table().width, BinWidth::fixed(1'000'000));
        QVERIFY(!window.statusText().contains(QLatin1String("needs")));
    }

    // Item 2: a wait for the view longer than 300 ms shows a busy indicator; the status bar
    // says the counts are coming rather than that there are none.
    void aSlowViewShowsThatItIsBusy()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        emit window.controller()->busyChanged(true);
        QTest::qWait(100);
        QVERIFY(!window.showsBusy());
        QTRY_VERIFY_WITH_TIMEOUT(window.showsBusy(), 1000);
        emit window.controller()->busyChanged(false);
        QVERIFY(!window.showsBusy());
    }

    // Item 5: the tracker follows every re-bin: after a wheel zoom under a still pointer it
    // shows the bin under the pointer in the new table.
    void trackerCardIsNeverCutOffAtThePlotEdge()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        TimelinePlot *plot = window.plot();
        const QRect rect = plot->axisRect()->rect();
        const QString wide = QStringLiteral("No lookups from a dataset with a long name (coverage gap): ") +
            QString(40, QLatin1Char('x'));
        for (const double x :
             {rect.center().x() - 5.0, rect.center().x() + 5.0, rect.left() + 3.0, rect.right() - 3.0}) {
            plot->tracker()->show({x, double(rect.center().y())}, wide);
            plot->replot();
            const QRectF card = plot->tracker()->cardRect();
            QVERIFY2(card.left() >= rect.left() - 1 && card.right() <= rect.right() + 1,
                     qPrintable(QStringLiteral("pointer at %1: card %2–%3 in %4–%5")
                                    .arg(x)
                                    .arg(card.left())
                                    .arg(card.right())
                                    .arg(rect.left())
                                    .arg(rect.right())));
        }
    }

    void trackerFollowsEveryRebin()
    {
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        TimelinePlot *plot = window.plot();
        const QPoint at = plot->axisRect()->rect().center();
        QTest::mouseMove(plot, at);
        QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
        QVERIFY(plot->tracker()->isVisible());
        const QString before = plot->tracker()->text();
        for (int step = 0; step < 4; ++step) {
            QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(plot, &wheel);
        }
        QVERIFY(settle(window));
        QVERIFY(plot->tracker()->isVisible());
        QCOMPARE(plot->tracker()->text(), plot->toolTipAt(at));
        QVERIFY(plot->tracker()->text() != before);
        window.plot()->moveTo(window.controller()->extent().value());
        QVERIFY(settle(window));
        QCOMPARE(plot->tracker()->text(), plot->toolTipAt(at));
    }

    // Item 4: the sample (2016) beside a 21-minute capture of 2018: double-clicking a dataset
    // shows it; coverage hatches "no data" only where every dataset is silent, labels apart.
    void farApartDatasetsStayReadable()
    {
        WALK_NEED_CORPUS();
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        QVERIFY(importAndWait(window, {request(zeekJsonFromCorpus(m_dir))}));
        window.controller()->showAll();
        QVERIFY(settle(window));
        const QList<DatasetInfo> sets = window.controller()->datasets();
        QCOMPARE(sets.size(), 2);
        const QString status = window.statusText();
        QVERIFY2(status.contains(QLatin1String("narrower than a pixel")) &&
                     status.contains(QLatin1String("double-click it in Datasets")),
                 qPrintable(status));

        AnalysisDock *dock = window.analysisDock();
        dock->show();
        dock->seriesPanel()->findChild<QCheckBox *>(QStringLiteral("coverageBox"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(dock->isFresh(AnalysisDock::Kind::Coverage), 30'000);
        const AnalysisOverlay *overlay = dock->overlay();
        QVERIFY(overlay->gapSpans() > 0); // 2017 has no data from either
        // Hatched only where every dataset is silent: no bin inside a hatched stretch has lookups.
        const BinTable &t = window.controller()->table();
        for (const TimeRange &silent : overlay->silentStretches()) {
            for (qsizetype b = 0; b < t.binCount(); ++b) {
                if (t.edges[b] < silent.fromUs || t.edges[b + 1] > silent.toUs)
                    continue;
                qint64 n = 0;
                for (const BinSeries &s : t.series)
                    n += s.counts.value(b);
                QCOMPARE(n, qint64(0));
            }
        }
        // In 2016 only the 2018 capture is silent, and it had not begun: not a gap in what it saw.
        const QStringList in2016 = overlay->hoverText(sets[0].tsMinUs + 1);
        QVERIFY2(in2016.filter(QLatin1String("coverage gap")).isEmpty(), qPrintable(in2016.join(u'\n')));
        QVERIFY2(in2016.filter(QLatin1String("here: its first lookup is at 2018-")).size() == 1,
                 qPrintable(in2016.join(u'\n')));
        // In 2017 neither has begun or both have ended; a silence inside the sample is a gap.
        const QStringList in2017 = overlay->hoverText(sets[0].tsMaxUs + 200LL * 86'400'000'000);
        QVERIFY2(in2017.filter(QLatin1String("here: its last lookup is at 2016-")).size() == 1 &&
                     in2017.filter(QLatin1String("here: its first lookup is at 2018-")).size() == 1,
                 qPrintable(in2017.join(u'\n')));
        const QList<QRectF> labels = overlay->gapLabelRects();
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i].intersects(labels[j]));

        QListWidget *list = window.datasetsDock()->list();
        emit list->itemActivated(list->item(1));
        QVERIFY(settle(window));
        const TimeRange shown = window.plot()->visibleRange();
        QVERIFY(shown.fromUs <= sets[1].tsMinUs && shown.toUs > sets[1].tsMaxUs);
        QVERIFY(shown.length() < 2 * (sets[1].tsMaxUs - sets[1].tsMinUs));
    }

    // A real capture with a single lookup (2000) beside the sample (2016): counted in the
    // singular everywhere, no "0.0 seconds" span for it, one instant in the Datasets dock.
    void aSingleLookupIsCountedInTheSingular()
    {
        WALK_NEED_CORPUS();
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        // …and an EVTX file whose five lookups fall within 5 ms of 2024-03-01 00:00:00.
        QVERIFY(importAndWait(window, {request(corpus("zeek-pcaps/dns53.pcap")), request(data("evtx/mixed.evtx"))}));
        window.controller()->showAll();
        QVERIFY(settle(window));
        QListWidget *list = window.datasetsDock()->list();
        QCOMPARE(list->count(), 3);
        QVERIFY2(list->item(2)->text().endsWith(QStringLiteral("5 lookups · 3/1/24 00:00:00.000 – 00:00:00.005 UTC")),
                 qPrintable(list->item(2)->text()));
        const QString item = list->item(1)->text();
        QVERIFY2(item.contains(QStringLiteral("\n1 lookup · ")) && item.endsWith(QLatin1String(" UTC")) &&
                     !item.contains(QLatin1String(" – ")),
                 qPrintable(item));
        QVERIFY2(list->item(1)->toolTip().contains(QLatin1String("\n1 lookup, ")),
                 qPrintable(list->item(1)->toolTip()));
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("248,154 lookups · ")),
                 qPrintable(list->item(0)->text()));
        const QString status = window.statusText();
        QVERIFY2(
            status.contains(QLatin1String("dns53.pcap (one lookup), mixed.evtx (5.0 ms) are narrower than a pixel")) &&
                !status.contains(QLatin1String("0.0 seconds")),
            qPrintable(status));

        emit list->itemActivated(list->item(1));
        QVERIFY(settle(window));
        // Shown: no more "double-click it to show it" for a lookup that has no span to show.
        QVERIFY2(window.statusText().contains(QStringLiteral("   ·   1 lookup in view   ·   ")) &&
                     !window.statusText().contains(QLatin1String("narrower than a pixel")),
                 qPrintable(window.statusText()));
        // Listed: the Records dock says "1 lookup", not "1 lookups".
        const DatasetInfo one = window.controller()->datasets().at(1);
        window.drillDown(TimeRange{one.tsMinUs, one.tsMaxUs + 1}, -1);
        const QLabel *summary = window.recordsDock()->findChild<QLabel *>(QStringLiteral("recordsSummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("1 lookup: ")), qPrintable(summary->text()),
                                  10'000);
    }
};

QTEST_MAIN(TstWalkView)
#include "tst_walk_view.moc"
