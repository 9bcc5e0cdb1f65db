// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_store.h"

#include "clickhouse_store.h"
#include "clickhouse_url.h"
#include "column_codec.h"
#include "dataset_writer.h"
#include "rollup_tables.h"
#include "row_buffer_table.h"
#include "sqlite_db.h"
#include "store_file_access.h"
#include "store_schema.h"

#include <QFileInfo>

#include <algorithm>

std::unique_ptr<LookupStore> openStore(const QString &location, StoreOpenMode mode)
{
    if (ClickHouseUrl::looksLike(location))
        return std::make_unique<ClickHouseStore>(location, mode);
    return std::make_unique<SqliteStore>(location, mode);
}

SqliteStore::SqliteStore(const QString &path, StoreOpenMode mode)
    : m_path(path), m_readOnly(mode == StoreOpenMode::ReadOnly)
{
    const QFileInfo info(path);
    if (mode != StoreOpenMode::Create && !info.exists())
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1: no such store").arg(path));
    if (info.exists() && info.isDir())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("%1 is a folder, not a store").arg(path));
    if (m_readOnly)
        m_readOnlyReason = QStringLiteral("%1 was opened read-only").arg(info.fileName());
    if (!m_readOnly) {
        if (const auto why = StoreFileAccess::whyNotWritable(path)) {
            if (mode != StoreOpenMode::WritableIfPossible)
                throw Failure(Failure::Kind::Refused, QStringLiteral("%1 %2: it cannot be changed").arg(path, *why));
            m_readOnly = true;
            m_readOnlyReason = info.fileName() + QLatin1Char(' ') + *why;
        }
    }
    const auto dbMode = m_readOnly      ? SqliteDb::Mode::ReadOnly
        : mode == StoreOpenMode::Create ? SqliteDb::Mode::ReadWriteCreate
                                        : SqliteDb::Mode::ReadWrite;
    m_db = std::make_unique<SqliteDb>(path, dbMode);
    try {
        prepareConnection();
    } catch (const Failure &error) {
        // On read-only media a WAL store cannot be opened the usual way (SQLite must create
        // its -shm file: SQLITE_CANTOPEN, an Io failure); reading it as immutable works, since
        // nobody can change it there.
        if (!m_readOnly || error.kind() != Failure::Kind::Io)
            throw;
        m_db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadOnlyImmutable);
        prepareConnection();
    }
    m_source = std::make_unique<LookupSource>(*m_db, m_mutex, m_schemaVersion);
    m_view = std::make_unique<ViewEngine>(*m_source);
}

// A file that is no SQLite database fails here as Corrupt, "… is not a DNS Timeline store".
void SqliteStore::prepareConnection()
{
    StoreSchema::configure(*m_db);
    StoreSchema::prepare(*m_db, !m_readOnly);
    m_schemaVersion = StoreSchema::version(*m_db);
}

SqliteStore::~SqliteStore() = default;

qint64 SqliteStore::changeStamp()
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return m_changeStamp; // a query runs: ask again later
    try {
        m_changeStamp = m_db->queryInt("PRAGMA data_version");
    } catch (const Failure &) {
        // The next query reports what is wrong; the stamp stays.
    }
    return m_changeStamp;
}

void SqliteStore::refreshIfChanged()
{
    // PRAGMA data_version changes whenever another connection commits.
    const qint64 version = m_db->queryInt("PRAGMA data_version");
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_names.reset();
    m_bookStale = true;
    m_answerSets.reset();
    // Another connection imported or deleted a dataset, or wrote rollups: read afresh.
    m_source->clear();
    m_view->clear();
}

