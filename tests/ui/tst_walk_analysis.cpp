// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user walk, analysing and exporting (issue #15 items 3, 9, 11) on the bundled sample:
// burst suggestions only when asked, explained by a legend entry and a hover card; no overlay
// moves the count axis; the heatmap counts what the status bar counts; exports say where
// their file went.
#include "walk_support.h"

#include "analysis_dock.h"
#include "analysis_overlay.h"
#include "burst_panel.h"
#include "export_actions.h"
#include "heatmap_panel.h"
#include "series_panel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTabWidget>

using namespace walk;

namespace {

// The top of the count axis the visible stacked bars call for (TimelinePlot's rule).
double axisForBars(const TimelinePlot &plot)
{
    const BinTable &t = plot.table();
    const TimeRange view = plot.visibleRange();
    double tallest = 0;
    for (qsizetype b = 0; b < t.binCount(); ++b) {
        if (t.edges[b + 1] <= view.fromUs || t.edges[b] >= view.toUs)
            continue;
        double sum = 0;
        for (const BinSeries &s : t.series)
            sum += double(s.counts.value(b));
        tallest = std::max(tallest, sum);
    }
    return std::max(5.0, tallest * 1.05);
}

QStringList legendTexts(TimelinePlot &plot)
{
    QStringList out;
    for (int i = 0; i < plot.legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot.legend->item(i)))
            out.append(item->plottable()->name());
    }
    return out;
}

} // namespace

class TstWalkAnalysis : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    bool fresh(AnalysisDock::Kind kind)
    {
        return QTest::qWaitFor([&] { return m_window->analysisDock()->isFresh(kind); }, 30'000);
    }

private slots:
    void initTestCase()
    {
        firstRun();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(open(*m_window, sampleCopy(m_dir)));
        m_window->analysisDock()->show();
    }

    // Item 3: bursts are suggested in the tab but drawn only when asked; then they have a
    // legend entry and a hover card naming the method; no overlay moves the count axis.
    void burstSuggestionsAreOptInAndExplained()
    {
        AnalysisDock *dock = m_window->analysisDock();
        TimelinePlot *plot = m_window->plot();
        m_window->controller()->setBinWidth(BinWidth::parse(QStringLiteral("1h")));
        QVERIFY(settle(*m_window));
        dock->tabs()->setCurrentWidget(dock->burstPanel());
        QVERIFY(fresh(AnalysisDock::Kind::Bursts));
        QVERIFY(!dock->burstPanel()->bursts().isEmpty());
        QVERIFY(!dock->burstPanel()->showOnTimeline());
        QVERIFY(dock->overlay()->bursts().isEmpty());
        const double axis = plot->yAxis->range().upper;
        QCOMPARE(axis, axisForBars(*plot));

        dock->burstPanel()->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(fresh(AnalysisDock::Kind::Bursts));
        QVERIFY(!dock->overlay()->bursts().isEmpty());
        const QStringList legend = legendTexts(*plot);
        QVERIFY2(legend.filter(QStringLiteral("suggested bursts (Kleinberg, s = 2, γ = 1)")).size() == 1,
                 qPrintable(legend.join(QLatin1String(" | "))));
        const BurstDetector::Burst b = dock->overlay()->bursts().front();
        const QString card = dock->overlay()->hoverText(b.startUs + (b.endUs - b.startUs) / 2).join(QLatin1Char('\n'));
        QVERIFY2(card.startsWith(QLatin1String("Suggested burst, not an event: ")) &&
                     card.contains(QLatin1String("Kleinberg's burst detection, level ")),
                 qPrintable(card));
        const QPoint over(int(plot->xAxis->coordToPixel(double(b.startUs + (b.endUs - b.startUs) / 2) / 1e6)),
                          plot->axisRect()->rect().center().y());
        QVERIFY2(plot->toolTipAt(over).contains(QLatin1String("Suggested burst")),
                 qPrintable(QStringLiteral("at %1,%2 in %3,%4 %5x%6; %7")
                                .arg(over.x())
                                .arg(over.y())
                                .arg(plot->axisRect()->rect().x())
                                .arg(plot->axisRect()->rect().y())
                                .arg(plot->axisRect()->rect().width())
                                .arg(plot->axisRect()->rect().height())
                                .arg(plot->toolTipAt(over))));
        QCOMPARE(plot->yAxis->range().upper, axis);

        // Coverage, the baseline band and a derived series over the counts: the axis stays.
        dock->seriesPanel()->setBaseline(true);
        dock->seriesPanel()->setDerived(SeriesPanel::Derived::UniqueNames);
        QVERIFY(fresh(AnalysisDock::Kind::Baseline) && fresh(AnalysisDock::Kind::Derived) &&
                fresh(AnalysisDock::Kind::Coverage));
        QCOMPARE(plot->yAxis->range().upper, axisForBars(*plot));
        dock->burstPanel()->findChild<QCheckBox *>()->setChecked(false);
        dock->seriesPanel()->setBaseline(false);
        dock->seriesPanel()->setDerived(SeriesPanel::Derived::None);
        m_window->controller()->setBinWidth(std::nullopt);
        QVERIFY(settle(*m_window));
    }

    // Item 9: the heatmap counts what the status bar counts for the same view.
    void heatmapCountsWhatTheStatusBarCounts()
    {
        AnalysisDock *dock = m_window->analysisDock();
        const BinTable &t = m_window->controller()->table();
        m_window->plot()->moveTo({t.edges[3] + 7'777'000'000LL, t.edges[t.binCount() - 3] - 5'555'000'000LL});
        QVERIFY(settle(*m_window));
        dock->tabs()->setCurrentWidget(dock->heatmapPanel());
        QVERIFY(fresh(AnalysisDock::Kind::Heatmap));
        qint64 heatmap = 0;
        for (qint64 c : dock->heatmapPanel()->panels().value(0).counts)
            heatmap += c;
        const qint64 status = m_window->controller()->lookupsIn(m_window->plot()->visibleRange());
        QCOMPARE(heatmap, status);
        QVERIFY(m_window->statusText().contains(QLocale().toString(status) + QLatin1String(" lookups in view")));
    }

    // Item 11: an export says where its file went, with Open folder.
    void exportsSayWhereTheirFileWent()
    {
        const QString path = m_dir.filePath(QStringLiteral("visible bins.csv"));
        QVERIFY(m_window->exportActions()->exportBinsTo(path, false));
        const QString text = m_window->notice()->text();
        QVERIFY2(text.startsWith(QLatin1String("Wrote ")) && text.contains(QStringLiteral(" bins × 1 series to ")) &&
                     text.endsWith(QDir::toNativeSeparators(path)),
                 qPrintable(text));
        QCOMPARE(m_window->notice()->actionButtons().size(), 1);
        QCOMPARE(m_window->notice()->actionButtons().front()->text(), QStringLiteral("Open folder"));
    }
};

QTEST_MAIN(TstWalkAnalysis)
#include "tst_walk_analysis.moc"
