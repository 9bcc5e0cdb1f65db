// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Analysis dock on a planted store: twelve summer weeks of weekday lookups between 09:00
// and 17:00 New York time (human pairs, one 5-minute beacon pair), with spikes on the days of
// four "convention" events.
#include "analysis_dock.h"
#include "analysis_overlay.h"
#include "analysis_registry.h"
#include "analysis_runner.h"
#include "burst_panel.h"
#include "coincidence_panel.h"
#include "heatmap_grid.h"
#include "heatmap_panel.h"
#include "periodicity_panel.h"
#include "series_panel.h"
#include "task_progress.h"
#include "translations.h"
#include "ui_test_store.h"

#include <QCheckBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace ui_test;

namespace {

const QTimeZone kNewYork("America/New_York");
const QList<int> kEventDays = {14, 35, 56, 70}; // weekdays after 2016-06-06 (a Monday)
constexpr int kSpike = 400;
const QString kBeaconClient = QStringLiteral("10.9.9.9");
const QString kBeaconName = QStringLiteral("beacon.evil.example");

QDateTime newYork(int day, int secondOfDay)
{
    return QDateTime(QDate(2016, 6, 6).addDays(day), QTime(0, 0), kNewYork).addSecs(secondOfDay);
}

// Writes the planted store; *beaconLookups gets the beacon pair's count.
bool makePlantedStore(const QString &dir, const QString &storePath, qint64 *beaconLookups)
{
    QFile csv(dir + QStringLiteral("/planted.csv"));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("timestamp,client,qname,qtype,rcode\n");
    const auto row = [&](const QDateTime &t, const QString &client, const QString &qname) {
        csv.write(QStringLiteral("%1,%2,%3,A,NOERROR\n").arg(t.toUTC().toString(Qt::ISODate), client, qname).toUtf8());
    };
    QRandomGenerator rng(2016);
    *beaconLookups = 0;
    for (int day = 0; day < 84; ++day) {
        if (QDate(2016, 6, 6).addDays(day).dayOfWeek() > 5)
            continue;
        for (int i = 0; i < 20; ++i)
            row(newYork(day, 9 * 3600 + int(rng.bounded(8 * 3600))),
                QStringLiteral("10.0.0.%1").arg(1 + rng.bounded(5)),
                QStringLiteral("www%1.example.org").arg(rng.bounded(20)));
        for (int s = 9 * 3600; s < 17 * 3600; s += 300, ++*beaconLookups)
            row(newYork(day, s + int(rng.bounded(5))), kBeaconClient, kBeaconName);
        if (kEventDays.contains(day)) {
            for (int i = 0; i < kSpike; ++i)
                row(newYork(day, 9 * 3600 + int(rng.bounded(8 * 3600))), QStringLiteral("10.0.0.7"),
                    QStringLiteral("spike.example.com"));
        }
    }
    csv.close();
    auto store = openStore(storePath, StoreOpenMode::Create);
    ImportRequest request;
    request.filePath = csv.fileName();
    const ImportResult result = runImport(*store, request, [](const ImportProgress &) { return true; });
    if (result.report.error)
        return false;
    for (int day : kEventDays) {
        TimelineEvent e;
        e.startUs = newYork(day, 12 * 3600).toMSecsSinceEpoch() * 1000;
        e.title = QStringLiteral("Convention %1").arg(day);
        e.category = QStringLiteral("convention");
        store->addEvent(e);
    }
    return true;
}

// With DNSTL_SHOT_DIR set, saves the window as it looks (for looking at the panels).
void saveShot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("DNSTL_SHOT_DIR");
    if (dir.isEmpty())
        return;
    for (auto *plot : window.findChildren<QCustomPlot *>())
        plot->replot(); // a queued replot may still be pending
    if (!dir.isEmpty())
        window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

qint64 totalOf(const BinTable &table)
{
    qint64 n = 0;
    for (const BinSeries &s : table.series)
        n += s.total;
    return n;
}

} // namespace

class TstAnalysisDock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void heatmapLightsOfficeHoursInBothZones();
    void acceptingASuggestedBurstAddsAnEvent();
    void hidingAutomatedTrafficDropsExactlyTheBeacon();
    void cancellingAnAnalysisSaysSoAndKeepsItsTab();
    void hiddenAutomatedTrafficIsRestoredOnReopen();
    void coincidenceSentenceIsSignificantForPlantedSpikes();
    void overlaysDrawDerivedSeriesAndBaselineBand();
    void baselineBandFollowsBinWidthsThatDivideADay();