QList<DatasetInfo> SqliteStore::datasets()
{
    std::lock_guard guard(m_mutex);
    QList<DatasetInfo> out;
    Statement st =
        m_db->prepare(QByteArray("SELECT id, name, source_file, sha256, format, import_options, record_count,"
                                 " rejected_count, coalesce(ts_min, 0), coalesce(ts_max, 0), imported_at, ") +
                      (m_schemaVersion >= 2 ? "kind" : "'lookups'") + " FROM datasets ORDER BY id");
    while (st.step()) {
        DatasetInfo d;
        d.id = st.int64(0);
        d.name = st.text(1);
        d.sourceFile = st.text(2);
        d.sha256 = st.text(3);
        d.format = st.text(4);
        d.importOptions = st.text(5);
        d.records = st.int64(6);
        d.rejected = st.int64(7);
        d.tsMinUs = st.int64(8);
        d.tsMaxUs = st.int64(9);
        d.importedAt = QDateTime::fromString(st.text(10), Qt::ISODate);
        d.kind = st.text(11) == QLatin1String("observations") ? DatasetKind::Observations : DatasetKind::Lookups;
        out.append(d);
    }
    return out;
}

TimelineEngine::NameTable SqliteStore::names()
{
    std::lock_guard guard(m_mutex);
    refreshIfChanged();
    if (m_names)
        return m_names;
    auto table = std::make_shared<std::vector<QString>>();
    table->resize(size_t(m_db->queryInt("SELECT coalesce(max(id), 0) + 1 FROM names")));
    Statement st = m_db->prepare("SELECT id, name FROM names");
    while (st.step())
        (*table)[size_t(st.int64(0))] = st.text(1);
    m_names = table;
    return m_names;
}

AnswerSetTablePtr SqliteStore::answerSets()
{
    std::lock_guard guard(m_mutex);
    refreshIfChanged();
    if (m_answerSets)
        return m_answerSets;
    std::vector<QByteArray> texts(1);
    if (m_schemaVersion >= 5) {
        texts.resize(size_t(m_db->queryInt("SELECT coalesce(max(id), 0) + 1 FROM answer_sets")));
        Statement st = m_db->prepare("SELECT id, answers FROM answer_sets");
        while (st.step())
            texts[size_t(st.int64(0))] = st.blob(1).toByteArray();
    }
    m_answerSets = std::make_shared<const AnswerSetTable>(std::move(texts));
    return m_answerSets;
}

QList<ViewDataset> SqliteStore::viewDatasets(const QList<qint64> &selected)
{
    QList<ViewDataset> out;
    for (const DatasetInfo &d : datasets()) {
        if ((!selected.isEmpty() && !selected.contains(d.id)) || d.kind == DatasetKind::Observations)
            continue;
        out.append({d.id, d.name, d.records > 0 ? TimeRange{d.tsMinUs, d.tsMaxUs + 1} : TimeRange{}});
    }
    return out;
}

BinTable SqliteStore::binsOf(const BinQuery &query, bool useRollups)
{
    {
        std::lock_guard guard(m_mutex);
        refreshIfChanged();
    }
    const QList<ViewDataset> chosen = viewDatasets(query.datasets);
    const QList<int> needed = TimelineEngine::neededNameColumns(query);
    const bool needNames = query.split || !needed.isEmpty();
    const AnswerSetTablePtr sets = needed.contains(kAnswerColumn) ? answerSets() : nullptr;
    const TimelineEngine::NameTable all = needNames ? names() : nullptr;
    return m_view->bin(query, chosen, all, sets, ownerValues(query, all, chosen), useRollups);
}

BinTable SqliteStore::bins(const BinQuery &query)
{
    return binsOf(query, true);
}

BinTable SqliteStore::binsFromLookups(const BinQuery &query)
{
    return binsOf(query, false);
}

QList<qint64> SqliteStore::datasetsWithoutRollups()
{
    std::lock_guard guard(m_mutex);
    return RollupTables::missing(*m_db);
}

