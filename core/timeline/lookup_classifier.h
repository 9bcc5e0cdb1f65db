// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_columns.h"
#include "lookup_filter.h"

#include <QList>

#include <vector>

// Sorts a view's lookups into keys: a series of the view's split (or the one series without
// one), or, for ranking a split, the value of its field or the dataset. A lookup the view's
// filters drop has key -1. Used on single lookups (decoded blocks) and on rollup entries,
// which count lookups by the value of one field: rollupField() says which field that must be
// for the entries to be sorted exactly like the lookups they count, or -1 when only single
// lookups will do (filters on two fields, a filter on one field and a split on another, or
// excluded pairs). Immutable; thread-safe. Cost: passes() of the filter and an array read.
class LookupClassifier {
public:
    static constexpr int kAllField = kColumnCount; // rollups that count every lookup (value 0)
    enum class KeyBy {
        One,     // every kept lookup has key 0
        Value,   // the value of `column`, through valueKeys (the value itself when empty)
        Dataset, // datasetKeys[datasetIndex]
    };

    LookupClassifier() = default;
    // valueKeys: per value id, its key; values past its end have key otherKey.
    LookupClassifier(LookupFilter filter, KeyBy by, int column = -1, std::vector<int> valueKeys = {}, int otherKey = -1,
                     std::vector<int> datasetKeys = {});

    // The name columns a decoded block needs for ofRow().
    const QList<int> &neededColumns() const { return m_needed; }
    int rollupField() const { return m_rollupField; }

    int ofRow(const DatasetColumns &d, size_t row, int datasetIndex) const
    {
        if (!m_filter.passes(d, row))
            return -1;
        switch (m_by) {
        case KeyBy::One:
            return 0;
        case KeyBy::Value:
            return keyOfValue(d.names[size_t(m_column)][row]);
        case KeyBy::Dataset:
            return m_datasetKeys[size_t(datasetIndex)];
        }
        return -1;
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
            return keyOfValue(value);
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
    QList<int> m_needed;
    int m_rollupField = -1;
};
