// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_source.h"

#include "column_codec.h"
#include "sqlite_db.h"

#include <array>
#include <optional>

namespace {

size_t bytesOf(const DatasetColumns &d)
{
    size_t sum = d.ts.capacity() * sizeof(qint64);
    for (const auto &c : d.names)
        sum += c.capacity() * sizeof(quint32);
    return sum + sizeof(DatasetColumns);
}

bool hasAll(const DatasetColumns &d, const QList<int> &columns)
{
    for (int c : columns) {
        if (!d.hasNames(c))
            return false;
    }
    return true;
}

Failure damaged(const SqliteDb &db, qint64 datasetId)
{
    return Failure(Failure::Kind::Corrupt,
                   QStringLiteral("%1: the time index of dataset %2 is damaged").arg(db.path()).arg(datasetId));
}

// One lookup_blocks row's blobs, copied out of SQLite so that they are decoded without the
// connection's mutex (several threads decode blocks at once).
struct BlockRow {
    qint64 rows = 0;
    QByteArray ts;
    std::array<std::optional<QByteArray>, kColumnCount> columns; // the wanted ones; nullopt: NULL
    static BlockRow read(const Statement &st, bool withTimes, const QList<int> &columns)
    {
        BlockRow out;
        out.rows = st.int64(0);
        if (withTimes)
            out.ts = st.blob(1).toByteArray();
        for (int c : columns) {
            if (!st.isNull(2 + c))
                out.columns[size_t(c)] = st.blob(2 + c).toByteArray();
        }
        return out;
    }
};

// Decodes one lookup_blocks row (columns: row_count, ts, client … server, flags, answers) into out,
// which holds `rows` lookups: times unless haveTimes, and the listed name columns.
bool decodeRow(const BlockRow &row, DatasetColumns &out, qint64 rows, bool haveTimes, const QList<int> &columns)
{
    if (row.rows != rows)
        return false;
    if (!haveTimes) {
        out.ts.resize(size_t(rows));
        if (!ColumnCodec::decodeTimes(row.ts, out.ts.data(), rows))
            return false;
    }
    for (int c : columns) {
        auto &column = out.names[size_t(c)];
        column.resize(size_t(rows));
        const std::optional<QByteArray> &blob = row.columns[size_t(c)];
        if (c == kAnswerColumn) {
            if (!ColumnCodec::decodeAnswers(blob ? QByteArrayView(*blob) : QByteArrayView(), column.data(), nullptr,
                                            rows))
                return false;
        } else if (c != kProtoColumn) {
            if (!ColumnCodec::decodeNames(blob ? QByteArrayView(*blob) : QByteArrayView(), column.data(), rows))
                return false;
        } else {
            if (!ColumnCodec::decodeFlags(blob ? QByteArrayView(*blob) : QByteArrayView(), column.data(), rows))
                return false;
            for (quint32 &v : column)
                v = LookupFlags::protoId(quint8(v));
        }
    }
    return true;
}

} // namespace

LookupSource::LookupSource(SqliteDb &db, std::recursive_mutex &dbMutex, int schemaVersion, size_t cacheBytes)
    : m_db(db), m_dbMutex(dbMutex), m_schemaVersion(schemaVersion), m_cacheBytes(cacheBytes)
{}

LookupSource::~LookupSource() = default;

void LookupSource::clear()
{
    std::lock_guard guard(m_mutex);
    m_indexes.clear();
    m_hasRollups.clear();
    m_lru.clear();
    m_bytes = 0;
}

std::shared_ptr<const LookupBlockIndex> LookupSource::index(qint64 datasetId)
{
    {
        std::lock_guard guard(m_mutex);
        if (auto found = m_indexes.value(datasetId))
            return found;
    }
    auto index = std::make_shared<LookupBlockIndex>();
    index->datasetId = datasetId;
    {
        std::lock_guard db(m_dbMutex);
        Statement st = m_db.prepare(kIndexSql);
        st.bind(1, datasetId);
        qint64 row = 0;
        while (st.step()) {
            const LookupBlockIndex::Block b{st.int64(0), row, st.int64(1), st.int64(2), st.int64(3)};
            if (b.rows <= 0 || b.tsMin > b.tsMax ||
                (!index->blocks.empty() &&
                 (b.tsMin < index->blocks.back().tsMax ||
                  b.firstRowid != index->blocks.back().firstRowid + index->blocks.back().rows)))
                throw damaged(m_db, datasetId);
            index->blocks.push_back(b);
            row += b.rows;
        }
    }
    std::lock_guard guard(m_mutex);
    m_indexes.insert(datasetId, index);
    return index;
}

