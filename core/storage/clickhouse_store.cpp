// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_store.h"

#include "clickhouse_rows.h"
#include "clickhouse_sink.h"
#include "clickhouse_sql.h"
#include "dataset_selection.h"
#include "sqlite_db.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <limits>
#include <optional>
#include <thread>

using ClickHouseSql::quote;

namespace {
const QByteArray kRollupColumns = "(dataset UInt32, minute UInt32, n UInt64)";
// Layout 3: the lookup's answer set (nameHash of its AnswerSetText; names kind 7 holds the
// text), its base TTL, and its distinct answers' rdata hashes (names kind 6).
const QList<QByteArray> kAnswerColumns = {"answers_h UInt64 DEFAULT 0", "answer_ttl UInt32 DEFAULT 0",
                                          "answer_values Array(UInt64) DEFAULT CAST([] AS Array(UInt64))"};
} // namespace

ClickHouseStore::ClickHouseStore(const QString &location, StoreOpenMode mode)
    : m_url(ClickHouseUrl::parse(location)), m_readOnly(mode == StoreOpenMode::ReadOnly),
      m_entry(m_url.host, m_url.port, m_url.user, m_url.password, m_url.timeoutMs)
{
    findShards();
    createSchema(mode != StoreOpenMode::ReadOnly);
}

ClickHouseStore::~ClickHouseStore() = default;

void ClickHouseStore::findShards()
{
    if (m_url.cluster.isEmpty()) {
        m_shards.push_back(m_entry);
        return;
    }
    QList<QPair<QString, int>> endpoints = m_url.shards;
    if (endpoints.isEmpty()) {
        // Each shard at its host and the URL's HTTP port. Two shards on one host (servers
        // told apart by their ports) would then be one endpoint, and every row would go to
        // it: only `shards` can say where each listens.
        const QByteArray answer =
            m_entry.query("SELECT any(host_address), toUInt32(any(port)) FROM system.clusters WHERE cluster = " +
                          quote(m_url.cluster) + " GROUP BY shard_num ORDER BY shard_num FORMAT RowBinary");
        ClickHouseRows rows(answer);
        QList<quint32> nativePorts;
        while (!rows.atEnd()) {
            endpoints.append({rows.text(), m_url.port});
            nativePorts.append(rows.u32());
        }
        for (qsizetype i = 0; i < endpoints.size(); ++i) {
            for (qsizetype j = i + 1; j < endpoints.size(); ++j) {
                if (endpoints[i] != endpoints[j])
                    continue;
                throw Failure(
                    Failure::Kind::BadInput,
                    QStringLiteral("ClickHouse cluster %1: shards %2 and %3 are both on %4 (native ports %5 and "
                                   "%6), so both would be reached at %4:%7 over HTTP and every lookup would go "
                                   "to one of them; name each shard's HTTP endpoint in the URL with "
                                   "shards=HOST:PORT,HOST:PORT")
                        .arg(m_url.cluster)
                        .arg(i + 1)
                        .arg(j + 1)
                        .arg(endpoints[i].first)
                        .arg(nativePorts[i])
                        .arg(nativePorts[j])
                        .arg(m_url.port));
            }
        }
    }
    if (endpoints.isEmpty())
        throw Failure(Failure::Kind::NotFound,
                      QStringLiteral("ClickHouse at %1: no cluster named %2 in its remote_servers")
                          .arg(m_entry.endpoint(), m_url.cluster));
    for (const auto &[host, port] : endpoints)
        m_shards.emplace_back(host, port, m_url.user, m_url.password, m_url.timeoutMs);
}

void ClickHouseStore::checkLayout()
{
    const QByteArray oldColumns = m_shards.front().query(
        "SELECT count() FROM system.columns WHERE database = " + quote(QByteArrayView(database())) +
        " AND table = 'lookups_local' AND name = 'client'");
    if (oldColumns.trimmed() != "0")
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 holds DNS Timeline's ClickHouse layout 1 (names as String columns); this "
                                     "version reads layouts 2 and 3 (names as 64-bit hashes): import into a new "
                                     "database, or convert with the SQL in the README's ClickHouse section")
                          .arg(location()));
}

