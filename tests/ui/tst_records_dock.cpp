// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_tokenizer.h"
#include "export_actions.h"
#include "filters_dock.h"
#include "record_csv.h"
#include "records_dock.h"
#include "records_model.h"
#include "status_notice.h"
#include "task_progress.h"
#include "ui_test_store.h"
#include "view_options_bar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace ui_test;

// The Records dock over the small store: a drill-down follows filters, split, hidden series
// and the zone; Ctrl+C copies the selected rows only; and over a store of a million lookups
// the table scrolls by reading only the pages it shows, in either time order.
class TstRecordsDock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drillDownFollowsNewFilters();
    void drillDownUnderAnotherSplitListsTheWholeBin();
    void hiddenSeriesAreLeftOut();
    void clickedBinFollowsTheZone();
    void ctrlCCopiesOnlySelectedRows();
    void copyQuotesCarriageReturnsAsTheDrillDownCsvDoes();
    void scrollsAMillionRowsReadingOnlyShownPages();
    void aFilteredDrillDownListsItsFirstPageBeforeTheCount();
    void recordsExportRunsOffTheGuiThreadAndCancelWritesNothing();
    void protoSplitsFiltersAndShows();
    void answerSplitsFiltersAndShows();

private:
    void waitRecords();
    // Imports request into a new store `name`, opens it in the window, splits by `split` over
    // the whole extent and returns the series as "NAME TOTAL".
    QStringList openSplit(const QString &name, const ImportRequest &request, qint64 records, const QString &split);
    // Sets the Filters dock's glob for field, then drills down into everything shown.
    void filterAndDrillDown(LookupField field, const QString &glob);
    QList<int> expected(const TimeRange &range, const std::function<bool(int)> &keep) const;
    // A store of kMillion lookups 2 s apart, client 10.2.0.(i % 100), one query name.
    static constexpr qint64 kMillion = 1'000'000, kMillionStepUs = 2'000'000;
    QString millionStore();
    void compareRecords(const QList<int> &lookups);

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
};

void TstRecordsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-records"));
    m_storePath = m_dir.filePath(QStringLiteral("rd.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
}

void TstRecordsDock::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
}

void TstRecordsDock::cleanup()
{
    m_window.reset();
}

void TstRecordsDock::waitRecords()
{
    QVERIFY(settle(*m_window));
    RecordsModel *model = m_window->recordsDock()->model();
    QTRY_VERIFY(!model->isLoading());
    for (int row = 0; row < model->rowCount(); row += RecordsModel::kPageSize) {
        model->data(model->index(row, 0), Qt::DisplayRole); // ask for every page, one by one
        QTRY_VERIFY(!model->isLoading());
    }
}

QList<int> TstRecordsDock::expected(const TimeRange &range, const std::function<bool(int)> &keep) const
{
    QList<int> out;
    for (int i = 0; i < kLookups; ++i) {
        if (lookupTime(i) >= range.fromUs && lookupTime(i) < range.toUs && keep(i))
            out.append(i);
    }
    return out;
}

// The model lists exactly these lookups (by index into the test store), in time order.
void TstRecordsDock::compareRecords(const QList<int> &lookups)
{
    RecordsModel *model = m_window->recordsDock()->model();
    QCOMPARE(model->rowCount(), lookups.size());
    for (int row = 0; row < lookups.size(); ++row) {
        const LookupRecord *r = model->recordAt(row);
        QVERIFY(r);
        QCOMPARE(r->tsUs, lookupTime(lookups[row]));
        QCOMPARE(r->client, lookupClient(lookups[row]));
        QCOMPARE(r->qname, lookupName(lookups[row]));
    }
}

