// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records_model.h"

#include "answer_set_text.h"
#include "field_labels.h"
#include "lookup_views.h"
#include "record_csv.h"

#include <QDateTime>
#include <QTimer>

RecordsModel::RecordsModel(QObject *parent) : QAbstractTableModel(parent)
{}

RecordsModel::~RecordsModel() = default;

void RecordsModel::setQuery(std::shared_ptr<LookupViews> store, const RecordQuery &query)
{
    beginResetModel();
    m_store = std::move(store);
    m_query = query;
    m_total = 0;
    m_counted = !m_store;
    m_firstPage = false;
    m_pageTask.cancel(); // a page of the old query is dropped
    m_countTask.cancel();
    m_pages.clear();
    m_order.clear();
    m_wanted.clear();
    endResetModel();
    if (m_store)
        request(0);
}

void RecordsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (m_total > 0)
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

void RecordsModel::setDatasetNames(const QHash<qint64, QString> &names)
{
    m_datasetNames = names;
    if (m_total > 0)
        emit dataChanged(index(0, Dataset), index(rowCount() - 1, Dataset));
}

const LookupRecord *RecordsModel::recordAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || row % kPageSize >= it->size())
        return nullptr;
    return &(*it)[row % kPageSize];
}

void RecordsModel::request(qint64 page) const
{
    if (m_wanted.contains(page))
        m_wanted.removeOne(page);
    m_wanted.append(page);
    if (m_wanted.size() > kWantedPages)
        m_wanted.removeFirst();
    // Later: the pages a paint asks for are all wanted before the most recent is read.
    if (!m_fetchScheduled)
        QTimer::singleShot(0, const_cast<RecordsModel *>(this), &RecordsModel::fetchNext);
    m_fetchScheduled = true;
}

void RecordsModel::fetchNext()
{
    m_fetchScheduled = false;
    m_pageTask.runWhenFree([this] { return readNext(); });
}

// When the worker is free: a read of the most recently wanted page not here yet.
BackgroundTask::Request RecordsModel::readNext()
{
    while (!m_wanted.isEmpty() && m_pages.contains(m_wanted.last()))
        m_wanted.removeLast();
    if (m_wanted.isEmpty() || !m_store)
        return {};
    const qint64 page = m_wanted.takeLast();
    return BackgroundTask::request(
        [store = m_store, query = m_query, page](const CancelToken &) {
            return store->recordsUncounted(query, page * kPageSize, qint64(kPageSize));
        },
        [this, page](const RecordPage &result) { delivered(page, result); },
        [this](const Failure &failure) { emit failed(failure); });
}

void RecordsModel::delivered(qint64 page, const RecordPage &result)
{
    m_pages.insert(page, result.records);
    m_order.append(page);
    while (m_order.size() > kCachedPages)
        m_pages.remove(m_order.takeFirst());
    const qint64 top = page * kPageSize, end = top + result.records.size();
    const int shownBefore = rowCount();
    if (result.total >= 0)
        setTotal(result.total, true);
    else if (!m_counted && result.records.size() < kPageSize) // read to the last match
        setTotal(end, true);
    else if (!m_counted)
        setTotal(std::max(m_total, end), false);
    if (top < shownBefore && end > top)
        emit dataChanged(index(int(top), 0), index(int(std::min<qint64>(end, shownBefore)) - 1, ColumnCount - 1));
    if (!m_firstPage) {
        m_firstPage = true;
        emit loaded(m_total);
        if (!m_counted) {
            m_countTask.run(
                [store = m_store, query = m_query](const CancelToken &) { return store->records(query, 0, 0).total; },
                [this](qint64 total) {
                    setTotal(total, true);
                    emit counted(total);
                },
                [this](const Failure &failure) { emit failed(failure); });
        }
    }
    fetchNext();
}

// Rows appear (or, if the store changed under the query, go) as the total becomes known.
void RecordsModel::setTotal(qint64 total, bool counted)
{
    const int before = rowCount(), after = int(std::min<qint64>(total, kMaxRows));
    if (after > before)
        beginInsertRows({}, before, after - 1);
    else if (after < before)
        beginRemoveRows({}, after, before - 1);
    m_total = total;
    m_counted = counted;
    if (after > before)
        endInsertRows();
    else if (after < before)
        endRemoveRows();
}

bool RecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_firstPage && !m_counted && m_total < kMaxRows;
}

void RecordsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_total / kPageSize);
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, kMaxRows));
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordsModel::cell(const LookupRecord &r, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(r.tsUs / 1000, m_zone)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
            QStringLiteral("%1").arg(r.tsUs % 1000, 3, 10, QLatin1Char('0'));
    case Dataset:
        return m_datasetNames.value(r.dataset, QString::number(r.dataset));
    case Client:
        return r.client;
    case Qname:
        return r.qname;
    case Qtype:
        return r.qtype;
    case Rcode:
        return r.rcode;
    case Server:
        return r.server;
    case Proto:
        return LookupFlags::protoName(r.flags);
    case Answers:
        return AnswerSetText::display(r.answers);
    case Rowid:
        return QString::number(r.id);
    default:
        return column >= FirstOwner && column < ColumnCount ? r.owners[size_t(column - FirstOwner)] : QString();
    }
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const LookupRecord *r = recordAt(index.row());
    if (!r) {
        request(index.row() / kPageSize);
        return index.column() == Time ? QStringLiteral("…") : QVariant();
    }
    return cell(*r, index.column());
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList names = {tr("time (%1)"), tr("dataset"), tr("client"),
                                      tr("qname"),     tr("qtype"),   tr("rcode"),
                                      tr("server"),    tr("proto"),   tr("answers (type TTL data)"),
                                      tr("row id")};
    if (section >= FirstOwner)
        return FieldLabels::of(LookupField(int(LookupField::ClientOwner) + section - FirstOwner));
    const QString name = names.value(section);
    return section == Time ? name.arg(QString::fromUtf8(m_zone.id())) : name;
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if ((column != Time && column != Rowid) || descending == m_query.descending)
        return;
    RecordQuery q = m_query;
    q.descending = descending;
    setQuery(m_store, q);
}

void RecordsModel::csvRows(const QList<std::pair<int, int>> &runs, std::function<void(const QString &, int)> done)
{
    if (!m_store)
        return;
    auto read = [store = m_store, query = m_query, runs](const CancelToken &) {
        QList<LookupRecord> records;
        qint64 room = kCsvLimit;
        for (const auto &[first, last] : runs) {
            const qint64 count = std::min<qint64>(last - first + 1, room);
            if (count <= 0)
                break;
            records.append(store->recordsUncounted(query, first, count).records);
            room -= count;
        }
        return records;
    };
    m_csvTask.run(
        read,
        [this, done](const QList<LookupRecord> &records) {
            using RecordCsv::RowId;
            const QByteArray csv =
                RecordCsv::header(RowId::Include) + RecordCsv::rows(records, m_zone, m_datasetNames, RowId::Include);
            done(QString::fromUtf8(csv), int(records.size()));
        },
        [this](const Failure &failure) { emit failed(failure); });
}
