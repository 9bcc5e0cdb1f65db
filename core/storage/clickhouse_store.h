// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book.h"
#include "clickhouse_http.h"
#include "clickhouse_owner_columns.h"
#include "clickhouse_url.h"
#include "lookup_store.h"
#include "owner_directory.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <mutex>
#include <optional>
#include <utility>
#include <vector>

// A store in a ClickHouse database (optionally spread over a cluster), reached over HTTP.
// Every view is computed by the server: bins, drill-down pages and the split's ranking are SQL
// aggregations, and only their answers travel. Schema, layout 3 (created if missing; README):
//   lookups_local  per shard: MergeTree PARTITION BY dataset ORDER BY (dataset, ts); names are
//                  UInt64 hashes (client_h … server_h: ClickHouseSql::nameHash, 0 = absent);
//                  answers (layout 3): answers_h (the set's hash, names kind 7 its text),
//                  answer_ttl, answer_values (the distinct answers' hashes, names kind 6).
//                  A layout-2 database gets the answer columns on a writable open (metadata
//                  only); opened read-only it is read without answers.
//   lookups        with a cluster: Distributed over lookups_local on every shard
//   lookups_1m_local per shard: lookups per (dataset, minute), SummingMergeTree, written by
//                  ClickHouseSink at commit; lookups_1m is its Distributed table. Views
//                  without name filters or a name split whose edges fall on whole minutes
//                  read it instead of the lookups (≤ 1,440 rows per dataset and day).
//   lookups_1h_qname_local per shard: lookups per (dataset, qname_h, hour), SummingMergeTree,
//                  filled by each shard from its own lookups_local when an import commits
//                  (and, on a writable open, for datasets an earlier version imported);
//                  lookups_1h_qname is its Distributed table. Views whose only name filters
//                  and split are on qname, with bin edges on whole hours, read it
//                  (clickhouse_store_qname_hours.cpp).
//   names          on the URL's server: (kind, h, name), ReplacingMergeTree, every distinct
//                  name once per import; globs become `h IN (names matching)`, and split
//                  values and drill-down rows are resolved from it.
//   datasets, events on the URL's server: versioned rows (argMax(…, version) is the current
//                  state; deleted = 1 removes), since 18.16 has no cheap UPDATE/DELETE.
//   name_counts    on the URL's server: lookups per (dataset, kind, name hash), written at
//                  commit: a split ranked over whole datasets without name filters reads it
//                  instead of the lookups.
//   dataset_ids    on the URL's server: one row per reservation of a dataset id.
// Layout 1 (names as String columns) is refused with a message naming the conversion.
// A dataset's lookups are only visible once its row is in `datasets`: every read names the
// registered dataset ids, so rows of a running or failed import are never counted.
// Thread-safe: HTTP calls are independent; the id counters are guarded. Failures throw
// Failure with the server's message.
class ClickHouseStore : public LookupStore {
public:
    struct Ranked { // one value of a split with its total over the ranking range
        QString value;
        qint64 total = 0;
        quint64 hash = 0; // ClickHouseSql::nameHash(value)
    };
    // The kind in `names` of answer sets' stored text (AnswerSetText); kind nameFieldIndex(Answer)
    // holds the answers' rdata values.
    static constexpr int kAnswerSetKind = 7;

    ClickHouseStore(const QString &location, StoreOpenMode mode);
    ~ClickHouseStore() override;