void TstRecordsDock::drillDownFollowsNewFilters()
{
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("qname")));
    QVERIFY(settle(*m_window));
    const BinTable table = m_window->plot()->table();
    const qsizetype bin = m_window->plot()->binAt(m_window->plot()->axisRect()->center().x());
    QVERIFY(bin >= 0);
    const TimeRange range{table.edges[bin], table.edges[bin + 1]};
    const QString series = table.series[1].name;
    m_window->drillDown(range, 1);
    waitRecords();
    compareRecords(expected(range, [&](int i) { return lookupName(i) == series; }));

    m_window->controller()->setFilters({{LookupField::Client, QStringLiteral("10.0.0.[12]")}});
    waitRecords();
    const QList<int> filtered = expected(range, [&](int i) {
        return lookupName(i) == series &&
            (lookupClient(i).endsWith(QLatin1Char('1')) || lookupClient(i).endsWith(QLatin1Char('2')));
    });
    QVERIFY(!filtered.isEmpty());
    compareRecords(filtered);
    QVERIFY(m_window->recordsDock()->findChild<QLabel *>()->text().contains(QStringLiteral("client = 10.0.0.[12]")));

    m_window->controller()->setFilters({});
    waitRecords();
    compareRecords(expected(range, [&](int i) { return lookupName(i) == series; }));
}

void TstRecordsDock::drillDownUnderAnotherSplitListsTheWholeBin()
{
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("qname")));
    QVERIFY(settle(*m_window));
    const BinTable table = m_window->plot()->table();
    const TimeRange range{table.edges[2], table.edges[3]};
    m_window->drillDown(range, 0);
    waitRecords();
    QCOMPARE(qint64(m_window->recordsDock()->model()->rowCount()), table.series[0].counts[2]);
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    waitRecords();
    compareRecords(expected(range, [](int) { return true; }));
}

void TstRecordsDock::hiddenSeriesAreLeftOut()
{
    m_window->optionsBar()->topKBox()->setValue(2);
    QComboBox *split = m_window->optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    QVERIFY(settle(*m_window));
    const BinTable table = m_window->plot()->table();
    QCOMPARE(table.series.size(), 3); // 10.0.0.0, 10.0.0.1, other
    const TimeRange range{kStartUs + kDayUs, kStartUs + 4 * kDayUs};
    m_window->drillDown(range, -1);
    waitRecords();
    compareRecords(expected(range, [](int) { return true; }));

    m_window->plot()->toggleSeries(table.series[0].name);
    waitRecords();
    compareRecords(expected(range, [](int i) { return i % 7 != 0; }));

    m_window->plot()->toggleSeries(QStringLiteral("other"));
    waitRecords();
    compareRecords(expected(range, [](int i) { return i % 7 == 1; }));

    // The "other" series alone, hidden: nothing to list.
    m_window->drillDown(range, 2);
    waitRecords();
    QCOMPARE(m_window->recordsDock()->model()->rowCount(), 0);
    m_window->plot()->toggleSeries(QStringLiteral("other"));
    waitRecords();
    compareRecords(expected(range, [](int i) { return i % 7 >= 2; }));
}

void TstRecordsDock::clickedBinFollowsTheZone()
{
    m_window->controller()->setBinWidth(BinWidth::parse(QStringLiteral("1d")));
    QVERIFY(settle(*m_window));
    const TimeRange utcDay{kStartUs + 4 * kDayUs, kStartUs + 5 * kDayUs};
    m_window->drillDown(utcDay, -1);
    waitRecords();
    compareRecords(expected(utcDay, [](int) { return true; }));

    const QTimeZone tokyo("Asia/Tokyo");
    m_window->setTimeZone(tokyo);
    waitRecords();
    // The Tokyo day holding the middle of the UTC day: 15:00 UTC the day before to 15:00 UTC.
    const qint64 hours9 = 9 * 3'600'000'000LL;
    const TimeRange tokyoDay{utcDay.fromUs - hours9, utcDay.toUs - hours9};
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(tokyoDay.fromUs / 1000, tokyo).time(), QTime(0, 0));
    compareRecords(expected(tokyoDay, [](int) { return true; }));
}

