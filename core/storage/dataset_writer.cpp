// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_writer.h"

#include "answer_set_text.h"
#include "store_write_session.h"

#include <algorithm>

namespace {
constexpr size_t kBatchRows = 16384; // with kMaxQueued: about 10 MB in flight
constexpr size_t kMaxQueued = 4;
constexpr size_t kSpareBatches = 2; // emptied batches kept for reuse
constexpr size_t kBatchObservations = 8192;
constexpr size_t kGroupRows = 16; // names hashed and prefetched together
// Names go into the store with their batch while the names index stays small (see Options); its
// entries cost about their text and this much more (rowid, record and cell headers, pages not
// full). Past it they are held back and inserted sorted at the end, or whenever this many are held.
constexpr size_t kIndexBytesPerName = 16;
constexpr size_t kMaxHeldNames = size_t(1) << 21;
} // namespace

DatasetWriter::DatasetWriter(const QString &storePath, const DatasetInfo &meta)
    : DatasetWriter(storePath, meta, Options{})
{}

DatasetWriter::DatasetWriter(const QString &storePath, const DatasetInfo &meta, Options options)
    : m_session(std::make_unique<StoreWriteSession>(storePath, meta, options.sortChunkRows)),
      m_namesInCacheBytes(size_t(std::max<qsizetype>(0, options.namesInCacheBytes)))
{
    m_session->preloadNames(m_interner);
    m_session->preloadAnswerSets(m_answerSets);
    m_batch = spareBatch();
    m_writes = std::make_unique<BoundedWorkQueue<Interned>>(kMaxQueued, 1,
                                                            [this](Interned &interned, int) { store(interned); });
    m_interning = std::make_unique<BoundedWorkQueue<Batch>>(kMaxQueued, 1, [this](Batch &batch, int) {
        Interned out;
        intern(batch, out);
        takeNewNames(out, false);
        out.observations = std::move(batch.observations);
        keepSpare(std::move(batch));
        m_writes->push(std::move(out)); // throws the writer thread's failure, if any
    });
}

DatasetWriter::~DatasetWriter()
{
    m_interning->abort();
    m_writes->abort();
}

void DatasetWriter::add(const RawLookup &lookup)
{
    RawRow row;
    row.tsUs = lookup.tsUs;
    row.flags = lookup.flags;
    const std::array<QByteArrayView, 5> names = {lookup.client, lookup.qname, lookup.qtype, lookup.rcode,
                                                 lookup.server};
    std::vector<char> &text = m_batch.text;
    for (size_t field = 0; field < names.size(); ++field) {
        row.offset[field] = quint32(text.size());
        row.length[field] = quint32(names[field].size());
        text.insert(text.end(), names[field].begin(), names[field].end());
    }
    row.answersOffset = quint32(text.size());
    row.answerTtl = 0;
    if (!lookup.answers.empty()) {
        m_answerText.resize(0);
        row.answerTtl = AnswerSetText::append(m_answerText, lookup.answers);
        text.insert(text.end(), m_answerText.cbegin(), m_answerText.cend());
    }
    row.answersLength = quint32(text.size() - row.answersOffset);
    m_batch.rows.push_back(row);
    if (m_batch.rows.size() >= kBatchRows || text.size() >= (size_t(1) << 30))
        flushBatch();
}

void DatasetWriter::addObservation(const RawObservation &o)
{
    m_batch.observations.push_back({o.rrname.toByteArray(), o.rrtype.toByteArray(), o.rdata.toByteArray(),
                                    o.bailiwick.toByteArray(), o.timeFirstUs, o.timeLastUs, o.count, o.zoneTimes});
    if (m_batch.observations.size() >= kBatchObservations)
        flushBatch();
}

