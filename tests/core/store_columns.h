// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store's lookups as the store held them in memory before rollups (every time and
// every name column of every dataset, decoded from lookup_blocks), for binning them with
// TimelineEngine: the engine the store's ViewEngine must equal, table for table.
#pragma once

#include "lookup_source.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "timeline_engine.h"

#include <mutex>

namespace store_columns {

// Every lookup dataset of the store, all columns decoded, with the store's names and answer sets.
inline TimelineEngine::Input decodeAll(const QString &path)
{
    SqliteStore store(path, StoreOpenMode::ReadOnly);
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    std::recursive_mutex mutex;
    LookupSource source(db, mutex, int(db.queryInt("PRAGMA user_version")));
    TimelineEngine::Input input;
    input.names = store.names();
    input.answerSets = store.answerSets();
    for (const DatasetInfo &info : store.datasets()) {
        if (info.kind != DatasetKind::Lookups)
            continue;
        auto d = std::make_shared<DatasetColumns>();
        d->datasetId = info.id;
        d->firstRowid = info.records > 0
            ? db.queryInt("SELECT first_rowid FROM datasets WHERE id = " + QByteArray::number(info.id))
            : 0;
        const auto index = source.index(info.id);
        source.forEachBlock(info.id, 0, index->blocks.size(), {0, 1, 2, 3, 4, kProtoColumn, kAnswerColumn},
                            [&](size_t, const DatasetColumns &block) {
                                d->ts.insert(d->ts.end(), block.ts.begin(), block.ts.end());
                                for (size_t c = 0; c < size_t(kColumnCount); ++c)
                                    d->names[c].insert(d->names[c].end(), block.names[c].begin(), block.names[c].end());
                                return true;
                            });
        input.datasets.append(d);
        input.datasetNames.insert(info.id, info.name);
    }
    return input;
}

// The input of the datasets a query selects (all when it names none), as the store chose them.
inline TimelineEngine::Input selected(const TimelineEngine::Input &all, const QList<qint64> &ids)
{
    TimelineEngine::Input out = all;
    out.datasets.clear();
    for (const DatasetColumnsPtr &d : all.datasets) {
        if (ids.isEmpty() || ids.contains(d->datasetId))
            out.datasets.append(d);
    }
    return out;
}

} // namespace store_columns
