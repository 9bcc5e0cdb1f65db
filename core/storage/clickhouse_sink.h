// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounded_work_queue.h"
#include "dataset_info.h"
#include "dataset_sink.h"
#include "lookup_field.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class ClickHouseHttp;
class ClickHouseStore;

// One import into a ClickHouseStore (layout 3, see ClickHouseStore). add() (the importing
// thread) encodes each lookup as a RowBinary row — dataset, ts, seq and the sipHash64 of each
// name (ClickHouseSql::nameHash), the flags byte, then its answers — into the batch of one shard; runs of
// kStripeRows rows go to the shards in turn, and one sender thread per shard POSTs full
// batches of kBatchRows to the shards' lookups_local, so parsing, encoding and every shard's
// insert overlap. add() also collects the import's distinct names (sent to `names` in batches)
// and its lookups per minute and per name (inserted into lookups_1m_local and name_counts at
// commit: no materialized view runs on the servers; the shards then roll their own rows up
// per qname and hour, ClickHouseStore::fillQnameHours). The rows carry a dataset id reserved by ClickHouseStore::newDatasetId()
// and registered in `datasets` only by commit(): until then no read sees them, and abort() (or
// destruction without commit) drops them again. Memory: at most 2·shards+2 batches of ~30 MB,
// plus ~24 bytes per distinct name. Not thread-safe (one importer), apart from the senders.
class ClickHouseSink : public DatasetSink {
public:
    static constexpr qsizetype kBatchRows = 512 * 1024;
    static constexpr qsizetype kStripeRows = 64 * 1024;

    ClickHouseSink(ClickHouseStore &store, const DatasetInfo &meta);
    ~ClickHouseSink() override;

    void add(const RawLookup &lookup) override;
    qint64 datasetWithSha256(const QString &sha256) override;
    DatasetInfo commit(const QString &sha256, qint64 rejected) override;
    void abort() override;

private:
    struct Batch {
        const ClickHouseHttp *server = nullptr;
        const QByteArray *insert = nullptr; // INSERT … FORMAT RowBinary
        QByteArray rows;
    };
    quint64 hashName(int kind, QByteArrayView name);
    void addAnswers(QByteArray &batch, std::span<const RawAnswer> answers);
    void flushShard(size_t shard);
    void flushNames();
    void countMinute();
    void finishWrites();

    ClickHouseStore &m_store;
    DatasetInfo m_info;
    QByteArray m_insertLookups, m_insertNames;
    std::vector<QByteArray> m_batches; // per shard, being filled
    size_t m_shard = 0;                // where rows go now
    qsizetype m_stripeLeft = kStripeRows;
    std::array<QHash<quint64, quint64>, kColumnCount> m_counts; // lookups per name hash, per kind (nameFieldIndex)
    std::array<quint64, 16> m_protoCounts{};                    // lookups per flags & 15 (what proto depends on)
    QByteArray m_newNames;                                      // RowBinary (kind, h, name) rows not sent yet
    qsizetype m_newNameCount = 0;
    QHash<quint32, quint64> m_perMinute;      // lookups per minute since the epoch
    QByteArray m_answerText;                  // the stored form of the lookup being added
    QSet<quint64> m_knownSets;                // answer sets already sent to `names`
    std::vector<quint64> m_values;            // the lookup's distinct answer values (hashes)
    std::vector<QByteArrayView> m_valueTexts; // and their text, in m_answerText
    quint32 m_minute = 0;
    quint64 m_minuteCount = 0;
    bool m_finished = false;
    bool m_done = false;                             // committed or aborted
    std::unique_ptr<BoundedWorkQueue<Batch>> m_work; // last: its threads use the members above
};
