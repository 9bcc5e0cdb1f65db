// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_sink.h"

#include "answer_set_text.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "sqlite_db.h"

#include <QDateTime>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>

namespace {
// dataset UInt32, ts UInt64, seq UInt64, then client_h, qname_h, qtype_h, rcode_h, server_h,
// then flags UInt8, then (layout 3) answers_h UInt64, answer_ttl UInt32 and answer_values
// Array(UInt64): a LEB128 count and the hashes. kRowBytes: a row with one answer.
constexpr qsizetype kFixedBytes = 4 + 8 + 8 + 5 * 8 + 1; // up to the flags
constexpr qsizetype kRowBytes = kFixedBytes + 8 + 4 + 1 + 8;
constexpr qsizetype kNamesPerBatch = 1 << 20;
constexpr qint64 kMinuteUs = 60'000'000;

char *putLe(char *at, quint64 v, size_t width)
{
    v = qToLittleEndian(v);
    std::memcpy(at, &v, width);
    return at + width;
}
} // namespace

ClickHouseSink::ClickHouseSink(ClickHouseStore &store, const DatasetInfo &meta) : m_store(store), m_info(meta)
{
    m_info.id = store.newDatasetId();
    m_info.records = 0;
    m_info.tsMinUs = std::numeric_limits<qint64>::max();
    m_info.tsMaxUs = std::numeric_limits<qint64>::min();
    m_insertLookups = "INSERT INTO " + m_store.table("lookups_local") + " FORMAT RowBinary";
    m_insertNames = "INSERT INTO " + m_store.table("names") + " FORMAT RowBinary";
    const size_t shards = m_store.shards().size();
    m_batches.resize(shards);
    for (QByteArray &b : m_batches)
        b.reserve(kBatchRows * kRowBytes);
    m_work = std::make_unique<BoundedWorkQueue<Batch>>(shards, int(shards),
                                                       [](Batch &b, int) { b.server->insert(*b.insert, b.rows); });
}

ClickHouseSink::~ClickHouseSink()
{
    if (!m_done)
        abort();
}

quint64 ClickHouseSink::hashName(int kind, QByteArrayView name)
{
    const quint64 h = ClickHouseSql::nameHash(name);
    QHash<quint64, quint64> &counts = m_counts[size_t(kind)];
    const qsizetype known = counts.size();
    ++counts[h];
    if (h == 0 || counts.size() == known)
        return h;
    ClickHouseRows::putU8(m_newNames, quint8(kind));
    ClickHouseRows::putU64(m_newNames, h);
    ClickHouseRows::putBytes(m_newNames, name);
    if (++m_newNameCount >= kNamesPerBatch)
        flushNames();
    return h;
}

void ClickHouseSink::add(const RawLookup &l)
{
    if (m_stripeLeft-- == 0) {
        m_shard = (m_shard + 1) % m_batches.size();
        m_stripeLeft = kStripeRows - 1;
    }
    const quint64 ts = quint64(std::max<qint64>(l.tsUs, 0));
    const std::array<quint64, 5> h = {hashName(0, l.client), hashName(1, l.qname), hashName(2, l.qtype),
                                      hashName(3, l.rcode), hashName(4, l.server)};
    QByteArray &batch = m_batches[m_shard];
    const qsizetype at = batch.size();
    batch.resize(at + kFixedBytes);
    char *p = batch.data() + at;
    p = putLe(p, quint64(m_info.id), 4);
    p = putLe(p, ts, 8);
    p = putLe(p, quint64(m_info.records), 8);
    for (quint64 v : h)
        p = putLe(p, v, 8);
    *p = char(l.flags);
    addAnswers(batch, l.answers);
    ++m_protoCounts[l.flags & 15];
    ++m_info.records;
    m_info.tsMinUs = std::min(m_info.tsMinUs, l.tsUs);
    m_info.tsMaxUs = std::max(m_info.tsMaxUs, l.tsUs);
    const quint32 minute = quint32(ts / kMinuteUs);
    if (minute != m_minute)
        countMinute();
    m_minute = minute;
    ++m_minuteCount;
    if (batch.size() >= kBatchRows * kRowBytes)
        flushShard(m_shard);
}

