// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter_chip_bar.h"
#include "filters_dock.h"
#include "records_dock.h"
#include "records_model.h"
#include "timeline_view.h"
#include "ui_test_store.h"
#include "view_options_bar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace ui_test;

// The analyst's workbench over the small store: splits, filters, drill-down into the Records
// dock, the display zone, and the view restored on reopening.
class TstWorkbench : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void splitByClientGivesTopKAndOther();
    void filterShowsAsChipAndNarrowsCounts();
    void clickedBarListsExactlyItsLookups();
    void otherSeriesDrillsDownToTheRest();
    void zoneMovesDayBoundaries();
    void viewIsRestoredOnReopen();

private:
    void waitRecords();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
};

void TstWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-workbench"));
    m_storePath = m_dir.filePath(QStringLiteral("wb.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
}

void TstWorkbench::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
}

void TstWorkbench::cleanup()
{
    m_window.reset();
}

void TstWorkbench::waitRecords()
{
    RecordsModel *model = m_window->recordsDock()->model();
    QTRY_VERIFY(!model->isLoading());
    for (int row = 0; row < model->rowCount(); ++row)
        model->data(model->index(row, 0), Qt::DisplayRole); // ask for every page
    QTRY_VERIFY(!model->isLoading());
}

void TstWorkbench::splitByClientGivesTopKAndOther()
{
    m_window->optionsBar()->topKBox()->setValue(4);
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    QTRY_COMPARE(m_window->plot()->table().series.size(), 5);
    QVERIFY(settle(*m_window));
    const BinTable &t = m_window->plot()->table();
    QCOMPARE(t.series.size(), 5);
    QVERIFY(t.series.last().isOther);
    // Clients 0–4 have 286 lookups each over the whole extent, 5 and 6 have 285: by count,
    // then (ties) in order of first appearance, the top 4 are 10.0.0.0–3.
    for (int s = 0; s < 4; ++s)
        QCOMPARE(t.series[s].name, lookupClient(s));
    m_window->controller()->showAll();
    QVERIFY(settle(*m_window));
    const BinTable &all = m_window->plot()->table();
    for (const BinSeries &s : all.series) {
        qint64 expected = 0;
        for (int i = 0; i < kLookups; ++i)
            expected += s.isOther ? (i % 7 >= 4) : lookupClient(i) == s.name;
        QCOMPARE(s.total, expected);
    }
    QCOMPARE(m_window->plot()->legend->itemCount(), 5);
}

void TstWorkbench::filterShowsAsChipAndNarrowsCounts()
{
    QLineEdit *qname = m_window->filtersDock()->editFor(LookupField::Qname);
    qname->setText(QStringLiteral("host1*"));
    emit qname->editingFinished();
    QTRY_COMPARE(m_window->timelineView()->chips()->chipTexts(), QStringList{QStringLiteral("qname = host1*  ✕")});
    QVERIFY(settle(*m_window));
    m_window->controller()->showAll();
    QVERIFY(settle(*m_window));
    qint64 total = 0;
    for (const BinSeries &s : m_window->plot()->table().series)
        total += s.total;
    QCOMPARE(total, kLookups / 5);
    emit m_window->timelineView()->chips()->filtersEdited({});
    QTRY_VERIFY(m_window->controller()->filters().isEmpty());
    QCOMPARE(qname->text(), QString());
    QVERIFY(!m_window->timelineView()->chips()->isVisibleTo(m_window.get()));
}

