// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounded_work_queue.h"
#include "dataset_info.h"
#include "dataset_sink.h"
#include "lookup_row.h"
#include "name_interner.h"
#include "observation_row.h"

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class SqliteDb;
class Transaction;
class StoreWriteSession;

// Writes one import into a store as one transaction: the RecordSink an importer fills.
// add() runs on the importing thread and only copies the lookup into a batch; two threads owned
// by this object do the rest as a pipeline: the interning thread maps the batch's names and
// answer sets to ids (a group of rows at a time, prefetching), the writer thread inserts the new
// names, sorts the rows (TimeSorter) and inserts them. Parsing, interning and writing overlap on
// two cores, so that little is left to do on one core when the parser ends (README: "The
// store"). Nothing is visible to other connections until commit(); abort(), a failure, or
// destruction without commit() leaves the store as it was.
// Memory is bounded (a few batches in flight, two more emptied for reuse, and the sorter's
// chunk) whatever the input size, besides the dictionaries of distinct names and answer sets,
// whose new entries the writer thread inserts with the batch that brought them (names sorted
// within the batch; a dictionary too large for the page cache holds them back, see
// takeNewNames).
// Answers: add() writes each lookup's answer section in its stored form (AnswerSetText) beside
// its names; the interning thread interns it as an answer set like a name.
class DatasetWriter : public DatasetSink {
public:
    struct Options {
        qsizetype sortChunkRows = qsizetype(1) << 18; // holds back 128 Ki rows to absorb disorder
        // New names are stored with their batch while the names index is estimated smaller than
        // this (a quarter of the connection's page cache), held back to the end once larger.
        qsizetype namesInCacheBytes = qsizetype(16) << 20;
    };

    // Opens its own connection to the store at path and begins the transaction.
    DatasetWriter(const QString &storePath, const DatasetInfo &meta, Options options);
    DatasetWriter(const QString &storePath, const DatasetInfo &meta);
    ~DatasetWriter() override;

    void add(const RawLookup &lookup) override;
    // Copies the observation into the current batch; the writer thread inserts it.
    void addObservation(const RawObservation &observation) override;

    qint64 datasetWithSha256(const QString &sha256) override;
    DatasetInfo commit(const QString &sha256, qint64 rejected) override;
    void abort() override;

private:
    // Lookups as add() got them, their names packed in text.
    struct RawRow {
        qint64 tsUs;
        std::array<quint32, 5> offset; // in text, per field of LookupRow::names
        std::array<quint32, 5> length;
        quint8 flags;
        quint32 answersOffset, answersLength; // the answer set's stored form in text
        quint32 answerTtl;
    };
    struct Batch {
        std::vector<RawRow> rows;
        std::vector<char> text;
        std::vector<ObservationRow> observations;
    };
    // A batch with ids for names, and the names and answer sets new to the store it brings.
    struct Interned {
        std::vector<LookupRow> rows;
        NameInterner::NewNames names, answerSets;
        std::vector<ObservationRow> observations;
    };
    void flushBatch();
    void intern(Batch &batch, Interned &out); // on the interning thread
    void takeNewNames(Interned &out, bool all);
    void store(Interned &interned); // on the writer thread
    void keepSpare(Batch &&batch);  // on the interning thread
    Batch spareBatch();
    void finishWrites();

    std::unique_ptr<StoreWriteSession> m_session; // the writer thread's, after construction
    NameInterner m_interner;                      // the interning thread's, after construction
    NameInterner m_answerSets;                    // the same, for answer sets
    size_t m_namesInCacheBytes;
    Batch m_batch;
    QByteArray m_answerText; // the importing thread's scratch for one answer set
    bool m_finished = false;
    std::mutex m_spareMutex;
    std::vector<Batch> m_spare; // stored batches' buffers, for add() to fill again
    // Last, in this order: their threads use the members above, the interning thread m_writes.
    std::unique_ptr<BoundedWorkQueue<Interned>> m_writes;
    std::unique_ptr<BoundedWorkQueue<Batch>> m_interning;
};
