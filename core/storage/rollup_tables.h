// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

class SqliteDb;
class LookupSource;
class RowBufferTable;

// The rollups of datasets imported before the store had them (README: "The store"): which
// are missing, building them from a dataset's blocks, deleting them with their dataset.
// Functions run on the caller's connection; not thread-safe beyond it.
namespace RollupTables {
// Lookup datasets without rollups; every one of them when the tables are missing (a store
// opened read-only that was never opened writable by a release with rollups).
QList<qint64> missing(SqliteDb &db);
// Writes the rollups of a dataset that has none, reading its blocks through source (which
// must read the same store), in one transaction; buffer is db's RowBufferTable. progress(fraction done) returning false
// cancels: nothing is written and Failure (kind Cancelled) is thrown.
// Cost: one pass over the dataset's blocks, about 10 s per 100 M lookups.
void build(SqliteDb &db, RowBufferTable &buffer, LookupSource &source, qint64 datasetId,
           const std::function<bool(double)> &progress);
// Deletes a dataset's rollups (inside the caller's transaction).
void remove(SqliteDb &db, qint64 datasetId);
} // namespace RollupTables
