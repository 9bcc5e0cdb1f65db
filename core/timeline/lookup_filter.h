// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "bin_query.h"
#include "dataset_columns.h"
#include "derived_values.h"

#include <QList>

#include <unordered_set>
#include <utility>
#include <vector>

// Which lookups a view keeps: its field filters (all must match) and, after them, its
// excluded (client, qname) pairs, compiled once against the store's name table so that a
// row is tested with a few array reads. Shared by TimelineEngine and the analyses that read
// lookups from the columns (periodicity, derived name counts), so they all see one view.
// An answer filter keeps a lookup when any of its answers matches (AnswerSetTable). A filter
// on an owner field (client_owner=Bank*) is compiled onto its source column through the
// field's DerivedValues: a name passes when its value matches; an answer owner filter
// (answer_owner=Bank*) keeps a lookup when any of its answers' owners matches, like answer.
// A default-constructed filter keeps everything. Immutable after construction; thread-safe.
// Cost to build: one glob match per name (or answer value) per filter and one pass over the
// names for the pairs; passes() is O(filters) plus one hash probe with pairs.
class LookupFilter {
public:
    LookupFilter() = default;
    // answers: the store's answer sets, for answer filters (null: no lookup has answers).
    // derived: the values of the owner fields the filters name (a missing one: no lookup has
    // a value for it).
    LookupFilter(const QList<FieldFilter> &filters, const QList<ClientQnamePair> &excluded,
                 const std::vector<QString> &names, const AnswerSetTable *answers = nullptr,
                 const DerivedFields &derived = {});
    // The view's filters and exclusions; names (answers) may be null when the query needs none.
    static LookupFilter forQuery(const BinQuery &query, const std::vector<QString> *names,
                                 const AnswerSetTable *answers = nullptr, const DerivedFields &derived = {});
    // For each id of the column filter f reads (nameFieldIndex; answer set ids for answer),
    // whether it matches.
    static std::vector<bool> matchingIds(const FieldFilter &f, const std::vector<QString> &names,
                                         const AnswerSetTable *answers = nullptr, const DerivedFields &derived = {});
    // The DatasetColumns columns passes() reads for the query's filter, after those in `also`
    // (load them all in the DatasetColumns).
    static QList<int> neededColumns(const BinQuery &query, QList<int> also = {});

    bool isEmpty() const { return m_byColumn.empty() && !m_hasExclusions; }
    bool hasExclusions() const { return m_hasExclusions; }
    // The name columns the field filters test (without the exclusions' client and qname).
    QList<int> testedColumns() const;
    // Whether a value of a column passes every field filter on that column (true for a column
    // no filter tests). With exclusions, passes() decides.
    bool passesValue(int column, quint32 id) const
    {
        for (const auto &[c, pass] : m_byColumn) {
            if (c == column && (id >= pass.size() || !pass[id]))
                return false;
        }
        return true;
    }
    // row of d: its name columns neededColumns() lists must be loaded.
    bool passes(const DatasetColumns &d, size_t row) const
    {
        for (const auto &[column, pass] : m_byColumn) {
            const quint32 id = d.names[size_t(column)][row];
            if (id >= pass.size() || !pass[id])
                return false;
        }
        return !m_hasExclusions || !m_excluded.contains(quint64(d.names[m_client][row]) << 32 | d.names[m_qname][row]);
    }

private:
    std::vector<std::pair<int, std::vector<bool>>> m_byColumn;
    bool m_hasExclusions = false;
    size_t m_client = 0, m_qname = 0;
    std::unordered_set<quint64> m_excluded; // client id << 32 | qname id
};
