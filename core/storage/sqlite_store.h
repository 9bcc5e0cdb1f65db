// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book.h"
#include "answer_set_table.h"
#include "lookup_counter.h"
#include "lookup_source.h"
#include "lookup_store.h"
#include "owner_directory.h"
#include "owner_field_values.h"
#include "timeline_engine.h"
#include "view_engine.h"

#include <atomic>
#include <memory>
#include <mutex>

class SqliteDb;

struct RecordMatches;

// The single-file store: an SQLite database with the schema of StoreSchema.
// Views are binned by ViewEngine from the datasets' rollups and from lookup_blocks decoded a
// block at a time (LookupSource, a cache bounded by bytes); drill-downs and analyses walk the
// blocks too. So its memory follows the view, not the number of lookups, and binning never
// scans SQL. One connection, guarded by a mutex: every method is thread-safe. Imports write
// through their own connection (DatasetWriter); the caches notice new data by PRAGMA
// data_version.
class SqliteStore : public LookupStore {
public:
    SqliteStore(const QString &path, StoreOpenMode mode);
    ~SqliteStore() override;

    QString location() const override { return m_path; }
    QList<DatasetInfo> datasets() override;
    BinTable bins(const BinQuery &query) override;
    RecordPage records(const RecordQuery &query, qint64 offset, qint64 limit) override;
    RecordPage recordsUncounted(const RecordQuery &query, qint64 offset, qint64 limit) override;
    TimeRange extent(const QList<qint64> &datasetIds) override;
    QList<Observation> observations(const ObservationQuery &query) override; // sqlite_store_observations.cpp
    PairTimes pairTimes(const BinQuery &query, qint64 minLookups) override;  // sqlite_store_analysis.cpp
    PairGaps pairGaps(const BinQuery &query, qint64 minLookups,
                      const std::function<bool(double)> &progress) override; // sqlite_store_analysis.cpp
    void pairGapsByShare(const BinQuery &query, qint64 minLookups, qint64 budgetBytes,
                         const std::function<bool(double)> &progress, const PairGapsShareFn &each) override;
    QList<DatasetSilences> silences(const BinQuery &query, qint64 gapUs) override;
    QnameCounts qnameCounts(const BinQuery &query) override;
    AnswerGroups answerGroups(const BinQuery &query, qsizetype maxTimes) override; // sqlite_store_resolutions.cpp
    void renameDataset(qint64 id, const QString &name) override;
    void deleteDataset(qint64 id) override;
    QList<TimelineEvent> events() override;
    qint64 addEvent(const TimelineEvent &event) override;
    QList<qint64> addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series = {}) override;
    void updateEvent(const TimelineEvent &event) override;
    void deleteEvent(qint64 id) override;
    void restoreEvent(const TimelineEvent &event) override;
    QList<EventSeries> eventSeries() override;
    void updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) override;
    void deleteSeries(qint64 id) override;
    void restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences) override;
    std::unique_ptr<DatasetSink> beginImport(const DatasetInfo &meta) override;
    QList<AddressBookEntry> addressBook() override; // sqlite_store_address_book.cpp
    qint64 addAddressEntry(const AddressBookEntry &entry) override;
    void updateAddressEntry(const AddressBookEntry &entry) override;
    void deleteAddressEntry(qint64 id) override;
    void restoreAddressEntry(const AddressBookEntry &entry) override;
    AddressBookImport importAddressBook(const QList<AddressBookEntry> &entries, bool replace) override;
    // The store's address book with the databases (.mmdb paths, opened through MmdbDatabase),
    // the same object as long as neither changes. Throws Failure for a database that cannot be read.
    OwnerDirectoryPtr ownerDirectory(const QStringList &databases);
    QByteArray redactionKey() override; // sqlite_store_meta.cpp
    std::optional<QString> readOnlyReason() const override { return m_readOnlyReason; }
    qint64 changeStamp() override; // PRAGMA data_version, when the connection is free

    QList<qint64> datasetsWithoutRollups() override;
    void buildRollups(const std::function<bool(double)> &progress) override;

    TimelineEngine::NameTable names();
    // The store's answer sets (empty in a store older than version 5); replaced, like names(),
    // when another connection commits.
    AnswerSetTablePtr answerSets();
    // bins() without the rollups: every lookup counted from its block (to check them against).
    BinTable binsFromLookups(const BinQuery &query);
    // How the last bins() was counted.
    ViewEngine::Level lastBinLevel() const { return m_view->lastLevel(); }
    // The bytes of decoded blocks held (bounded by LookupSource's cache).
    size_t cachedBlockBytes() const { return m_source->cachedBytes(); }

private:
    // The lookup datasets a query selects, in id order, and the names it needs.
    QList<ViewDataset> viewDatasets(const QList<qint64> &selected);
    BinTable binsOf(const BinQuery &query, bool useRollups);
    void prepareConnection();
    void refreshIfChanged();
    qint64 insertEvent(const TimelineEvent &event, qint64 id = 0);           // m_mutex held; id 0: a new one
    qint64 insertSeries(const EventSeries &series, qint64 id = 0);           // the same
    void writeEvent(const TimelineEvent &event);                             // m_mutex held; by id
    qint64 insertAddressEntry(const AddressBookEntry &entry, qint64 id = 0); // m_mutex held
    // The values of the owner fields the query's split and filters name, for the name ids of
    // these datasets' source columns (from their value counts where the rollups hold them, else
    // from their blocks).
    DerivedFields ownerValues(const BinQuery &query, const TimelineEngine::NameTable &names,
                              const QList<ViewDataset> &datasets);
    // The distinct name ids of a dataset's column.
    std::vector<quint32> columnIds(qint64 datasetId, int column);

    QString m_path;
    bool m_readOnly = false;
    std::optional<QString> m_readOnlyReason;
    std::atomic<qint64> m_changeStamp = -1;
    int m_schemaVersion = 0; // a read-only open of a version 1 store has no observations
    std::unique_ptr<SqliteDb> m_db;
    std::recursive_mutex m_mutex;
    TimelineEngine::NameTable m_names;
    AnswerSetTablePtr m_answerSets;
    qint64 m_dataVersion = -1;
    std::unique_ptr<LookupSource> m_source;
    std::unique_ptr<ViewEngine> m_view;
    AddressBookPtr m_book;    // compiled on first use; reset by writes
    bool m_bookStale = false; // another connection committed: compare before reuse
    OwnerDirectoryPtr m_ownerDirectory;
    OwnerFieldValues m_ownerValues;
    // The matches of the last records() query (sqlite_store_records.cpp), guarded by its own mutex.
    std::shared_ptr<const RecordMatches> recordMatches(const RecordQuery &query);
    RecordPage readPage(const RecordQuery &query, qint64 offset, qint64 limit, bool counted);
    std::shared_ptr<const RecordMatches> m_recordMatches;
    std::mutex m_recordMutex;
};