// The answer columns of a row; the set's text and the answers' values go to `names` once each,
// and each distinct value counts once per lookup in name_counts (kind nameFieldIndex(Answer)).
void ClickHouseSink::addAnswers(QByteArray &batch, std::span<const RawAnswer> answers)
{
    m_answerText.resize(0);
    const quint32 ttl = AnswerSetText::append(m_answerText, answers);
    const quint64 set = ClickHouseSql::nameHash(QByteArrayView(m_answerText));
    if (set && !m_knownSets.contains(set)) {
        m_knownSets.insert(set);
        ClickHouseRows::putU8(m_newNames, quint8(ClickHouseStore::kAnswerSetKind));
        ClickHouseRows::putU64(m_newNames, set);
        ClickHouseRows::putBytes(m_newNames, m_answerText);
        if (++m_newNameCount >= kNamesPerBatch)
            flushNames();
    }
    m_values.clear();
    m_valueTexts.clear();
    AnswerSetText::forEachLine(m_answerText, [&](const AnswerSetText::Line &line) {
        if (line.rdata.isEmpty() ||
            std::find(m_valueTexts.begin(), m_valueTexts.end(), line.rdata) != m_valueTexts.end())
            return; // no data (no value, as in AnswerSetTable), or a value the lookup already has
        m_valueTexts.push_back(line.rdata);
        m_values.push_back(hashName(nameFieldIndex(LookupField::Answer), line.rdata));
    });
    if (m_values.empty())
        hashName(nameFieldIndex(LookupField::Answer), {}); // counts the lookup as "(none)"
    ClickHouseRows::putU64(batch, set);
    ClickHouseRows::putU32(batch, ttl);
    ClickHouseRows::putLength(batch, m_values.size());
    for (quint64 v : m_values)
        ClickHouseRows::putU64(batch, v);
}

void ClickHouseSink::countMinute()
{
    if (m_minuteCount)
        m_perMinute[m_minute] += m_minuteCount;
    m_minuteCount = 0;
}

void ClickHouseSink::flushShard(size_t shard)
{
    if (m_batches[shard].isEmpty())
        return;
    m_work->push(Batch{&m_store.shards()[shard], &m_insertLookups, std::move(m_batches[shard])});
    m_batches[shard] = QByteArray();
    m_batches[shard].reserve(kBatchRows * kRowBytes);
}

void ClickHouseSink::flushNames()
{
    if (m_newNameCount == 0)
        return;
    m_work->push(Batch{&m_store.entry(), &m_insertNames, std::move(m_newNames)});
    m_newNames = QByteArray();
    m_newNameCount = 0;
}

void ClickHouseSink::finishWrites()
{
    if (m_finished)
        return;
    m_finished = true;
    for (size_t shard = 0; shard < m_batches.size(); ++shard)
        flushShard(shard);
    std::map<QByteArray, quint64> protoCounts; // flags values that spell the same proto add up
    for (quint8 flags = 0; flags < m_protoCounts.size(); ++flags) {
        if (m_protoCounts[flags])
            protoCounts[LookupFlags::protoName(flags).toUtf8()] += m_protoCounts[flags];
    }
    for (const auto &[proto, n] : protoCounts) {
        m_counts[kProtoColumn][ClickHouseSql::nameHash(QByteArrayView(proto))] = n;
        ClickHouseRows::putU8(m_newNames, quint8(kProtoColumn));
        ClickHouseRows::putU64(m_newNames, ClickHouseSql::nameHash(QByteArrayView(proto)));
        ClickHouseRows::putBytes(m_newNames, proto);
        ++m_newNameCount;
    }
    flushNames();
    m_work->finish(); // throws a sender's failure, if any
    countMinute();
    QByteArray rollup;
    for (auto it = m_perMinute.cbegin(); it != m_perMinute.cend(); ++it) {
        ClickHouseRows::putU32(rollup, quint32(m_info.id));
        ClickHouseRows::putU32(rollup, it.key());
        ClickHouseRows::putU64(rollup, it.value());
    }
    if (!rollup.isEmpty())
        m_store.shards().front().insert("INSERT INTO " + m_store.table("lookups_1m_local") + " FORMAT RowBinary",
                                        rollup);
    m_store.fillQnameHours(m_info.id);
    QByteArray perName;
    for (size_t kind = 0; kind < m_counts.size(); ++kind) {
        for (auto it = m_counts[kind].cbegin(); it != m_counts[kind].cend(); ++it) {
            ClickHouseRows::putU32(perName, quint32(m_info.id));
            ClickHouseRows::putU8(perName, quint8(kind));
            ClickHouseRows::putU64(perName, it.key());
            ClickHouseRows::putU64(perName, it.value());
        }
    }
    if (!perName.isEmpty())
        m_store.entry().insert("INSERT INTO " + m_store.table("name_counts") + " FORMAT RowBinary", perName);
}

qint64 ClickHouseSink::datasetWithSha256(const QString &sha256)
{
    finishWrites();
    for (const DatasetInfo &d : m_store.datasets()) {
        if (d.sha256 == sha256)
            return d.id;
    }
    return 0;
}

DatasetInfo ClickHouseSink::commit(const QString &sha256, qint64 rejected)
{
    try {
        finishWrites();
        if (m_info.records == 0)
            m_info.tsMinUs = m_info.tsMaxUs = 0;
        m_info.sha256 = sha256;
        m_info.rejected = rejected;
        m_info.importedAt = QDateTime::currentDateTimeUtc();
        m_store.writeDatasetRow(m_info, false);
    } catch (const Failure &) {
        abort();
        throw;
    }
    m_done = true;
    return m_info;
}

void ClickHouseSink::abort()
{
    m_done = true;
    m_work->abort();
    try {
        m_store.dropDatasetRows(m_info.id);
    } catch (const Failure &) {
        // Unregistered rows stay invisible; their id stays reserved in dataset_ids.
    }
}