void TstRecordsDock::ctrlCCopiesOnlySelectedRows()
{
    const TimeRange range{kStartUs, kStartUs + kDayUs};
    m_window->drillDown(range, -1);
    waitRecords();
    RecordsDock *dock = m_window->recordsDock();
    QTableView *view = dock->view();
    RecordsModel *model = dock->model();
    QVERIFY(model->rowCount() > 40);
    view->selectionModel()->clearSelection();
    for (int row : {3, 4, 30}) {
        view->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
    QSignalSpy copied(dock, &RecordsDock::copied);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    QTRY_COMPARE(copied.size(), 1); // QTest may already have run the event loop
    QCOMPARE(copied.first().first().toInt(), 3);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0],
             QStringLiteral("time,dataset,client,qname,qtype,rcode,server,proto,answers,row_id,client_owner,"
                            "client_asn,client_org,client_country,server_owner,server_asn,server_org,"
                            "server_country,answer_owner,answer_asn,answer_org,answer_country"));
    const int rowid = RecordsModel::Rowid;
    for (int i = 0; i < 3; ++i) {
        const int row = QList<int>{3, 4, 30}[i];
        QCOMPARE(lines[i + 1].split(QLatin1Char(','))[rowid], QString::number(model->recordAt(row)->id));
        QCOMPARE(lines[i + 1].split(QLatin1Char(','))[RecordsModel::Client], lookupClient(row));
    }
}

// Fields holding a CR, a comma, a quote or edge spaces come back whole from the copy, which is the
// drill-down export's CSV (RecordCsv) with a last column row_id, after answers.
void TstRecordsDock::copyQuotesCarriageReturnsAsTheDrillDownCsvDoes()
{
    const QString path = m_dir.filePath(QStringLiteral("odd.dnstl"));
    const QList<QByteArray> names = {"cr\rname.example", "comma,name.example", "quote\"name.example", " edge.example "};
    {
        auto store = openStore(path, StoreOpenMode::Create);
        DatasetInfo meta;
        meta.name = QStringLiteral("odd");
        auto sink = store->beginImport(meta);
        for (qsizetype i = 0; i < names.size(); ++i)
            sink->add(RawLookup{kStartUs + i * 1'000'000, "10.9.0.1\r", names[i], "A", "NOERROR", {}});
        sink->commit(QStringLiteral("odd"), 0);
    }
    QVERIFY(openAndWait(*m_window, path));
    m_window->drillDown({kStartUs, kStartUs + kDayUs}, -1);
    waitRecords();
    RecordsDock *dock = m_window->recordsDock();
    QCOMPARE(dock->model()->rowCount(), int(names.size()));
    dock->view()->selectAll();
    QSignalSpy copied(dock, &RecordsDock::copied);
    dock->view()->setFocus();
    QTest::keySequence(dock->view(), QKeySequence::Copy);
    QTRY_COMPARE(copied.size(), 1);
    const QByteArray csv = QApplication::clipboard()->text().toUtf8();

    QList<LookupRecord> records;
    for (int row = 0; row < dock->model()->rowCount(); ++row)
        records.append(*dock->model()->recordAt(row));
    const QHash<qint64, QString> datasetNames = {{records.first().dataset, QStringLiteral("odd")}};
    using RecordCsv::RowId;
    QCOMPARE(csv,
             RecordCsv::header(RowId::Include) +
                 RecordCsv::rows(records, QTimeZone::utc(), datasetNames, RowId::Include));

    QList<QStringList> parsed;
    CsvTokenizer tokenizer(',');
    const auto onRecord = [&](qint64, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem) {
        QCOMPARE(problem, CsvTokenizer::Problem::None);
        QStringList row;
        for (QByteArrayView f : fields)
            row.append(QString::fromUtf8(f));
        parsed.append(row);
    };
    tokenizer.feed(csv, onRecord);
    tokenizer.finish(onRecord);
    QCOMPARE(parsed.size(), names.size() + 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(parsed[i + 1].size(), qsizetype(RecordsModel::ColumnCount));
        QCOMPARE(parsed[i + 1][0], QStringLiteral("2016-07-18T00:00:0%1+00:00").arg(i)); // kStartUs + i s, UTC
        QCOMPARE(parsed[i + 1][RecordsModel::Client], QStringLiteral("10.9.0.1\r"));
        QCOMPARE(parsed[i + 1][RecordsModel::Qname], QString::fromUtf8(names[i]));
        QCOMPARE(parsed[i + 1][RecordsModel::Rowid], QString::number(records[i].id));
    }
}

