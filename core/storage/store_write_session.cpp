// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_write_session.h"

#include "column_codec.h"
#include "store_schema.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <cstring>

#include <sqlite3.h>

namespace {
constexpr qsizetype kBlockRows = 65536;
std::atomic<int> writeLockWait{StoreWriteSession::kWriteLockWaitMs};

std::unique_ptr<Transaction> beginImport(SqliteDb &db)
{
    StoreSchema::configure(db);
    StoreSchema::prepare(db, true);
    // Imports into one store take turns: another one may hold the write lock for minutes.
    db.setBusyTimeout(StoreWriteSession::writeLockWaitMs());
    return std::make_unique<Transaction>(db);
}
} // namespace

int StoreWriteSession::writeLockWaitMs()
{
    return writeLockWait.load();
}

void StoreWriteSession::setWriteLockWaitMs(int ms)
{
    writeLockWait.store(ms);
}

StoreWriteSession::StoreWriteSession(const QString &storePath, const DatasetInfo &meta, qsizetype sortChunkRows)
    : m_db(storePath, SqliteDb::Mode::ReadWriteCreate), m_transaction(beginImport(m_db)), m_rowBuffer(m_db),
      // No explicit rowid: SQLite then appends at max(rowid) + 1 without a uniqueness probe per
      // row, twice as fast; writeSorted() checks that the rowids came out as planned.
      m_insertRows(m_db.prepare("INSERT INTO lookups(dataset, ts, client, qname, qtype, rcode, server, flags) "
                                "SELECT dataset, ts, client, qname, qtype, rcode, server, flags FROM dnstl_rows")),
      m_insertBlock(m_db.prepare("INSERT INTO lookup_blocks(dataset, first_rowid, row_count, ts_min, ts_max, ts,"
                                 " client, qname, qtype, rcode, server, flags, answers)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_insertNames(m_db.prepare("INSERT INTO names(id, name) SELECT id, name FROM dnstl_names")),
      m_sorter(sortChunkRows, [this](std::span<const LookupRow> rows) { writeSorted(rows); }), m_meta(meta),
      m_insertObservation(m_db.prepare("INSERT INTO observations(dataset, rrname, rrtype, rdata, bailiwick, time_first,"
                                       " time_last, count, zone_times) VALUES (?,?,?,?,?,?,?,?,?)")),
      m_insertAnswerSet(m_db.prepare("INSERT INTO answer_sets(id, answers) VALUES (?, ?)"))
{
    Statement insert = m_db.prepare("INSERT INTO datasets(name, source_file, format, import_options, imported_at)"
                                    " VALUES (?, ?, ?, ?, ?)");
    m_meta.importedAt = QDateTime::currentDateTimeUtc();
    insert.bind(1, meta.name).bind(2, meta.sourceFile).bind(3, meta.format).bind(4, meta.importOptions);
    insert.bind(5, m_meta.importedAt.toString(Qt::ISODate)).exec();
    m_meta.id = m_db.queryInt("SELECT last_insert_rowid()");
    m_rollups = std::make_unique<RollupWriter>(m_db, m_rowBuffer, m_meta.id);
    m_nextRowid = m_db.queryInt("SELECT coalesce(max(rowid), 0) + 1 FROM lookups");
    m_firstRowid = m_nextRowid;
}

StoreWriteSession::~StoreWriteSession() = default;

void StoreWriteSession::preloadNames(NameInterner &interner)
{
    Statement all = m_db.prepare("SELECT id, name FROM names");
    while (all.step())
        interner.preload(quint32(all.int64(0)), all.blob(1));
}

// answer_sets has no UNIQUE index (it would double its size): the import interns against
// every set stored so far, read here inside its write transaction, so no set is added twice.
void StoreWriteSession::preloadAnswerSets(NameInterner &interner)
{
    Statement all = m_db.prepare("SELECT id, answers FROM answer_sets");
    while (all.step())
        interner.preload(quint32(all.int64(0)), all.blob(1));
}

void StoreWriteSession::addAnswerSets(const NameInterner::NewNames &sets)
{
    for (const NameInterner::NewName &set : sets.names) {
        m_insertAnswerSet.bind(1, qint64(set.id)).bind(2, sets.nameOf(set));
        m_insertAnswerSet.exec();
    }
}

// In name order, all in one statement: the UNIQUE index on names.name is then filled by a walk
// along the tree (into an empty table, by appends only) instead of a random probe per name.
// Each batch's new names come here (DatasetWriter); sorted runs of a few thousand cost SQLite
// about what one sorted run of all of them did. The sort compares 8-byte prefixes first, which
// keeps it in cache.
void StoreWriteSession::addNames(const NameInterner::NewNames &names)
{
    if (names.names.empty())
        return;
    struct Ordered {
        quint64 prefix; // the first 8 bytes, big-endian, zero-padded
        quint32 index;
    };
    std::vector<Ordered> ordered(names.names.size());
    for (size_t i = 0; i < ordered.size(); ++i) {
        const QByteArrayView name = names.nameOf(names.names[i]);
        unsigned char bytes[8] = {};
        std::memcpy(bytes, name.data(), size_t(std::min<qsizetype>(8, name.size())));
        quint64 prefix = 0;
        for (unsigned char b : bytes)
            prefix = (prefix << 8) | b;
        ordered[i] = {prefix, quint32(i)};
    }
    std::sort(ordered.begin(), ordered.end(), [&names](const Ordered &a, const Ordered &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return names.nameOf(names.names[a.index]) < names.nameOf(names.names[b.index]);
    });
    std::vector<quint32> order(ordered.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = ordered[i].index;
    m_rowBuffer.setNames(&names, order);
    m_insertNames.exec();
    m_rowBuffer.setNames(nullptr, {});
}

void StoreWriteSession::writeSorted(std::span<const LookupRow> rows)
{
    while (!rows.empty()) {
        const auto block = rows.first(std::min<size_t>(size_t(kBlockRows), rows.size()));
        rows = rows.subspan(block.size());
        m_rowBuffer.setRows(block, m_meta.id);
        m_insertRows.exec();
        const qint64 last = sqlite3_last_insert_rowid(m_db.handle());
        if (last != m_nextRowid + qint64(block.size()) - 1)
            throw Failure(Failure::Kind::Refused,
                          QStringLiteral("%1: lookups got rowids %2…%3, expected from %4; is another program "
                                         "writing to the store?")
                              .arg(m_db.path())
                              .arg(last - qint64(block.size()) + 1)
                              .arg(last)
                              .arg(m_nextRowid));
        m_insertBlock.bind(1, m_meta.id).bind(2, m_nextRowid).bind(3, qint64(block.size()));
        m_insertBlock.bind(4, block.front().tsUs).bind(5, block.back().tsUs);
        m_insertBlock.bindBlob(6, ColumnCodec::encodeTimes(block));
        for (int field = 0; field < 5; ++field)
            m_insertBlock.bindBlob(7 + field, ColumnCodec::encodeNames(block, field));
        const QByteArray flags = ColumnCodec::encodeFlags(block);
        if (flags.isEmpty())
            m_insertBlock.bindNull(12); // every lookup plain DNS: no bytes
        else
            m_insertBlock.bindBlob(12, flags);
        const QByteArray answers = ColumnCodec::encodeAnswers(block);
        if (answers.isEmpty())
            m_insertBlock.bindNull(13); // no answers in the block: no bytes
        else
            m_insertBlock.bindBlob(13, answers);
        m_insertBlock.exec();
        m_rollups->add(block);
        if (m_count == 0)
            m_meta.tsMinUs = block.front().tsUs;
        m_meta.tsMaxUs = block.back().tsUs;
        m_count += qint64(block.size());
        m_nextRowid += qint64(block.size());
    }
    m_rowBuffer.setRows({}, 0);
}

void StoreWriteSession::addObservations(std::span<const ObservationRow> rows)
{
    for (const ObservationRow &o : rows) {
        Statement &st = m_insertObservation;
        st.bind(1, m_meta.id).bind(2, QByteArrayView(o.rrname));
        for (int i = 0; i < 3; ++i) {
            const QByteArray &text = i == 0 ? o.rrtype : i == 1 ? o.rdata : o.bailiwick;
            if (text.isEmpty())
                st.bindNull(3 + i);
            else
                st.bind(3 + i, QByteArrayView(text));
        }
        st.bind(6, o.timeFirstUs).bind(7, o.timeLastUs);
        if (o.count < 0)
            st.bindNull(8);
        else
            st.bind(8, o.count);
        st.bind(9, o.zoneTimes ? 1 : 0).exec();
        m_observedFirstUs = m_observations == 0 ? o.timeFirstUs : std::min(m_observedFirstUs, o.timeFirstUs);
        m_observedLastUs = m_observations == 0 ? o.timeLastUs : std::max(m_observedLastUs, o.timeLastUs);
        ++m_observations;
    }
}

qsizetype StoreWriteSession::readBack(LookupRow *out, qsizetype max)
{
    qsizetype n = 0;
    while (n < max) {
        if (m_readBackAt == m_readBackBlock.size()) {
            if (m_readBackNext >= m_readBackEnd)
                break;
            m_readBack.bind(1, m_meta.id).bind(2, m_readBackNext);
            if (!m_readBack.step())
                throw Failure(Failure::Kind::Corrupt,
                              QStringLiteral("%1: the block of lookups from rowid %2 is missing while sorting")
                                  .arg(m_db.path())
                                  .arg(m_readBackNext));
            const qsizetype count = qsizetype(m_readBack.int64(0));
            std::vector<qint64> ts(static_cast<size_t>(count));
            std::vector<quint32> column(static_cast<size_t>(count)), ttls(static_cast<size_t>(count));
            m_readBackBlock.assign(size_t(count), LookupRow{});
            bool ok = ColumnCodec::decodeTimes(m_readBack.blob(1), ts.data(), count);
            for (int field = 0; ok && field < 5; ++field) {
                ok = ColumnCodec::decodeNames(m_readBack.blob(2 + field), column.data(), count);
                for (qsizetype i = 0; ok && i < count; ++i)
                    m_readBackBlock[size_t(i)].names[size_t(field)] = column[size_t(i)];
            }
            ok = ok &&
                ColumnCodec::decodeFlags(m_readBack.isNull(7) ? QByteArrayView() : m_readBack.blob(7), column.data(),
                                         count);
            for (qsizetype i = 0; ok && i < count; ++i)
                m_readBackBlock[size_t(i)].flags = quint8(column[size_t(i)]);
            ok = ok &&
                ColumnCodec::decodeAnswers(m_readBack.isNull(8) ? QByteArrayView() : m_readBack.blob(8), column.data(),
                                           ttls.data(), count);
            if (!ok)
                throw Failure(
                    Failure::Kind::Corrupt,
                    QStringLiteral("%1: a block of lookups written by this import does not decode").arg(m_db.path()));
            for (qsizetype i = 0; i < count; ++i) {
                LookupRow &row = m_readBackBlock[size_t(i)];
                row.tsUs = ts[size_t(i)];
                row.answers = column[size_t(i)];
                row.answerTtl = ttls[size_t(i)];
            }
            m_readBack.reset();
            m_readBackAt = 0;
            m_readBackNext += count;
        }
        const size_t take = std::min(size_t(max - n), m_readBackBlock.size() - m_readBackAt);
        std::copy_n(m_readBackBlock.begin() + qsizetype(m_readBackAt), take, out + n);
        m_readBackAt += take;
        n += qsizetype(take);
    }
    return n;
}

qint64 StoreWriteSession::datasetWithSha256(const QString &sha256)
{
    Statement find = m_db.prepare("SELECT id FROM datasets WHERE sha256 = ? AND id <> ? LIMIT 1");
    find.bind(1, sha256).bind(2, m_meta.id);
    return find.step() ? find.int64(0) : 0;
}

DatasetInfo StoreWriteSession::commit(const QString &sha256, qint64 rejected)
{
    if (m_sorter.spilling()) {
        // Rows written so far get merged with the spilled runs and written again after them.
        m_readBackNext = m_firstRowid;
        m_readBackEnd = m_nextRowid;
        m_readBack = m_db.prepare("SELECT row_count, ts, client, qname, qtype, rcode, server, flags, answers"
                                  " FROM lookup_blocks WHERE dataset = ? AND first_rowid = ?");
        const qint64 dropFrom = m_firstRowid, dropTo = m_nextRowid - 1;
        m_count = 0;
        m_firstRowid = m_nextRowid;
        m_rollups->restart();
        m_sorter.finish([this](LookupRow *out, qsizetype max) { return readBack(out, max); });
        m_readBack = Statement();
        m_readBackBlock = {};
        Statement drop = m_db.prepare("DELETE FROM lookups WHERE rowid BETWEEN ? AND ?");
        drop.bind(1, dropFrom).bind(2, dropTo).exec();
        Statement dropBlocks = m_db.prepare("DELETE FROM lookup_blocks WHERE dataset = ? AND first_rowid <= ?");
        dropBlocks.bind(1, m_meta.id).bind(2, dropTo).exec();
    } else {
        m_sorter.finish({});
    }
    m_rollups->finish();
    const bool observations = m_count == 0 && m_observations > 0;
    if (observations) {
        m_meta.kind = DatasetKind::Observations;
        m_meta.tsMinUs = m_observedFirstUs;
        m_meta.tsMaxUs = m_observedLastUs;
    }
    m_meta.records = observations ? m_observations : m_count;
    m_meta.rejected = rejected;
    m_meta.sha256 = sha256;
    Statement update = m_db.prepare("UPDATE datasets SET sha256 = ?, record_count = ?, rejected_count = ?,"
                                    " ts_min = ?, ts_max = ?, first_rowid = ?, last_rowid = ?, kind = ? WHERE id = ?");
    update.bind(1, sha256).bind(2, m_meta.records).bind(3, rejected);
    if (m_meta.records > 0)
        update.bind(4, m_meta.tsMinUs).bind(5, m_meta.tsMaxUs);
    else
        update.bindNull(4).bindNull(5);
    update.bind(6, m_firstRowid).bind(7, m_nextRowid - 1);
    update.bind(8, QByteArrayView(observations ? "observations" : "lookups")).bind(9, m_meta.id).exec();
    m_transaction->commit();
    m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    return m_meta;
}