DatasetColumnsPtr LookupSource::decode(qint64 datasetId, const LookupBlockIndex::Block &block,
                                       const QList<int> &columns, const DatasetColumns *have)
{
    auto out = std::make_shared<DatasetColumns>();
    out->datasetId = datasetId;
    out->firstRowid = block.firstRowid;
    QList<int> wanted;
    for (int c : columns) {
        if (!(have && have->hasNames(c)) && !wanted.contains(c))
            wanted.append(c);
    }
    if (have) {
        out->ts = have->ts;
        for (int c = 0; c < kColumnCount; ++c) {
            if (have->hasNames(c))
                out->names[size_t(c)] = have->names[size_t(c)];
        }
    }
    // Only the wanted columns are read (SQLite copies every blob a statement names); the others
    // are NULL in their place. A read-only version 2 store has no flags: every lookup is plain
    // DNS; before version 5 no lookup has answers.
    static constexpr const char *kColumns[kColumnCount] = {"client", "qname", "qtype",  "rcode",
                                                           "server", "flags", "answers"};
    QByteArray sql("SELECT row_count, ts");
    for (int c = 0; c < kColumnCount; ++c) {
        const bool stored = (c != kProtoColumn || m_schemaVersion >= 3) && (c != kAnswerColumn || m_schemaVersion >= 5);
        sql += QByteArray(", ") + (stored && wanted.contains(c) ? kColumns[c] : "NULL");
    }
    std::optional<BlockRow> row;
    {
        std::lock_guard db(m_dbMutex);
        Statement st = m_db.prepare(sql + " FROM lookup_blocks WHERE dataset = ? AND first_rowid = ?");
        st.bind(1, datasetId).bind(2, block.firstRowid);
        if (st.step())
            row = BlockRow::read(st, have == nullptr, wanted);
    }
    if (!row || !decodeRow(*row, *out, block.rows, have != nullptr, wanted))
        throw damaged(m_db, datasetId);
    return out;
}

DatasetColumnsPtr LookupSource::block(qint64 datasetId, size_t b, const QList<int> &columns, bool keep)
{
    DatasetColumnsPtr have;
    {
        std::lock_guard guard(m_mutex);
        for (auto it = m_lru.begin(); it != m_lru.end(); ++it) {
            if (it->datasetId == datasetId && it->block == b) {
                have = it->columns;
                if (hasAll(*have, columns)) {
                    m_lru.splice(m_lru.begin(), m_lru, it);
                    return have;
                }
                if (keep) {
                    m_bytes -= it->bytes;
                    m_lru.erase(it);
                }
                break;
            }
        }
    }
    const auto idx = index(datasetId);
    if (b >= idx->blocks.size())
        throw damaged(m_db, datasetId);
    DatasetColumnsPtr decoded = decode(datasetId, idx->blocks[b], columns, have.get());
    if (!keep)
        return decoded;
    std::lock_guard guard(m_mutex);
    const size_t bytes = bytesOf(*decoded);
    m_lru.push_front({datasetId, b, decoded, bytes});
    m_bytes += bytes;
    while (m_bytes > m_cacheBytes && m_lru.size() > 1) {
        m_bytes -= m_lru.back().bytes;
        m_lru.pop_back();
    }
    return decoded;
}

void LookupSource::forEachBlock(qint64 datasetId, size_t first, size_t last, const QList<int> &columns,
                                const std::function<bool(size_t, const DatasetColumns &)> &visit)
{
    const auto idx = index(datasetId);
    for (size_t b = first; b < std::min(last, idx->blocks.size()); ++b) {
        if (!visit(b, *block(datasetId, b, columns, false)))
            return;
    }
}

bool LookupSource::hasRollups(qint64 datasetId)
{
    {
        std::lock_guard guard(m_mutex);
        const auto found = m_hasRollups.constFind(datasetId);
        if (found != m_hasRollups.constEnd())
            return *found;
    }
    bool has = false;
    {
        std::lock_guard db(m_dbMutex);
        if (m_db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'lookup_rollups'") > 0) {
            Statement st = m_db.prepare("SELECT 1 FROM lookup_rollups WHERE dataset = ? AND field = 6 LIMIT 1");
            st.bind(1, datasetId);
            has = st.step();
        }
    }
    std::lock_guard guard(m_mutex);
    m_hasRollups.insert(datasetId, has);
    return has;
}

std::vector<std::pair<quint32, qint64>> LookupSource::valueCounts(qint64 datasetId, int field)
{
    std::vector<std::pair<quint32, qint64>> out;
    std::lock_guard db(m_dbMutex);
    Statement st = m_db.prepare("SELECT value, lookups FROM lookup_value_counts WHERE dataset = ? AND field = ?");
    st.bind(1, datasetId).bind(2, field);
    while (st.step())
        out.emplace_back(quint32(st.int64(0)), st.int64(1));
    return out;
}

void LookupSource::forEachDay(qint64 datasetId, int field, qint64 firstDay, qint64 lastDay,
                              const std::function<void(qint64, const std::optional<QByteArray> &)> &visit)
{
    // Read in slices of days, so that the connection is not held for the whole visit.
    constexpr qint64 kSlice = 16;
    for (qint64 from = firstDay; from <= lastDay; from += kSlice) {
        std::vector<std::pair<qint64, std::optional<QByteArray>>> rows;
        {
            std::lock_guard db(m_dbMutex);
            Statement st = m_db.prepare("SELECT day, minutes FROM lookup_rollups"
                                        " WHERE dataset = ? AND field = ? AND day BETWEEN ? AND ? ORDER BY day");
            st.bind(1, datasetId).bind(2, field).bind(3, from).bind(4, std::min(lastDay, from + kSlice - 1));
            while (st.step())
                rows.emplace_back(st.int64(0),
                                  st.isNull(1) ? std::nullopt : std::optional<QByteArray>(st.blob(1).toByteArray()));
        }
        for (const auto &[day, blob] : rows)
            visit(day, blob);
    }
}

size_t LookupSource::cachedBytes() const
{
    std::lock_guard guard(m_mutex);
    return m_bytes;
}
