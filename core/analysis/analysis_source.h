// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fine_counts.h"
#include "storage/lookup_store.h"
#include "timeline/dataset_columns.h"
#include "timeline/timeline_engine.h"

#include <QList>
#include <QString>

// Gathers what the analyses read from a store for one view: the fine grid of the view's
// lookups (through LookupStore::bins, so TimelineEngine applies datasets, range and filters),
// the view's bins, the selected events, and the datasets' columns for the analyses that need
// individual lookups (periodicity, coverage, derived names).
// Holds a reference to the store, which must outlive it. Thread-safe as the store is.
// Cost: that of the store calls; fineCounts is one re-bin of the view at 1 minute.
// Failures throw StoreError.
class AnalysisSource {
public:
    explicit AnalysisSource(LookupStore &store) : m_store(store) {}

    // The selected datasets' extent [first, last + 1 µs); empty without lookups.
    TimeRange extent(const BinQuery &view);
    FineCounts fineCounts(const BinQuery &view);
    BinTable bins(const BinQuery &view) { return m_store.bins(view); }
    // "all" (or empty): every event; else those whose category matches, case-insensitive.
    QList<TimelineEvent> events(const QString &category);
    // Columns of the selected datasets with these kNameFields columns loaded. Needs a store
    // that keeps columns in memory (SqliteStore); throws StoreError otherwise.
    QList<DatasetColumnsPtr> columns(const BinQuery &view, const QList<int> &nameColumns);
    // The text of the store's names by id (the same requirement as columns()).
    TimelineEngine::NameTable names();

private:
    QList<qint64> datasetIds(const BinQuery &view);
    LookupStore &m_store;
};