QString TstRecordsDock::millionStore()
{
    const QString path = m_dir.filePath(QStringLiteral("million.dnstl"));
    if (QFile::exists(path))
        return path;
    auto store = openStore(path, StoreOpenMode::Create);
    DatasetInfo meta;
    meta.name = QStringLiteral("million");
    auto sink = store->beginImport(meta);
    for (qint64 i = 0; i < kMillion; ++i) {
        const QByteArray client = "10.2.0." + QByteArray::number(i % 100);
        sink->add(RawLookup{kStartUs + i * kMillionStepUs, client, "big.example.com", "A", "NOERROR", {}});
    }
    sink->commit(QStringLiteral("million"), 0);
    return path;
}

void TstRecordsDock::scrollsAMillionRowsReadingOnlyShownPages()
{
    constexpr qint64 kRows = kMillion, kStepUs = kMillionStepUs;
    const QString path = millionStore();
    QVERIFY(openAndWait(*m_window, path));
    RecordsDock *dock = m_window->recordsDock();
    RecordsModel *model = dock->model();
    QTableView *view = dock->view();
    m_window->drillDown({kStartUs, kStartUs + kRows * kStepUs}, -1);
    QTRY_COMPARE(model->rowCount(), int(kRows));
    QScrollBar *bar = view->verticalScrollBar();
    QList<int> positions;
    for (int i = 0; i <= 40; ++i)
        positions.append(int(qint64(bar->maximum()) * ((i * 37) % 41) / 40));
    double slowestPaint = 0;
    for (int position : positions) {
        bar->setValue(position);
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint(); // asks for the rows shown; must not wait for them
        slowestPaint = std::max(slowestPaint, double(timer.nsecsElapsed()) / 1e6);
        QTRY_VERIFY(!model->isLoading());
        const int top = view->rowAt(0), bottom = view->rowAt(view->viewport()->height() - 1);
        QVERIFY(top >= 0);
        view->viewport()->repaint();
        for (int row : {top, bottom >= 0 ? bottom : top}) {
            const LookupRecord *r = model->recordAt(row);
            QVERIFY2(r, qPrintable(QStringLiteral("row %1 not read").arg(row)));
            QCOMPARE(r->tsUs, kStartUs + row * kStepUs);
            QCOMPARE(r->client, QStringLiteral("10.2.0.%1").arg(row % 100));
        }
    }
    QVERIFY2(slowestPaint < 100, qPrintable(QStringLiteral("a repaint took %1 ms").arg(slowestPaint)));
    QVERIFY(model->cachedPages() <= RecordsModel::kCachedPages);

    // Newest first: the last lookup on top, and the bottom row the first lookup.
    view->sortByColumn(RecordsModel::Time, Qt::DescendingOrder);
    QTRY_COMPARE(model->rowCount(), int(kRows));
    bar->setValue(0);
    view->viewport()->repaint();
    QTRY_VERIFY(model->recordAt(0) != nullptr);
    QCOMPARE(model->recordAt(0)->tsUs, kStartUs + (kRows - 1) * kStepUs);
    bar->setValue(bar->maximum());
    view->viewport()->repaint();
    QTRY_VERIFY(model->recordAt(int(kRows - 1)) != nullptr);
    QCOMPARE(model->recordAt(int(kRows - 1))->tsUs, kStartUs);
}