void SqliteStore::buildRollups(const std::function<bool(double)> &progress)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(m_path));
    // Its own connection, so that views go on reading the store while it writes.
    SqliteDb db(m_path, SqliteDb::Mode::ReadWrite);
    StoreSchema::configure(db);
    RowBufferTable buffer(db);
    std::recursive_mutex mutex;
    LookupSource source(db, mutex, m_schemaVersion);
    const QList<qint64> missing = RollupTables::missing(db);
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const auto part = [&](double f) { return !progress || progress((double(i) + f) / double(missing.size())); };
        RollupTables::build(db, buffer, source, missing[i], part);
    }
    std::lock_guard guard(m_mutex);
    m_source->clear();
    m_view->clear();
}

DerivedFields SqliteStore::ownerValues(const BinQuery &query, const TimelineEngine::NameTable &names,
                                       const QList<ViewDataset> &datasets)
{
    const QList<LookupField> fields = OwnerFieldValues::fieldsOf(query.split, query.filters);
    if (fields.isEmpty())
        return {};
    QList<qint64> ids;
    for (const ViewDataset &d : datasets)
        ids.append(d.id);
    const bool ofAnswers =
        std::any_of(fields.begin(), fields.end(), [](LookupField f) { return ownerSource(f) == LookupField::Answer; });
    return m_ownerValues.derive(
        fields, ownerDirectory(query.ownerDatabases), names, ids,
        [this](qint64 id, int column) { return columnIds(id, column); }, ofAnswers ? answerSets() : nullptr);
}

std::vector<quint32> SqliteStore::columnIds(qint64 datasetId, int column)
{
    std::vector<quint32> out;
    if (m_source->hasRollups(datasetId)) {
        for (const auto &[value, lookups] : m_source->valueCounts(datasetId, column))
            out.push_back(value);
        return out;
    }
    std::vector<bool> seen;
    const auto index = m_source->index(datasetId);
    m_source->forEachBlock(datasetId, 0, index->blocks.size(), {column}, [&](size_t, const DatasetColumns &d) {
        LookupCounter::throwIfCancelled();
        for (quint32 id : d.names[size_t(column)]) {
            if (id >= seen.size())
                seen.resize(size_t(id) + 1, false);
            if (!seen[id]) {
                seen[id] = true;
                out.push_back(id);
            }
        }
        return true;
    });
    return out;
}

void SqliteStore::renameDataset(qint64 id, const QString &name)
{
    if (m_readOnlyReason)
        throw Failure(Failure::Kind::Refused, QStringLiteral("Datasets cannot be renamed: %1.").arg(*m_readOnlyReason));
    std::lock_guard guard(m_mutex);
    Statement st = m_db->prepare("UPDATE datasets SET name = ? WHERE id = ?");
    st.bind(1, name).bind(2, id).exec();
}

void SqliteStore::deleteDataset(qint64 id)
{
    if (m_readOnlyReason)
        throw Failure(Failure::Kind::Refused, QStringLiteral("Datasets cannot be deleted: %1.").arg(*m_readOnlyReason));
    std::lock_guard guard(m_mutex);
    Transaction tx(*m_db);
    for (const char *sql : {"DELETE FROM lookups WHERE rowid BETWEEN (SELECT first_rowid FROM datasets WHERE id = ?1)"
                            " AND (SELECT last_rowid FROM datasets WHERE id = ?1)",
                            "DELETE FROM lookup_blocks WHERE dataset = ?1", "DELETE FROM datasets WHERE id = ?1",
                            m_schemaVersion >= 2 ? "DELETE FROM observations WHERE dataset = ?1" : "SELECT ?1"}) {
        Statement st = m_db->prepare(sql);
        st.bind(1, id).exec();
    }
    RollupTables::remove(*m_db, id);
    tx.commit();
    m_source->clear();
    m_view->clear();
}

std::unique_ptr<DatasetSink> SqliteStore::beginImport(const DatasetInfo &meta)
{
    if (m_readOnlyReason)
        throw Failure(Failure::Kind::Refused, QStringLiteral("Nothing can be imported: %1.").arg(*m_readOnlyReason));
    return std::make_unique<DatasetWriter>(m_path, meta);
}