    QString location() const override { return m_url.display(); }
    QList<DatasetInfo> datasets() override;
    BinTable bins(const BinQuery &query) override;                                      // ClickHouseBinQuery
    RecordPage records(const RecordQuery &query, qint64 offset, qint64 limit) override; // clickhouse_store_records.cpp
    TimeRange extent(const QList<qint64> &datasetIds) override;
    PairTimes pairTimes(const BinQuery &query, qint64 minLookups) override; // clickhouse_store_analysis.cpp
    // The servers find the polls (ClickHousePairGaps); progress is told before and after the query.
    PairGaps pairGaps(const BinQuery &query, qint64 minLookups, const std::function<bool(double)> &progress) override;
    QList<DatasetSilences> silences(const BinQuery &query, qint64 gapUs) override;
    QnameCounts qnameCounts(const BinQuery &query) override;
    AnswerGroups answerGroups(const BinQuery &query, qsizetype maxTimes) override; // clickhouse_store_analysis.cpp
    void renameDataset(qint64 id, const QString &name) override;
    void deleteDataset(qint64 id) override;
    QList<TimelineEvent> events() override; // clickhouse_store_events.cpp
    qint64 addEvent(const TimelineEvent &event) override;
    QList<qint64> addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series = {}) override;
    void updateEvent(const TimelineEvent &event) override;
    void deleteEvent(qint64 id) override;
    void restoreEvent(const TimelineEvent &event) override;
    QList<EventSeries> eventSeries() override;
    void updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) override;
    void deleteSeries(qint64 id) override;
    void restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) override;
    QByteArray redactionKey() override;             // the store_meta table on the URL's server
    QList<AddressBookEntry> addressBook() override; // clickhouse_store_address_book.cpp
    qint64 addAddressEntry(const AddressBookEntry &entry) override;
    void updateAddressEntry(const AddressBookEntry &entry) override;
    void deleteAddressEntry(qint64 id) override;
    void restoreAddressEntry(const AddressBookEntry &entry) override;
    AddressBookImport importAddressBook(const QList<AddressBookEntry> &entries, bool replace) override;
    // The address book with the databases, the same object as long as neither changes (the
    // book is read from the server each time). Throws Failure for a database that cannot be read.
    OwnerDirectoryPtr ownerDirectory(const QStringList &databases);
    // The pushed-down owner fields among split and filters, for the datasets ids
    // (clickhouse_store_address_book.cpp); empty when they name none. Cached per directory,
    // datasets and source column.
    ClickHouseOwnerColumns ownerColumns(const std::optional<LookupField> &split, const QList<FieldFilter> &filters,
                                        const QStringList &databases, const QList<qint64> &ids);
    std::unique_ptr<DatasetSink> beginImport(const DatasetInfo &meta) override; // ClickHouseSink

    // Aborts every query in flight (any thread): closes the connections and kills the queries.
    void cancelRunning();
    // What a read through the Distributed tables failed of, when the URL's server could not
    // reach a shard or waited for one in vain (its message names the shard's native port, or
    // no shard at all): each shard is pinged (kShardPingMs) and the failure returned names the
    // first that does not answer by the endpoint the URL gave, with the ping's own failure.
    // Any other failure, or one after which every shard answers, is returned as it is.
    Failure namingAwayShard(const Failure &failure) const; // clickhouse_store_shards.cpp
    static constexpr int kShardPingMs = 1000;
    // A query of the lookups or their rollup on the URL's server (through the Distributed
    // tables with a cluster): query(), its failure passed through namingAwayShard().
    QByteArray readLookups(const QByteArray &sql) const;

    // For ClickHouseSink and the tests.
    const ClickHouseHttp &entry() const { return m_entry; }
    const std::vector<ClickHouseHttp> &shards() const { return m_shards; }
    QByteArray database() const { return m_url.database.toUtf8(); }
    QByteArray table(const char *name) const { return database() + '.' + name; }
    QByteArray lookupsTable() const; // what reads scan: the Distributed table, or lookups_local
    QByteArray rollupTable() const;  // lookups per dataset and minute: lookups_1m(_local)
    // Lookups per dataset, qname hash and hour (hours since the epoch, UTC):
    // lookups_1h_qname(_local) (clickhouse_store_qname_hours.cpp).
    QByteArray qnameHoursTable() const;
    // Each shard adds the dataset's lookups per (qname, hour) to the rollup from its own
    // lookups (ClickHouseSink at commit, before the dataset is registered); one GROUP BY over
    // the dataset's ts and qname_h on every shard at once. Throws the first shard's failure.
    void fillQnameHours(qint64 id);
    // The rollup holds every dataset of sets with lookups whose id is in ids: false when the
    // table is missing (a read-only open of a database no writer of this version opened) or a
    // dataset has no rows in it (imported by an earlier version since); covered ids are cached.
    bool qnameHoursCover(const QList<DatasetInfo> &sets, const QList<qint64> &ids);
    // An id no other import, running or finished, holds: max + 1, reserved in dataset_ids by
    // an insert that must be the only one for its id (two importers that race both retry).
    qint64 newDatasetId();
    // "client_h IN (SELECT h FROM names WHERE kind = 0 AND …)": where a name field matches
    // NameGlob glob ("1" for "*", which also matches the absent name); for answer, where any
    // of the lookup's answers does; an owner field through owners.
    QByteArray nameCondition(LookupField field, const QString &glob, const ClickHouseOwnerColumns &owners) const;
    // The lookups carry answers (layout 3; false for a layout-2 database opened read-only).
    bool hasAnswers() const { return m_answers; }
    // The names of hashes, from `names`; 0 is the empty name.
    QHash<quint64, QString> namesOf(const QList<quint64> &hashes);
    quint64 newVersion(); // strictly increasing in this process
    void writeDatasetRow(const DatasetInfo &d, bool deleted);
    // Rows of a dataset on every shard, dropped (an aborted import, a deleted dataset). A
    // shard that cannot be reached keeps its rows (never counted: reads name registered ids
    // only); the id is then noted in store_meta (key "drop ID", value "pending") and dropped
    // there by the next writable open of the store. Throws the first shard's failure.
    void dropDatasetRows(qint64 id);
    // For ClickHouseBinQuery: split rankings (the top values, and whether more values have
    // lookups) by their ranking query, kept across calls (clickhouse_store_bins.cpp).
    std::optional<std::pair<QList<Ranked>, bool>> cachedRanking(const QByteArray &key);
    void keepRanking(const QByteArray &key, const QList<Ranked> &ranked, bool more);