bool ClickHouseStore::lookupsHaveAnswers() const
{
    return m_shards.front()
               .query("SELECT count() FROM system.columns WHERE database = " + quote(QByteArrayView(database())) +
                      " AND table = 'lookups_local' AND name = 'answers_h'")
               .trimmed() != "0";
}

// Layout 3 adds the answer columns to a layout-2 database's lookups: ALTER … ADD COLUMN only
// changes metadata (old parts read the defaults: no answers), so nothing is rewritten.
void ClickHouseStore::addAnswerColumns()
{
    for (const ClickHouseHttp &shard : m_shards) {
        for (const char *name : {"lookups_local", "lookups"}) {
            if (m_url.cluster.isEmpty() && name == QByteArrayView("lookups"))
                continue;
            for (const QByteArray &column : kAnswerColumns) {
                const QByteArray columnName = column.left(column.indexOf(' '));
                if (shard
                        .query("SELECT count() FROM system.columns WHERE database = " +
                               quote(QByteArrayView(database())) + " AND table = " + quote(QByteArrayView(name)) +
                               " AND name = " + quote(QByteArrayView(columnName)))
                        .trimmed() == "0")
                    shard.query("ALTER TABLE " + table(name) + " ADD COLUMN " + column);
            }
        }
    }
}

void ClickHouseStore::createSchema(bool create)
{
    const QByteArray db = database();
    const auto hasSeries = [&] {
        return m_entry
                   .query("SELECT count() FROM system.columns WHERE database = " + quote(QByteArrayView(db)) +
                          " AND table = 'events' AND name = 'series_id'")
                   .trimmed() != "0";
    };
    if (!create) {
        if (m_entry.query("EXISTS TABLE " + table("datasets")).trimmed() != "1")
            throw Failure(Failure::Kind::NotFound,
                          QStringLiteral("%1: no DNS Timeline store in this database").arg(location()));
        checkLayout();
        m_answers = lookupsHaveAnswers(); // a layout-2 database read as it is: no answers
        m_eventSeries = hasSeries();      // a database no writer of this version has opened yet: none
        m_qnameHours = m_entry.query("EXISTS TABLE " + qnameHoursTable()).trimmed() == "1";
        return;
    }
    checkLayout();
    const QByteArray lookupsColumns = "(dataset UInt32, ts UInt64, seq UInt64, client_h UInt64, qname_h UInt64,"
                                      " qtype_h UInt64, rcode_h UInt64, server_h UInt64, flags UInt8, " +
        kAnswerColumns.join(", ") + ")";
    for (const ClickHouseHttp &shard : m_shards) {
        shard.query("CREATE DATABASE IF NOT EXISTS " + db);
        shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_local") + ' ' + lookupsColumns +
                    " ENGINE = MergeTree() PARTITION BY dataset ORDER BY (dataset, ts)");
        shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1m_local") + ' ' + kRollupColumns +
                    " ENGINE = SummingMergeTree(n) PARTITION BY dataset ORDER BY (dataset, minute)");
        if (!m_url.cluster.isEmpty()) {
            shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups") + ' ' + lookupsColumns +
                        " ENGINE = Distributed(" + m_url.cluster.toUtf8() + ", " + db + ", lookups_local, rand())");
            shard.query("CREATE TABLE IF NOT EXISTS " + table("lookups_1m") + ' ' + kRollupColumns +
                        " ENGINE = Distributed(" + m_url.cluster.toUtf8() + ", " + db + ", lookups_1m_local, rand())");
        }
    }
    m_entry.query("CREATE DATABASE IF NOT EXISTS " + db);
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("names") +
                  " (kind UInt8, h UInt64, name String) ENGINE = ReplacingMergeTree() ORDER BY (kind, h)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("name_counts") +
                  " (dataset UInt32, kind UInt8, h UInt64, n UInt64) ENGINE = MergeTree() PARTITION BY dataset"
                  " ORDER BY (dataset, kind, h)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("dataset_ids") +
                  " (id UInt32, token UInt64) ENGINE = MergeTree() ORDER BY id");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("datasets") +
                  " (id UInt32, version UInt64, deleted UInt8, name String, source_file String, sha256 String,"
                  " format String, import_options String, records UInt64, rejected UInt64, ts_min UInt64,"
                  " ts_max UInt64, imported_at String) ENGINE = MergeTree() ORDER BY (id, version)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("events") +
                  " (id UInt64, version UInt64, deleted UInt8, start_us Int64, has_end UInt8, end_us Int64,"
                  " all_day UInt8, time_zone String, title String, notes String, category String, color String,"
                  " url String, series_id UInt64, recurrence_us Int64) ENGINE = MergeTree() ORDER BY (id, version)");
    // Recurring events (issue 21): an events table of an earlier version gets the series link
    // (0: a single event); the series themselves are versioned rows like events.
    if (!hasSeries())
        m_entry.query("ALTER TABLE " + table("events") +
                      " ADD COLUMN series_id UInt64 DEFAULT 0,"
                      " ADD COLUMN recurrence_us Int64 DEFAULT 0");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("event_series") +
                  " (id UInt64, version UInt64, deleted UInt8, calendar String, window_from_us Int64,"
                  " window_to_us Int64) ENGINE = MergeTree() ORDER BY (id, version)");
    m_eventSeries = true;
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("address_book") +
                  " (id UInt64, version UInt64, deleted UInt8, pattern String, label String, note String,"
                  " source_url String) ENGINE = MergeTree() ORDER BY (id, version)");
    m_entry.query("CREATE TABLE IF NOT EXISTS " + table("store_meta") +
                  " (key String, version UInt64, value String) ENGINE = MergeTree() ORDER BY (key, version)");
    addAnswerColumns();
    m_answers = true;
    // Datasets imported before layout 3 have no answers: their lookups are all "(none)" in the
    // per-answer counts that rank a split by answer (see ClickHouseSink).
    const QByteArray counts = table("name_counts");
    const QByteArray kind = QByteArray::number(nameFieldIndex(LookupField::Answer));
    m_entry.query("INSERT INTO " + counts + " SELECT dataset, " + kind + ", toUInt64(0), sum(n) FROM " + counts +
                  " WHERE kind = 0 AND dataset NOT IN (SELECT dataset FROM " + counts + " WHERE kind = " + kind +
                  ") GROUP BY dataset");
    if (m_entry.query("SELECT count() FROM " + table("store_meta") + " WHERE key = 'layout' AND value = '3'")
            .trimmed() == "0")
        m_entry.query("INSERT INTO " + table("store_meta") + " VALUES ('layout', 3, '3')");
    dropPendingRows();
    createQnameHours();
}

