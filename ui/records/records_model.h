// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "background_task.h"
#include "failure.h"
#include "record_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <memory>

class LookupViews;

// The lookups of a RecordQuery as a table, fetched lazily: pages of kPageSize records are read
// on a BackgroundTask (the store's recordsUncounted()) when a view first asks for one of their
// rows, so a view scrolls through a million rows reading only what it shows. The first page
// does not wait for the query's total where the store would count every block for it (a
// local store over a billion lookups): until a second task has counted them (isCounted()),
// the rows are those listed so far and a view scrolled to the end fetches the next page
// (canFetchMore); then the row count is the total. One page read at a time; later requests wait and the most recent
// go first (at most kWantedPages wait: a view asks again for what it still shows). At most
// kCachedPages pages are kept. Sorting by time (column 0) reverses the
// order through the query. GUI thread; the store is shared with the workers.
class RecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // After Rowid, the owner fields (client_owner … answer_country, ownerFieldIndex order).
    enum Column { Time, Dataset, Client, Qname, Qtype, Rcode, Server, Proto, Answers, Rowid, FirstOwner };
    static constexpr int ColumnCount = FirstOwner + kOwnerFieldCount;
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 64;
    static constexpr int kWantedPages = 8;
    // At most this many rows are shown (the first in the chosen order): a view keeps 8 bytes
    // per row in its vertical header and takes ~5 ms per million rows to reset it.
    static constexpr int kMaxRows = 2'000'000;

    explicit RecordsModel(QObject *parent = nullptr);
    ~RecordsModel() override;

    // Starts over with a query (a null store: empty).
    void setQuery(std::shared_ptr<LookupViews> store, const RecordQuery &query);
    const RecordQuery &query() const { return m_query; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setDatasetNames(const QHash<qint64, QString> &names);
    // Every match, shown or not, once counted; until then the matches listed so far.
    qint64 total() const { return m_total; }
    bool isCounted() const { return m_counted; }
    // A page is being read, or the matches counted.
    bool isLoading() const { return m_fetchScheduled || m_pageTask.isBusy() || m_countTask.isBusy(); }
    bool hasFirstPage() const { return m_firstPage; }
    int cachedPages() const { return int(m_pages.size()); }
    // The record of a row if its page is here.
    const LookupRecord *recordAt(int row) const;
    // CSV as RecordCsv writes it with the row id (the drill-down export's columns and times, then
    // `row_id`), the rows of each run [first, last] in order, handed to done with its row count
    // on the GUI thread once read; at most kCsvLimit rows.
    static constexpr int kCsvLimit = 200'000;
    void csvRows(const QList<std::pair<int, int>> &runs, std::function<void(const QString &, int)> done);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The first page of a new query arrived (total() as said there) or a read failed.
    void loaded(qint64 total);
    // Every match of the query is counted (after loaded, where the first page did not know).
    void counted(qint64 total);
    void failed(const Failure &failure);

private:
    void request(qint64 page) const;
    void fetchNext();
    BackgroundTask::Request readNext();
    void delivered(qint64 page, const RecordPage &result);
    void setTotal(qint64 total, bool counted);
    QString cell(const LookupRecord &r, int column) const;

    std::shared_ptr<LookupViews> m_store;
    RecordQuery m_query;
    QTimeZone m_zone = QTimeZone::utc();
    QHash<qint64, QString> m_datasetNames;
    qint64 m_total = 0;
    bool m_counted = true; // an empty model has counted its nothing
    bool m_firstPage = false;
    mutable QHash<qint64, QList<LookupRecord>> m_pages;
    mutable QList<qint64> m_wanted; // pages asked for, most recent last
    mutable bool m_fetchScheduled = false;
    QList<qint64> m_order; // pages in arrival order, for eviction
    // Last: their destructors join the work.
    BackgroundTask m_pageTask{BackgroundTask::Overlap::FinishRunning, this};
    BackgroundTask m_csvTask{BackgroundTask::Overlap::CancelRunning, this};
    BackgroundTask m_countTask{BackgroundTask::Overlap::CancelRunning, this};
};