private:
    void createSchema(bool create);
    void dropPendingRows();                      // the drops a shard missed before (see dropDatasetRows)
    void markDrop(qint64 id, const char *state); // "pending" or "done", in store_meta
    void checkLayout();
    bool lookupsHaveAnswers() const;
    void addAnswerColumns();
    void createQnameHours(); // the rollup's tables on every shard, then fillMissingQnameHours()
    void fillMissingQnameHours();
    void fillQnameHours(const ClickHouseHttp &shard, const QList<qint64> &ids) const;
    void findShards();
    void writeEvent(const TimelineEvent &event, bool deleted); // clickhouse_store_events.cpp
    void insertEvents(const QByteArray &rows);
    void insertSeries(const QByteArray &rows);
    void writeAddressRows(const QByteArray &rowBinary); // clickhouse_store_address_book.cpp

    ClickHouseUrl m_url;
    bool m_readOnly = false;
    bool m_answers = false;
    ClickHouseHttp m_entry;
    std::vector<ClickHouseHttp> m_shards;
    std::mutex m_mutex;
    std::mutex m_eventMutex;    // id allocation and read-modify-write of events
    bool m_eventSeries = false; // the events table has series_id (read-only opens of older ones do not)
    quint64 m_lastVersion = 0;
    std::mutex m_bookMutex; // read-modify-write of the address book; m_book, m_ownerDirectory
    AddressBookPtr m_book;
    OwnerDirectoryPtr m_ownerDirectory;
    // Labels of a source column's names for (directory, dataset ids), by column.
    struct OwnerLabelCache;
    QHash<int, std::shared_ptr<OwnerLabelCache>> m_ownerLabels;
    // Split rankings (the top values, and whether more values have lookups) by the ranking
    // query; guarded by m_mutex.
    QHash<QByteArray, QPair<QList<Ranked>, bool>> m_rankCache;
    bool m_qnameHours = false;        // lookups_1h_qname exists
    QSet<qint64> m_qnameHoursCovered; // datasets known to be in it; guarded by m_mutex
};