private:
    bool showTab(QWidget *panel, AnalysisDock::Kind kind);

    QTemporaryDir m_dir;
    QString m_storePath;
    qint64 m_beaconLookups = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TstAnalysisDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-analysis"));
    QVERIFY(kNewYork.isValid());
    Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)); // as the program: "2 days"
    m_storePath = m_dir.filePath(QStringLiteral("planted.dnstl"));
    QVERIFY(makePlantedStore(m_dir.path(), m_storePath, &m_beaconLookups));
}

void TstAnalysisDock::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    // Wide enough that 30-minute bins over eight of the planted weeks fit the plot (narrower, the
    // window draws the finest width that fits instead).
    m_window->resize(1800, 800);
    QVERIFY(settle(*m_window));
}

void TstAnalysisDock::cleanup()
{
    m_window.reset();
}

// Shows the dock on panel's tab and waits for that analysis' result.
bool TstAnalysisDock::showTab(QWidget *panel, AnalysisDock::Kind kind)
{
    AnalysisDock *dock = m_window->analysisDock();
    dock->show();
    dock->raise();
    dock->tabs()->setCurrentWidget(panel);
    return QTest::qWaitFor([&] { return dock->isFresh(kind) && !dock->isBusy(); }, 20'000);
}

void TstAnalysisDock::heatmapLightsOfficeHoursInBothZones()
{
    HeatmapPanel *panel = m_window->analysisDock()->heatmapPanel();
    QVERIFY(showTab(panel, AnalysisDock::Kind::Heatmap));
    const auto &panels = panel->panels();
    QCOMPARE(panels.size(), 2);
    QCOMPARE(panels[0].zone.id(), QByteArray("America/New_York"));
    QCOMPARE(panels[1].zone.id(), QByteArray("Europe/Moscow"));
    // New York: weekdays 09–16 lit, nothing else; Moscow (7 hours ahead in summer): 16–23.
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const bool weekday = day < 5;
            QCOMPARE(panels[0].at(day, hour) > 0, weekday && hour >= 9 && hour < 17);
            QCOMPARE(panels[1].at(day, hour) > 0, weekday && hour >= 16);
        }
    }
    // And the grid paints them so: a lit cell is coloured, an empty one the empty grey.
    HeatmapGrid *grid = panel->grid(0);
    const QImage image = grid->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const auto colourAt = [&](int day, int hour) {
        return image.pixelColor((grid->cellRect(day, hour).center() * dpr).toPoint());
    };
    const QColor empty = HeatmapGrid::colourFor(0, 1);
    QCOMPARE(colourAt(2, 3), empty);
    QVERIFY(colourAt(2, 12) != empty);
    QCOMPARE(colourAt(6, 12), empty);
    saveShot(*m_window, QStringLiteral("heatmap"));
}