void DatasetWriter::intern(Batch &batch, Interned &out)
{
    const size_t n = batch.rows.size();
    out.rows.resize(n);
    auto name = [&batch](const RawRow &row, size_t field) {
        return QByteArrayView(batch.text.data() + row.offset[field], row.length[field]);
    };
    std::array<quint64, kGroupRows * 5> hashes{};
    for (size_t group = 0; group < n; group += kGroupRows) {
        const size_t end = std::min(n, group + kGroupRows);
        for (size_t i = group; i < end; ++i) {
            for (size_t field = 0; field < 5; ++field) {
                const QByteArrayView text = name(batch.rows[i], field);
                if (text.isEmpty())
                    continue;
                const quint64 hash = NameInterner::hashOf(text);
                m_interner.prefetch(hash);
                hashes[(i - group) * 5 + field] = hash;
            }
        }
        for (size_t i = group; i < end; ++i) {
            for (size_t field = 0; field < 5; ++field) {
                if (batch.rows[i].length[field])
                    m_interner.prefetchText(hashes[(i - group) * 5 + field]);
            }
        }
        for (size_t i = group; i < end; ++i) {
            LookupRow &row = out.rows[i];
            row.tsUs = batch.rows[i].tsUs;
            row.flags = batch.rows[i].flags;
            for (size_t field = 0; field < 5; ++field) {
                const QByteArrayView text = name(batch.rows[i], field);
                row.names[field] = text.isEmpty() ? 0 : m_interner.intern(text, hashes[(i - group) * 5 + field]);
            }
            const RawRow &raw = batch.rows[i];
            row.answers = m_answerSets.intern(QByteArrayView(batch.text.data() + raw.answersOffset, raw.answersLength));
            row.answerTtl = raw.answerTtl;
        }
    }
}

// The names and answer sets a batch brought are stored with it, on the writer thread while the
// importing thread parses on: sorted per batch, SQLite's inserts into the names index cost about
// what one sorted insert of them all at the end did, and the end of the import no longer waits
// for them (351,007 new names took 0.2 s of one core there). That holds while the index stays in
// the page cache: each batch's names land all over it, and an index larger than the cache would
// be written to the WAL again at every batch. A dictionary past Options::namesInCacheBytes (an
// import into a store of millions of names) therefore holds its new names back and inserts them
// sorted, in one pass over the index, at the end (or every kMaxHeldNames). Answer sets have no
// index: they are appended with their batch whatever their number.
void DatasetWriter::takeNewNames(Interned &out, bool all)
{
    const size_t indexBytes = m_interner.textBytes() + kIndexBytesPerName * size_t(m_interner.size());
    if (all || indexBytes < m_namesInCacheBytes || m_interner.newCount() >= kMaxHeldNames)
        out.names = m_interner.takeNew();
    out.answerSets = m_answerSets.takeNew();
}

void DatasetWriter::store(Interned &interned)
{
    m_session->addNames(interned.names);
    m_session->addAnswerSets(interned.answerSets);
    m_session->addRows(interned.rows);
    m_session->addObservations(interned.observations);
}

void DatasetWriter::flushBatch()
{
    m_interning->push(std::move(m_batch));
    m_batch = spareBatch();
}

// A stored batch's buffers, emptied, are filled again by add(): warm memory of the size the
// input needs, not fresh pages faulted in for every batch (and text grown by copying).
void DatasetWriter::keepSpare(Batch &&batch)
{
    batch.rows.clear();
    batch.text.clear();
    batch.observations.clear();
    const std::lock_guard lock(m_spareMutex);
    if (m_spare.size() < kSpareBatches)
        m_spare.push_back(std::move(batch));
}

DatasetWriter::Batch DatasetWriter::spareBatch()
{
    {
        const std::lock_guard lock(m_spareMutex);
        if (!m_spare.empty()) {
            Batch batch = std::move(m_spare.back());
            m_spare.pop_back();
            return batch;
        }
    }
    Batch batch;
    batch.rows.reserve(kBatchRows);
    batch.text.reserve(kBatchRows * 48);
    return batch;
}

void DatasetWriter::finishWrites()
{
    if (m_finished)
        return;
    m_finished = true;
    flushBatch();
    m_interning->finish(); // throws its failure or the writer thread's, if any
    Interned last;         // the interning thread has ended: the names it held back are ours now
    takeNewNames(last, true);
    m_writes->push(std::move(last));
    m_writes->finish();
}

qint64 DatasetWriter::datasetWithSha256(const QString &sha256)
{
    finishWrites();
    return m_session->datasetWithSha256(sha256);
}

DatasetInfo DatasetWriter::commit(const QString &sha256, qint64 rejected)
{
    finishWrites();
    DatasetInfo info = m_session->commit(sha256, rejected);
    m_session.reset();
    return info;
}

void DatasetWriter::abort()
{
    m_interning->abort();
    m_writes->abort();
    m_session.reset(); // rolls back
}
