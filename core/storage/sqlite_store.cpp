// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_store.h"

#include "clickhouse_store.h"
#include "clickhouse_url.h"
#include "column_codec.h"
#include "dataset_writer.h"
#include "sqlite_db.h"
#include "store_file_access.h"
#include "store_schema.h"

#include <QFileInfo>

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
    // Datasets are immutable once committed: drop only those that are gone.
    QList<qint64> present;
    Statement ids = m_db->prepare("SELECT id FROM datasets");
    while (ids.step())
        present.append(ids.int64(0));
    for (auto it = m_columns.begin(); it != m_columns.end();)
        it = present.contains(it.key()) ? std::next(it) : m_columns.erase(it);
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

DatasetColumnsPtr SqliteStore::columns(qint64 datasetId, const QList<int> &nameColumns)
{
    std::lock_guard guard(m_mutex);
    refreshIfChanged();
    DatasetColumnsPtr cached = m_columns.value(datasetId);
    bool complete = cached != nullptr;
    for (int c : nameColumns)
        complete = complete && cached->hasNames(c);
    if (complete)
        return cached;
    // The engine's cached series refer to the old columns; dropped, they may be the only
    // holder left, and loadColumns can take their arrays over instead of copying them.
    m_engine.dropCache();
    m_columns.remove(datasetId);
    DatasetColumnsPtr loaded = loadColumns(datasetId, nameColumns, std::move(cached));
    m_columns.insert(datasetId, loaded);
    return loaded;
}

DatasetColumnsPtr SqliteStore::loadColumns(qint64 datasetId, const QList<int> &nameColumns, DatasetColumnsPtr base)
{
    auto out = std::make_shared<DatasetColumns>();
    out->datasetId = datasetId;
    out->firstRowid = m_db->queryInt(QByteArray("SELECT coalesce(first_rowid, 0) FROM datasets WHERE id = ") +
                                     QByteArray::number(datasetId));
    const qint64 rows =
        m_db->queryInt(QByteArray("SELECT coalesce(sum(row_count), 0) FROM lookup_blocks WHERE dataset = ") +
                       QByteArray::number(datasetId));
    QList<int> wanted = nameColumns;
    const bool haveTimes = base != nullptr;
    if (base) {
        // Nobody else holds the old columns (m_mutex guards the only way to get them): move
        // their arrays, which are not shared, instead of copying 8 bytes a lookup.
        const bool sole = base.use_count() == 1;
        auto &from = const_cast<DatasetColumns &>(*base);
        for (int c = 0; c < kColumnCount; ++c) {
            if (!base->hasNames(c))
                continue;
            if (!base->ts.empty())
                out->names[size_t(c)] = sole ? std::move(from.names[size_t(c)]) : base->names[size_t(c)];
            wanted.removeAll(c);
        }
        out->ts = sole ? std::move(from.ts) : base->ts;
        base.reset();
    } else {
        out->ts.resize(size_t(rows));
    }
    for (int c : wanted)
        out->names[size_t(c)].resize(size_t(rows));
    // A read-only version 2 store has no flags: every lookup is plain DNS; before version 5
    // no lookup has answers.
    Statement st =
        m_db->prepare(QByteArray("SELECT row_count, ts, client, qname, qtype, rcode, server, ") +
                      (m_schemaVersion >= 3 ? "flags" : "NULL") + ", " + (m_schemaVersion >= 5 ? "answers" : "NULL") +
                      " FROM lookup_blocks"
                      " WHERE dataset = ? ORDER BY first_rowid");
    st.bind(1, datasetId);
    qint64 at = 0;
    while (st.step()) {
        const qint64 n = st.int64(0);
        if (at + n > rows)
            throw Failure(Failure::Kind::Corrupt,
                          QStringLiteral("%1: the time index of dataset %2 is damaged").arg(m_path).arg(datasetId));
        bool ok = haveTimes || ColumnCodec::decodeTimes(st.blob(1), out->ts.data() + at, n);
        for (int c : wanted) {
            quint32 *column = out->names[size_t(c)].data() + at;
            if (c == kAnswerColumn) {
                ok = ok &&
                    ColumnCodec::decodeAnswers(st.isNull(2 + c) ? QByteArrayView() : st.blob(2 + c), column, nullptr,
                                               n);
            } else if (c != kProtoColumn) {
                ok = ok && ColumnCodec::decodeNames(st.blob(2 + c), column, n);
            } else {
                ok = ok && ColumnCodec::decodeFlags(st.isNull(2 + c) ? QByteArrayView() : st.blob(2 + c), column, n);
                for (qint64 i = 0; ok && i < n; ++i)
                    column[i] = LookupFlags::protoId(quint8(column[i]));
            }
        }
        if (!ok)
            throw Failure(Failure::Kind::Corrupt,
                          QStringLiteral("%1: the time index of dataset %2 is damaged").arg(m_path).arg(datasetId));
        at += n;
    }
    return out;
}

BinTable SqliteStore::bins(const BinQuery &query)
{
    TimelineEngine::Input input;
    const QList<int> needed = TimelineEngine::neededNameColumns(query);
    for (const DatasetInfo &d : datasets()) {
        if ((!query.datasets.isEmpty() && !query.datasets.contains(d.id)) || d.kind == DatasetKind::Observations)
            continue;
        input.datasets.append(columns(d.id, needed));
        input.datasetNames.insert(d.id, d.name);
    }
    if (!needed.isEmpty() || query.split)
        input.names = names();
    input.derived = ownerValues(query, input.names, input.datasets);
    if (needed.contains(kAnswerColumn))
        input.answerSets = answerSets();
    return m_engine.bin(query, input);
}

DerivedFields SqliteStore::ownerValues(const BinQuery &query, const TimelineEngine::NameTable &names,
                                       const QList<DatasetColumnsPtr> &datasets)
{
    const QList<LookupField> fields = OwnerFieldValues::fieldsOf(query.split, query.filters);
    if (fields.isEmpty())
        return {};
    return m_ownerValues.derive(fields, ownerDirectory(query.ownerDatabases), names, datasets);
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
    tx.commit();
    m_columns.remove(id);
}

std::unique_ptr<DatasetSink> SqliteStore::beginImport(const DatasetInfo &meta)
{
    if (m_readOnlyReason)
        throw Failure(Failure::Kind::Refused, QStringLiteral("Nothing can be imported: %1.").arg(*m_readOnlyReason));
    return std::make_unique<DatasetWriter>(m_path, meta);
}