QByteArray ClickHouseStore::lookupsTable() const
{
    return table(m_url.cluster.isEmpty() ? "lookups_local" : "lookups");
}

QByteArray ClickHouseStore::rollupTable() const
{
    return table(m_url.cluster.isEmpty() ? "lookups_1m_local" : "lookups_1m");
}

quint64 ClickHouseStore::newVersion()
{
    std::lock_guard guard(m_mutex);
    m_lastVersion = std::max(m_lastVersion + 1, quint64(QDateTime::currentMSecsSinceEpoch()) * 1000);
    return m_lastVersion;
}

QList<DatasetInfo> ClickHouseStore::datasets()
{
    const QByteArray answer = m_entry.query(
        "SELECT id, argMax(name, version), argMax(source_file, version), argMax(sha256, version),"
        " argMax(format, version), argMax(import_options, version), argMax(records, version),"
        " argMax(rejected, version), argMax(ts_min, version), argMax(ts_max, version), argMax(imported_at, version),"
        " argMax(deleted, version) AS gone FROM " +
        table("datasets") + " GROUP BY id HAVING gone = 0 ORDER BY id FORMAT RowBinary");
    QList<DatasetInfo> out;
    ClickHouseRows rows(answer);
    while (!rows.atEnd()) {
        DatasetInfo d;
        d.id = rows.u32();
        d.name = rows.text();
        d.sourceFile = rows.text();
        d.sha256 = rows.text();
        d.format = rows.text();
        d.importOptions = rows.text();
        d.records = qint64(rows.u64());
        d.rejected = qint64(rows.u64());
        d.tsMinUs = qint64(rows.u64());
        d.tsMaxUs = qint64(rows.u64());
        d.importedAt = QDateTime::fromString(rows.text(), Qt::ISODate);
        rows.u8();
        out.append(d);
    }
    return out;
}