void TstWorkbench::clickedBarListsExactlyItsLookups()
{
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("qname")));
    QVERIFY(settle(*m_window));
    TimelinePlot *plot = m_window->plot();
    plot->replot();
    // The bottom segment of a bar on day 2 is the first series.
    const qint64 t = kStartUs + 2 * kDayUs + kDayUs / 3;
    const QPoint at(int(plot->xAxis->coordToPixel(double(t) / 1e6)), plot->axisRect()->bottom() - 2);
    const qsizetype bin = plot->binAt(at.x());
    QVERIFY(bin >= 0);
    QCOMPARE(plot->seriesAt(bin, at.y()), 0);
    const BinTable table = plot->table();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    waitRecords();
    RecordsModel *model = m_window->recordsDock()->model();
    QList<int> expected;
    for (int i = 0; i < kLookups; ++i) {
        if (lookupTime(i) >= table.edges[bin] && lookupTime(i) < table.edges[bin + 1] &&
            lookupName(i) == table.series[0].name)
            expected.append(i);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(), expected.size());
    QCOMPARE(qint64(expected.size()), table.series[0].counts[bin]);
    for (int row = 0; row < expected.size(); ++row) {
        const LookupRecord *r = model->recordAt(row);
        QVERIFY(r);
        QCOMPARE(r->tsUs, lookupTime(expected[row]));
        QCOMPARE(r->client, lookupClient(expected[row]));
        QCOMPARE(r->qname, table.series[0].name);
    }
    // Newest first through the header.
    m_window->recordsDock()->view()->sortByColumn(RecordsModel::Time, Qt::DescendingOrder);
    waitRecords();
    QCOMPARE(model->recordAt(0)->tsUs, lookupTime(expected.last()));
}

void TstWorkbench::otherSeriesDrillsDownToTheRest()
{
    m_window->optionsBar()->topKBox()->setValue(2);
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    QVERIFY(settle(*m_window));
    const BinTable table = m_window->plot()->table();
    QCOMPARE(table.series.size(), 3);
    const TimeRange range{kStartUs + kDayUs, kStartUs + 3 * kDayUs};
    m_window->drillDown(range, 2);
    waitRecords();
    int expected = 0;
    for (int i = 0; i < kLookups; ++i)
        expected += lookupTime(i) >= range.fromUs && lookupTime(i) < range.toUs && i % 7 >= 2;
    QCOMPARE(m_window->recordsDock()->model()->rowCount(), expected);
}

void TstWorkbench::zoneMovesDayBoundaries()
{
    m_window->optionsBar()->setBinWidth(BinWidth::parse(QStringLiteral("1d")));
    m_window->controller()->setBinWidth(BinWidth::parse(QStringLiteral("1d")));
    QVERIFY(settle(*m_window));
    QCOMPARE(m_window->plot()->table().width.name(), QStringLiteral("1d"));
    for (qint64 edge : m_window->plot()->table().edges)
        QCOMPARE(edge % kDayUs, 0); // UTC midnight
    const QTimeZone tokyo("Asia/Tokyo");
    m_window->setTimeZone(tokyo);
    QVERIFY(settle(*m_window));
    const BinTable &t = m_window->plot()->table();
    QVERIFY(t.binCount() > 0);
    for (qint64 edge : t.edges)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(edge / 1000, tokyo).time(), QTime(0, 0));
    QCOMPARE((t.edges[1] + 9 * 3'600'000'000LL) % kDayUs, 0); // 15:00 UTC
    QVERIFY(m_window->plot()->toolTipAt(m_window->plot()->axisRect()->center()).contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(m_window->statusText().contains(QStringLiteral("Asia/Tokyo")));
}

void TstWorkbench::viewIsRestoredOnReopen()
{
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    m_window->controller()->setFilters({{LookupField::Qname, QStringLiteral("host2*")}});
    m_window->setTimeZone(QTimeZone("America/New_York"));
    m_window->optionsBar()->styleBox()->setCurrentIndex(int(SeriesStyle::Steps));
    const TimeRange view{kStartUs + kDayUs, kStartUs + 3 * kDayUs};
    m_window->plot()->moveTo(view);
    QVERIFY(settle(*m_window));
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    QVERIFY(settle(*m_window));
    QCOMPARE(m_window->plot()->visibleRange(), view);
    QCOMPARE(m_window->controller()->split(), std::optional<LookupField>(LookupField::Client));
    QCOMPARE(m_window->controller()->filters().size(), 1);
    QCOMPARE(m_window->controller()->filters()[0].glob, QStringLiteral("host2*"));
    QCOMPARE(m_window->controller()->timeZone().id(), QByteArray("America/New_York"));
    QCOMPARE(m_window->plot()->look().style, SeriesStyle::Steps);
    QCOMPARE(m_window->optionsBar()->splitBox()->currentText(), QStringLiteral("client"));
    QCOMPARE(m_window->timelineView()->chips()->chipTexts().size(), 1);
    QCOMPARE(m_window->plot()->table().series.first().name.startsWith(QStringLiteral("10.0.0.")), true);
}

QTEST_MAIN(TstWorkbench)
#include "tst_workbench.moc"