void TstAnalysisDock::acceptingASuggestedBurstAddsAnEvent()
{
    AnalysisDock *dock = m_window->analysisDock();
    QVERIFY(showTab(dock->burstPanel(), AnalysisDock::Kind::Bursts));
    QVERIFY(dock->overlay()->bursts().isEmpty()); // suggestions: drawn only when asked for
    dock->burstPanel()->findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(showTab(dock->burstPanel(), AnalysisDock::Kind::Bursts));
    const QList<BurstDetector::Burst> bursts = dock->burstPanel()->bursts();
    QVERIFY(!bursts.isEmpty());
    QCOMPARE(dock->overlay()->bursts().size(), bursts.size()); // drawn on the timeline
    // The coverage lane shows the nights and weekends as gaps ("no data", not zero).
    QVERIFY(QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Coverage); }, 10'000));
    QVERIFY2(dock->overlay()->gapSpans() >= 59, qPrintable(QString::number(dock->overlay()->gapSpans())));
    // The lane lies under the bars: every rectangle on a layer below the bars' "main" layer.
    TimelinePlot *plot = m_window->plot();
    int rects = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *rect = qobject_cast<QCPItemRect *>(plot->item(i));
            rect && rect->brush().style() == Qt::BDiagPattern) {
            ++rects;
            QVERIFY(rect->layer()->index() < plot->layer(QStringLiteral("main"))->index());
        }
    }
    QCOMPARE(rects, dock->overlay()->gapSpans());
    // Every planted spike day lies in a suggested burst.
    for (int day : kEventDays) {
        const qint64 noon = newYork(day, 12 * 3600).toMSecsSinceEpoch() * 1000;
        QVERIFY2(std::any_of(bursts.begin(), bursts.end(),
                             [&](const auto &b) { return b.startUs <= noon && noon < b.endUs; }),
                 qPrintable(QStringLiteral("no burst on day %1").arg(day)));
    }
    saveShot(*m_window, QStringLiteral("bursts"));
    const qsizetype before = m_window->controller()->events().size();
    QCOMPARE(before, qsizetype(4));
    dock->burstPanel()->table()->selectRow(0);
    QSignalSpy reloaded(m_window->controller(), &TimelineController::datasetsChanged);
    dock->burstPanel()->acceptButton()->click();
    QVERIFY(reloaded.wait(10'000));
    const QList<TimelineEvent> events = m_window->controller()->events();
    QCOMPARE(events.size(), before + 1);
    const auto added =
        std::find_if(events.begin(), events.end(), [](const auto &e) { return e.category == QLatin1String("burst"); });
    QVERIFY(added != events.end());
    QCOMPARE(added->startUs, bursts[0].startUs);
    QCOMPARE(added->endUs.value_or(0), bursts[0].endUs);
}

void TstAnalysisDock::hidingAutomatedTrafficDropsExactlyTheBeacon()
{
    AnalysisDock *dock = m_window->analysisDock();
    PeriodicityPanel *panel = dock->periodicityPanel();
    QVERIFY(showTab(panel, AnalysisDock::Kind::Periodicity));
    QCOMPARE(panel->automated(), (QList<ClientQnamePair>{{kBeaconClient, kBeaconName}}));
    QCOMPARE(panel->table()->item(0, 0)->text(), kBeaconClient); // the busiest pair, marked automated
    QCOMPARE(panel->table()->item(0, 6)->text(), QStringLiteral("automated"));
    saveShot(*m_window, QStringLiteral("periodicity"));
    const qint64 before = totalOf(m_window->controller()->overview());
    QSignalSpy overview(m_window->controller(), &TimelineController::overviewReady);
    panel->setHideAutomated(true);
    QVERIFY(overview.wait(10'000));
    QVERIFY(settle(*m_window));
    QCOMPARE(before - totalOf(m_window->controller()->overview()), m_beaconLookups);
    QCOMPARE(totalOf(m_window->plot()->table()), totalOf(m_window->controller()->table()));
    // The list stays (periodicity ignores the exclusions); turning it off restores the counts.
    QVERIFY(QTest::qWaitFor([&] { return !dock->isBusy(); }, 10'000));
    QCOMPARE(panel->automated().size(), 1);
    panel->setHideAutomated(false);
    QVERIFY(overview.wait(10'000));
    QCOMPARE(totalOf(m_window->controller()->overview()), before);
}

void TstAnalysisDock::cancellingAnAnalysisSaysSoAndKeepsItsTab()
{
    AnalysisDock *dock = m_window->analysisDock();
    PeriodicityPanel *panel = dock->periodicityPanel();
    auto *runner = dock->findChild<AnalysisRunner *>();
    QVERIFY(runner);
    // Cancel at the first progress the job reports: queued, it comes before the job's result,
    // which is then dropped.
    bool clicked = false;
    auto connection = connect(
        runner, &AnalysisRunner::progress, this,
        [&](const QString &label, int) {
            if (clicked || label != AnalysisRegistry::entry(AnalysisDock::Kind::Periodicity).label())
                return;
            clicked = true;
            auto *cancel = dock->findChild<TaskProgress *>()->findChild<QToolButton *>();
            QVERIFY(cancel && cancel->isVisible());
            cancel->click();
        },
        Qt::QueuedConnection);
    dock->show();
    dock->raise();
    dock->tabs()->setCurrentWidget(panel);
    QVERIFY(QTest::qWaitFor([&] { return clicked && !dock->isBusy(); }, 20'000));
    disconnect(connection);
    QVERIFY2(dock->message().contains(QStringLiteral("Periodicity cancelled")), qPrintable(dock->message()));
    QVERIFY(!dock->isFresh(AnalysisDock::Kind::Periodicity));
    QCOMPARE(panel->table()->rowCount(), 0);
    // Run again (a changed setting), it completes.
    panel->restore(false, 0.75);
    dock->recompute(AnalysisDock::Kind::Periodicity);
    QVERIFY(QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Periodicity) && !dock->isBusy(); }, 20'000));
    QVERIFY(panel->table()->rowCount() > 0);
}

void TstAnalysisDock::hiddenAutomatedTrafficIsRestoredOnReopen()
{
    const qint64 before = totalOf(m_window->controller()->overview());
    PeriodicityPanel *panel = m_window->analysisDock()->periodicityPanel();
    panel->setAutomatedAt(0.79); // not the default, and the same pairs as at 0.8
    QSignalSpy overview(m_window->controller(), &TimelineController::overviewReady);
    panel->setHideAutomated(true);
    QVERIFY(overview.wait(10'000));
    QVERIFY(settle(*m_window));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    AnalysisDock *dock = m_window->analysisDock();
    QVERIFY(dock->periodicityPanel()->hideAutomated());
    QCOMPARE(dock->periodicityPanel()->params().automatedAt, 0.79);
    // The dock stays closed: the exclusions still follow the restored choice.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->controller()->excludedPairs(),
                              (QList<ClientQnamePair>{{kBeaconClient, kBeaconName}}), 20'000);
    QVERIFY(settle(*m_window));
    QTRY_COMPARE_WITH_TIMEOUT(before - totalOf(m_window->controller()->overview()), m_beaconLookups, 10'000);
    // Unticked and reopened: nothing is left out.
    dock->periodicityPanel()->setHideAutomated(false);
    QTRY_VERIFY(m_window->controller()->excludedPairs().isEmpty());
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    QVERIFY(!m_window->analysisDock()->periodicityPanel()->hideAutomated());
    QVERIFY(settle(*m_window));
    QCOMPARE(totalOf(m_window->controller()->overview()), before);
}

void TstAnalysisDock::coincidenceSentenceIsSignificantForPlantedSpikes()
{
    CoincidencePanel *panel = m_window->analysisDock()->coincidencePanel();
    panel->setEventsChoice(QStringLiteral("convention")); // not the bursts another test accepted
    QCOMPARE(panel->events(), QStringLiteral("convention"));
    QVERIFY(showTab(panel, AnalysisDock::Kind::Coincidence));
    QVERIFY(panel->result().has_value());
    const EventCoincidence::Result &r = *panel->result();
    QCOMPARE(r.shifts, 10'000);
    QCOMPARE(r.events, 4);
    QVERIFY(r.pValue && *r.pValue < 0.01);
    saveShot(*m_window, QStringLiteral("coincidence"));
    const QString sentence = panel->sentence();
    QVERIFY2(sentence.contains(QStringLiteral("of the lookups fell within ±2 days of the 4 events; by chance")),
             qPrintable(sentence));
    // Checkable digits: the spread keeps a significant digit, and a p at the bound says so.
    QVERIFY2(!sentence.contains(QStringLiteral("± 0%")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("p < 0.0001: none of 10,000 shifts reached it")) ||
                 sentence.contains(QStringLiteral(" of 10,000 shifts reached it)")),
             qPrintable(sentence));
}

void TstAnalysisDock::overlaysDrawDerivedSeriesAndBaselineBand()
{
    AnalysisDock *dock = m_window->analysisDock();
    SeriesPanel *panel = dock->seriesPanel();
    QSignalSpy table(m_window->controller(), &TimelineController::tableReady);
    m_window->controller()->setBinWidth(BinWidth::fixed(3'600'000'000LL)); // the band needs hourly bins
    QVERIFY(table.wait(10'000));
    panel->setDerived(SeriesPanel::Derived::UniqueNames);
    panel->setBaseline(true);
    QVERIFY(showTab(panel, AnalysisDock::Kind::Derived));
    QVERIFY(QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Baseline) && !dock->isBusy(); }, 10'000));
    QStringList names;
    for (int i = 0; i < m_window->plot()->plottableCount(); ++i)
        names.append(m_window->plot()->plottable(i)->name());
    QVERIFY2(names.contains(QStringLiteral("distinct names")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("baseline (median, IQR)")));
    QVERIFY(m_window->plot()->yAxis2->visible()); // a count on its own axis by default
    // The spike days are far outside the baseline of the other weeks.
    QVERIFY(dock->overlay()->anomalies() >= 4);
    m_window->plot()->moveTo({newYork(33, 0).toMSecsSinceEpoch() * 1000, newYork(40, 0).toMSecsSinceEpoch() * 1000});
    QVERIFY(settle(*m_window));
    QVERIFY(QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Derived) && !dock->isBusy(); }, 10'000));
    saveShot(*m_window, QStringLiteral("overlays"));
}

void TstAnalysisDock::baselineBandFollowsBinWidthsThatDivideADay()
{
    AnalysisDock *dock = m_window->analysisDock();
    SeriesPanel *panel = dock->seriesPanel();
    dock->show();
    panel->setBaseline(true);
    const auto plotted = [&] {
        QStringList names;
        for (int i = 0; i < m_window->plot()->plottableCount(); ++i)
            names.append(m_window->plot()->plottable(i)->name());
        return names;
    };
    for (const QString &width : {QStringLiteral("3h"), QStringLiteral("1d"), QStringLiteral("30m")}) {
        if (width == QLatin1String("30m")) {
            // Twelve weeks of half hours are more bins than the plot has pixels: four weeks in
            // view (eight binned, with the half view either side) fit.
            m_window->plot()->moveTo(
                {newYork(28, 0).toMSecsSinceEpoch() * 1000, newYork(56, 0).toMSecsSinceEpoch() * 1000});
            QVERIFY(settle(*m_window));
        }
        QSignalSpy table(m_window->controller(), &TimelineController::tableReady);
        m_window->controller()->setBinWidth(BinWidth::parse(width));
        QVERIFY(table.wait(10'000));
        QCOMPARE(m_window->plot()->table().width.name(), width);
        QVERIFY(
            QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Baseline) && !dock->isBusy(); }, 20'000));
        QVERIFY2(plotted().contains(QStringLiteral("baseline (median, IQR)")), qPrintable(width));
        // The band follows the week: office hours (or weekdays) expect lookups, nights and
        // weekends none.
        QList<double> medians;
        for (int i = 0; i < m_window->plot()->plottableCount(); ++i) {
            auto *graph = qobject_cast<QCPGraph *>(m_window->plot()->plottable(i));
            if (graph && graph->name() == QStringLiteral("baseline median")) {
                for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                    if (!qIsNaN(it->value)) // fewer than three other weeks
                        medians.append(it->value);
                }
            }
        }
        QVERIFY2(medians.size() > 7 * 24 * 3'600'000'000LL / BinWidth::parse(width)->nominalUs(), qPrintable(width));
        QVERIFY2(medians.contains(0.0), qPrintable(width));
        QVERIFY2(*std::max_element(medians.begin(), medians.end()) >= 5,
                 qPrintable(width)); // 6 beacon lookups a half hour
        QVERIFY2(
            panel->baselineText().startsWith(QStringLiteral("%1 bin(s) outside").arg(dock->overlay()->anomalies())),
            qPrintable(panel->baselineText()));
        QVERIFY2(panel->baselineText().contains(QStringLiteral("(%1 bins)").arg(width)),
                 qPrintable(panel->baselineText()));
        saveShot(*m_window, QStringLiteral("baseline-") + width);
    }
    // Week bins hold no time of the week: no band, and the note says why.
    QSignalSpy table(m_window->controller(), &TimelineController::tableReady);
    m_window->controller()->setBinWidth(BinWidth::parse(QStringLiteral("1w")));
    QVERIFY(table.wait(10'000));
    QTRY_VERIFY2(panel->baselineText().startsWith(QStringLiteral("No band for 1w bins")),
                 qPrintable(panel->baselineText()));
    QVERIFY(QTest::qWaitFor([&] { return !dock->isBusy(); }, 10'000));
    QVERIFY(!plotted().contains(QStringLiteral("baseline (median, IQR)")));
    QCOMPARE(dock->overlay()->anomalies(), 0);
}

QTEST_MAIN(TstAnalysisDock)
#include "tst_analysis_dock.moc"
