// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "dataset_columns.h"
#include "lookup_filter.h"

#include <QList>

#include <span>
#include <utility>
#include <vector>

// Sorts a view's lookups into keys: a series of the view's split (or the one series without
// one), or, for ranking a split, the value of its field or the dataset. A lookup the view's
// filters drop has key -1. Used on single lookups (decoded blocks) and on rollup entries,
// which count lookups by the value of one field: rollupField() says which field that must be
// for the entries to be sorted exactly like the lookups they count, or -1 when only single
// lookups will do (filters on two fields, a filter on one field and a split on another, or
// excluded pairs). A lookup keyed by its answers (a split by answer, several values per
// lookup) has a key per distinct answer, as TimelineEngine counts it; the rollups keep no
// answers, so a classifier that tests them has no rollup field. An owner field (client_owner
// …) is keyed by its source column's id through its DerivedValues, so the source field's
// rollups serve it.
// Immutable; thread-safe. Cost: passes() of the filter and an array read (per answer).
class LookupClassifier {
public:
    // The rollups' field that counts every lookup (value 0): the stored number 6, next to the
    // five name fields and proto. The answer column shares the number but has no rollups.
    static constexpr int kAllField = 6;
    enum class KeyBy {
        One,     // every kept lookup has key 0
        Value,   // the value of `column`, through valueKeys (the value itself when empty)
        Dataset, // datasetKeys[datasetIndex]
    };

    LookupClassifier() = default;
    // valueKeys: per value id, its key; values past its end have key otherKey. answers: the
    // store's answer sets, needed when column is kAnswerColumn (its values are answer values,
    // AnswerSetTable::values(), and a lookup has those of its set). derived: for a split by an
    // owner field, its values (column is then its source column, and a lookup's value is
    // derived->of(id); for an answer owner field, whose derived->sets replace answers, those of
    // its answer set).
    LookupClassifier(LookupFilter filter, KeyBy by, int column = -1, std::vector<int> valueKeys = {}, int otherKey = -1,
                     std::vector<int> datasetKeys = {}, AnswerSetTablePtr answers = nullptr,
                     DerivedValuesPtr derived = nullptr);

    // The name columns a decoded block needs for ofRow().
    const QList<int> &neededColumns() const { return m_needed; }
    int rollupField() const { return m_rollupField; }

    // visit(key) for each key of a lookup: none when the filters drop it, else one, or with
    // answers one per distinct answer (the value 0, "(none)", without answers) and the key
    // otherKey once however many of its answers map there.
    template<typename Visit>
    void forEachKey(const DatasetColumns &d, size_t row, int datasetIndex, Visit &&visit) const
    {
        if (!m_filter.passes(d, row))
            return;
        switch (m_by) {
        case KeyBy::One:
            visit(0);
            return;
        case KeyBy::Dataset:
            visit(m_datasetKeys[size_t(datasetIndex)]);
            return;
        case KeyBy::Value:
            break;
        }
        const quint32 id = d.names[size_t(m_column)][row];
        if (!m_answers) {
            visit(keyOfValue(m_derived ? m_derived->of(id) : id));
            return;
        }
        const std::span<const quint32> values = m_answers->valuesOf(id);
        if (values.empty()) {
            visit(keyOfValue(0));
            return;
        }
        bool other = false;
        for (quint32 v : values) {
            const int key = keyOfValue(v);
            if (key != m_otherKey || !std::exchange(other, true))
                visit(key);
        }
    }
    // The key of the lookups a rollup entry of rollupField() counts.
    int ofValue(quint32 value, int datasetIndex) const
    {
        if (m_rollupField != kAllField && !m_filter.passesValue(m_rollupField, value))
            return -1;
        switch (m_by) {
        case KeyBy::One:
            return 0;
        case KeyBy::Value:
            return keyOfValue(m_derived ? m_derived->of(value) : value);
        case KeyBy::Dataset:
            return m_datasetKeys[size_t(datasetIndex)];
        }
        return -1;
    }

private:
    int keyOfValue(quint32 v) const
    {
        if (m_identity)
            return int(v);
        return v < m_valueKeys.size() ? m_valueKeys[v] : m_otherKey;
    }

    LookupFilter m_filter;
    KeyBy m_by = KeyBy::One;
    int m_column = -1;
    bool m_identity = false;
    std::vector<int> m_valueKeys;
    int m_otherKey = -1;
    std::vector<int> m_datasetKeys;
    AnswerSetTablePtr m_answers; // set when keyed by the answer column
    DerivedValuesPtr m_derived;  // set when keyed by an owner field
    QList<int> m_needed;
    int m_rollupField = -1;
};
