// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "dataset_columns.h"
#include "lookup_aggregates.h"
#include "pair_index.h"

#include <QString>

#include <vector>

// AnswerGroupCounter: AnswerGroups from lookups in time-sorted columns (DatasetColumns rows,
// dataset after dataset), what SqliteStore answers AggregateQueries::answerGroups with. Needs
// the qname and rcode columns, and the answer column where the store has answers (not loaded:
// no answers). Groups are keyed by ids (PairIndex: two probes per lookup, none while
// consecutive lookups share a group) and turned into text once, by result().
// Holds references to names and sets, which must outlive it. Not thread-safe; one per query.
// Cost: O(lookups) time; per group about 64 bytes, plus maxTimes times per dataset at most.
class AnswerGroupCounter {
public:
    // names: the store's name texts by id; sets: its answer sets (none: no answers).
    AnswerGroupCounter(const std::vector<QString> &names, const AnswerSetTable *sets, qsizetype maxTimes);

    // Starts the next dataset: the rows of one dataset come in time order.
    void beginDataset() { ++m_dataset; }
    void add(const DatasetColumns &d, size_t row);
    AnswerGroups result() const;

private:
    struct Group {
        quint32 qname = 0, set = 0, rcode = 0;
        bool error = false;
        qint64 firstUs = 0, lastUs = 0, lookups = 0;
        std::vector<qint64> errorTimesUs;
        quint32 dataset = 0;    // the dataset errorTimesUs last grew in
        size_t datasetFrom = 0; // where that dataset's times start in errorTimesUs
    };
    QString text(quint32 id) const;
    bool isError(quint32 rcode);

    const std::vector<QString> &m_names;
    const AnswerSetTable *m_sets;
    qsizetype m_maxTimes;
    quint32 m_dataset = 0;
    PairIndex m_named{1024};   // (qname, answer set) → index
    PairIndex m_grouped{1024}; // (that index, rcode) → index into m_groups
    std::vector<Group> m_groups;
    std::vector<signed char> m_errorOf; // by rcode id: -1 not decided yet, 0 no, 1 yes
    quint64 m_lastKey = ~0ULL;          // the last lookup's (qname, set) and rcode, and its group
    quint32 m_lastRcode = 0;
    size_t m_lastGroup = 0;
};