TimeRange ClickHouseStore::extent(const QList<qint64> &datasetIds)
{
    return DatasetSelection::extent(datasets(), datasetIds);
}

void ClickHouseStore::writeDatasetRow(const DatasetInfo &d, bool deleted)
{
    QByteArray row;
    ClickHouseRows::putU32(row, quint32(d.id));
    ClickHouseRows::putU64(row, newVersion());
    ClickHouseRows::putU8(row, deleted ? 1 : 0);
    for (const QString *s : {&d.name, &d.sourceFile, &d.sha256, &d.format, &d.importOptions})
        ClickHouseRows::putBytes(row, s->toUtf8());
    for (qint64 v : {d.records, d.rejected, d.tsMinUs, d.tsMaxUs})
        ClickHouseRows::putU64(row, quint64(v));
    ClickHouseRows::putBytes(row, d.importedAt.toUTC().toString(Qt::ISODate).toUtf8());
    m_entry.insert("INSERT INTO " + table("datasets") + " FORMAT RowBinary", row);
}

qint64 ClickHouseStore::newDatasetId()
{
    // Insert-then-check: a reservation stands if it is the only row for its id. Of two racing
    // importers at most one sees itself alone (whichever inserted second sees both); when both
    // see both, both retry further on. Reservations of failed imports keep their ids used.
    const quint64 token = QRandomGenerator::global()->generate64();
    for (int attempt = 0; attempt < 20; ++attempt) {
        const qint64 registered = m_entry.query("SELECT max(id) FROM " + table("datasets")).trimmed().toLongLong();
        const qint64 reserved = m_entry.query("SELECT max(id) FROM " + table("dataset_ids")).trimmed().toLongLong();
        const qint64 id =
            std::max(registered, reserved) + 1 + (attempt ? QRandomGenerator::global()->bounded(2 * attempt) : 0);
        QByteArray row;
        ClickHouseRows::putU32(row, quint32(id));
        ClickHouseRows::putU64(row, token);
        m_entry.insert("INSERT INTO " + table("dataset_ids") + " FORMAT RowBinary", row);
        if (m_entry.query("SELECT count() FROM " + table("dataset_ids") + " WHERE id = " + QByteArray::number(id))
                .trimmed() == "1")
            return id;
        std::this_thread::sleep_for(std::chrono::milliseconds(QRandomGenerator::global()->bounded(5, 50)));
    }
    throw Failure(Failure::Kind::TimedOut,
                  QStringLiteral("%1: could not reserve a dataset id (too many imports at once?)").arg(location()));
}

QByteArray ClickHouseStore::nameCondition(LookupField field, const QString &glob,
                                          const ClickHouseOwnerColumns &owners) const
{
    if (isOwnerField(field))
        return owners.condition(field, glob);
    if (glob == QLatin1String("*"))
        return "1";
    const QByteArray in = m_url.cluster.isEmpty() ? " IN" : " GLOBAL IN";
    if (field == LookupField::Answer) {
        // Any answer matches: the answer sets with a matching line (a lookup without answers,
        // answers_h 0, has no set and matches only "*").
        if (!m_answers || glob.isEmpty()) // the empty glob matches only empty data, which is no value
            return "0";
        return "answers_h" + in + " (SELECT h FROM " + table("names") +
            " WHERE kind = " + QByteArray::number(kAnswerSetKind) + " AND match(name, " +
            quote(QByteArrayView(ClickHouseSql::answerSetRegex(glob))) + "))";
    }
    return ClickHouseSql::column(field) + in + " (SELECT h FROM " + table("names") +
        " WHERE kind = " + QByteArray::number(nameFieldIndex(field)) + " AND " +
        ClickHouseSql::globCondition("name", glob) + ")";
}