// A drill-down into one client of the million (10,000 lookups in all 16 blocks): the first page
// is listed after reading the first block, before the matches of the other blocks are
// counted, and the dock says it is counting; then the count arrives and the table has them all.
void TstRecordsDock::aFilteredDrillDownListsItsFirstPageBeforeTheCount()
{
    QVERIFY(openAndWait(*m_window, millionStore()));
    RecordsDock *dock = m_window->recordsDock();
    RecordsModel *model = dock->model();
    RecordQuery query;
    query.range = {kStartUs, kStartUs + kMillion * kMillionStepUs};
    query.filters = {{LookupField::Client, QStringLiteral("10.2.0.7")}};
    bool countedAtFirstPage = true;
    int rowsAtFirstPage = 0;
    bool couldFetchMore = false;
    QString summaryAtFirstPage;
    connect(model, &RecordsModel::loaded, this, [&] {
        countedAtFirstPage = model->isCounted();
        rowsAtFirstPage = model->rowCount();
        couldFetchMore = model->canFetchMore({});
        summaryAtFirstPage = dock->findChild<QLabel *>(QStringLiteral("recordsSummary"))->text();
    });
    QSignalSpy counted(model, &RecordsModel::counted);
    dock->show(m_window->controller()->store(), query, QStringLiteral("client 10.2.0.7"));
    QVERIFY(counted.wait(20'000));
    QVERIFY(!countedAtFirstPage);
    QCOMPARE(rowsAtFirstPage, RecordsModel::kPageSize);
    QVERIFY(couldFetchMore);
    QVERIFY2(summaryAtFirstPage.startsWith(QStringLiteral("Counting the lookups… the first 256 listed so far")),
             qPrintable(summaryAtFirstPage));
    QCOMPARE(counted.first().first().toLongLong(), kMillion / 100);
    QCOMPARE(model->rowCount(), int(kMillion / 100));
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(dock->findChild<QLabel *>(QStringLiteral("recordsSummary"))->text(),
             QStringLiteral("10,000 lookups: client 10.2.0.7"));
    // Every row is that client's, in time order, to the last.
    QTRY_VERIFY(model->recordAt(0) != nullptr);
    QCOMPARE(model->recordAt(0)->tsUs, kStartUs + 7 * kMillionStepUs);
    dock->view()->scrollToBottom();
    dock->view()->viewport()->repaint();
    QTRY_VERIFY(model->recordAt(int(kMillion / 100) - 1) != nullptr);
    QCOMPARE(model->recordAt(int(kMillion / 100) - 1)->tsUs, kStartUs + (kMillion - 93) * kMillionStepUs);
    QCOMPARE(model->recordAt(int(kMillion / 100) - 1)->client, QStringLiteral("10.2.0.7"));
}

// File → Export data → Drill-down records: written by a background task, a page at a time,
// with progress and Cancel in the status bar; the file appears once complete, and a cancelled
// export leaves none.
void TstRecordsDock::recordsExportRunsOffTheGuiThreadAndCancelWritesNothing()
{
    QVERIFY(openAndWait(*m_window, millionStore()));
    RecordsDock *dock = m_window->recordsDock();
    ExportActions *exports = m_window->exportActions();
    auto *progress = m_window->findChild<TaskProgress *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    RecordQuery query;
    query.range = {kStartUs, kStartUs + kMillion * kMillionStepUs};
    query.filters = {{LookupField::Client, QStringLiteral("10.2.0.7")}};
    dock->show(m_window->controller()->store(), query, QStringLiteral("client 10.2.0.7"));
    const QString path = m_dir.filePath(QStringLiteral("client7.csv"));
    exports->exportRecordsTo(path);
    QVERIFY(exports->isExporting());
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!exports->isExporting(), 30'000);
    QVERIFY(!progress->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 10'000 + 1); // header, records, the empty piece after the last newline
    QVERIFY2(lines[1].contains("10.2.0.7") && lines[10'000].contains("10.2.0.7"), lines[1].constData());
    const QString notice = m_window->notice()->text();
    QVERIFY2(notice.startsWith(QStringLiteral("Wrote 10,000 records to ")), qPrintable(notice));

    // A million records, cancelled as soon as started: no file, and the status bar says so.
    query.filters.clear();
    dock->show(m_window->controller()->store(), query, QStringLiteral("everything"));
    const QString cancelled = m_dir.filePath(QStringLiteral("everything.csv"));
    exports->exportRecordsTo(cancelled);
    QVERIFY(exports->isExporting());
    auto *cancel = progress->findChild<QToolButton *>();
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!exports->isExporting(), 30'000);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(cancelled));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("everything*")}, QDir::Files), QStringList());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Export of the records cancelled: nothing written"));
}

// mDNS beside DNS (tests/data/pcap/mdns_mixed.pcap: 4 mDNS and 2 DNS lookups): the Split
// selector and the Filters dock offer proto, and the Records dock has a proto column.
void TstRecordsDock::protoSplitsFiltersAndShows()
{
    ImportRequest request;
    request.filePath = QStringLiteral(DNSTL_TEST_DATA_DIR "/pcap/mdns_mixed.pcap");
    QCOMPARE(openSplit(QStringLiteral("mdns.dnstl"), request, 6, QStringLiteral("proto")),
             (QStringList{QStringLiteral("mdns 4"), QStringLiteral("dns 2")}));
    filterAndDrillDown(LookupField::Proto, QStringLiteral("mdns"));
    RecordsModel *model = m_window->recordsDock()->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->headerData(RecordsModel::Proto, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("proto"));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model->data(model->index(row, RecordsModel::Proto), Qt::DisplayRole).toString(),
                 QStringLiteral("mdns"));
    if (qEnvironmentVariableIsSet("DNSTL_SHOT"))
        m_window->grab().save(qEnvironmentVariable("DNSTL_SHOT"));
}

QStringList TstRecordsDock::openSplit(const QString &name, const ImportRequest &request, qint64 records,
                                      const QString &split)
{
    const QString path = m_dir.filePath(name);
    {
        auto store = openStore(path, StoreOpenMode::Create);
        if (runImport(*store, request, {}).report.records != records)
            return {QStringLiteral("the import did not give %1 records").arg(records)};
    }
    if (!openAndWait(*m_window, path))
        return {QStringLiteral("the store did not open")};
    QComboBox *box = m_window->optionsBar()->splitBox();
    box->setCurrentIndex(box->findText(split));
    if (box->currentIndex() < 0)
        return {QStringLiteral("no split ") + split};
    settle(*m_window);
    m_window->controller()->showAll();
    settle(*m_window);
    QStringList names;
    for (const BinSeries &s : m_window->plot()->table().series)
        names.append(QStringLiteral("%1 %2").arg(s.name).arg(s.total));
    return names;
}

void TstRecordsDock::filterAndDrillDown(LookupField field, const QString &glob)
{
    QLineEdit *edit = m_window->filtersDock()->editFor(field);
    QVERIFY(edit);
    edit->setText(glob);
    emit edit->editingFinished();
    QTRY_COMPARE(m_window->controller()->filters().size(), 1);
    QVERIFY(settle(*m_window));
    const BinTable table = m_window->plot()->table();
    m_window->drillDown({table.edges.front(), table.edges.back()}, -1);
    waitRecords();
}

// Answers (tests/data/dnsmasq/answers.log, real dnsmasq output): the Split selector offers answer
// (a lookup under each of its answers), the Filters dock filters by any answer, and the Records
// dock shows a lookup's answers.
void TstRecordsDock::answerSplitsFiltersAndShows()
{
    ImportRequest request;
    request.filePath = QStringLiteral(DNSTL_TEST_DATA_DIR "/dnsmasq/answers.log");
    request.options.year = 2026;
    QCOMPARE(openSplit(QStringLiteral("answers.dnstl"), request, 10, QStringLiteral("answer")).mid(0, 3),
             (QStringList{QStringLiteral("(none) 4"), QStringLiteral("edge.cdn.example 3"),
                          QStringLiteral("203.0.113.5 2")}));
    filterAndDrillDown(LookupField::Answer, QStringLiteral("192.0.2.*"));
    RecordsModel *model = m_window->recordsDock()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->headerData(RecordsModel::Answers, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("answers (type TTL data)"));
    QCOMPARE(model->data(model->index(0, RecordsModel::Answers), Qt::DisplayRole).toString(),
             QStringLiteral("A - 192.0.2.1; A - 192.0.2.2"));
}

QTEST_MAIN(TstRecordsDock)
#include "tst_records_dock.moc"