QHash<quint64, QString> ClickHouseStore::namesOf(const QList<quint64> &hashes)
{
    QHash<quint64, QString> out;
    out.insert(0, QString());
    QList<quint64> wanted;
    for (quint64 h : hashes) {
        if (!out.contains(h)) {
            out.insert(h, QString());
            wanted.append(h);
        }
    }
    if (wanted.isEmpty())
        return out;
    ClickHouseRows rows(m_entry.query("SELECT h, any(name) FROM " + table("names") + " WHERE has(" +
                                      ClickHouseSql::hashArray(wanted) + ", h) GROUP BY h FORMAT RowBinary"));
    while (!rows.atEnd()) {
        const quint64 h = rows.u64();
        out.insert(h, rows.text());
    }
    return out;
}

void ClickHouseStore::renameDataset(qint64 id, const QString &name)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    for (DatasetInfo d : datasets()) {
        if (d.id == id) {
            d.name = name;
            writeDatasetRow(d, false);
            return;
        }
    }
    throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no dataset %2").arg(location()).arg(id));
}

void ClickHouseStore::dropDatasetRows(qint64 id)
{
    const QByteArray partition = " DROP PARTITION " + QByteArray::number(id);
    std::optional<Failure> missed;
    auto drop = [&](const ClickHouseHttp &server, const char *name) {
        try {
            server.query("ALTER TABLE " + table(name) + partition);
        } catch (const Failure &error) {
            if (!missed)
                missed = error;
        }
    };
    for (const ClickHouseHttp &shard : m_shards) {
        drop(shard, "lookups_local");
        drop(shard, "lookups_1m_local");
        drop(shard, "lookups_1h_qname_local");
    }
    drop(m_entry, "name_counts");
    if (!missed)
        return;
    try {
        markDrop(id, "pending");
    } catch (const Failure &) {
        // The URL's server is gone too: the rows stay invisible, but stay.
    }
    throw *missed;
}

void ClickHouseStore::markDrop(qint64 id, const char *state)
{
    QByteArray row;
    ClickHouseRows::putBytes(row, "drop " + QByteArray::number(id));
    ClickHouseRows::putU64(row, newVersion());
    ClickHouseRows::putBytes(row, state);
    m_entry.insert("INSERT INTO " + table("store_meta") + " FORMAT RowBinary", row);
}

void ClickHouseStore::dropPendingRows()
{
    try {
        ClickHouseRows pending(m_entry.query("SELECT key FROM " + table("store_meta") +
                                             " WHERE key LIKE 'drop %' GROUP BY key"
                                             " HAVING argMax(value, version) = 'pending' FORMAT RowBinary"));
        while (!pending.atEnd()) {
            const qint64 id = pending.text().mid(5).toLongLong();
            dropDatasetRows(id); // throws (marking it pending again) while a shard is away
            markDrop(id, "done");
        }
    } catch (const Failure &) {
        // A shard is still away: the next writable open tries again.
    }
}

void ClickHouseStore::deleteDataset(qint64 id)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    for (const DatasetInfo &d : datasets()) {
        if (d.id == id) {
            writeDatasetRow(d, true); // invisible from here on, even if dropping fails below
            dropDatasetRows(id);
            return;
        }
    }
}

std::unique_ptr<DatasetSink> ClickHouseStore::beginImport(const DatasetInfo &meta)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    return std::make_unique<ClickHouseSink>(*this, meta);
}

void ClickHouseStore::cancelRunning()
{
    m_entry.cancelAll();
    for (const ClickHouseHttp &shard : m_shards)
        shard.cancelAll();
}
