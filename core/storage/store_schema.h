// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_format.h"

#include <QString>

class SqliteDb;

// The store's SQL schema and its versions. The README documents the tables.
// Version 1: names, datasets, lookups, lookup_blocks, events, plus the lookup_view view.
// Version 2: datasets.kind ('lookups' or 'observations'), observations, store_meta.
// Version 3: lookups.flags and lookup_blocks.flags (LookupFlags: bit 0 mDNS), lookup_view.proto.
// Version 4: event_series, events.series_id and events.recurrence_us (recurring events).
// Version 5: answer_sets and lookup_blocks.answers (each lookup's answer set and base TTL).
// Version 6: address_book (patterns → label, note, source URL; issue 18).
namespace StoreSchema {
inline constexpr int kVersion = 6;
inline constexpr int kApplicationId = int(kStoreApplicationId); // set with PRAGMA application_id

// Creates the schema in an empty database, or migrates an older one; throws Failure for
// a newer version or a file that is not a DNS Timeline store.
void prepare(SqliteDb &db, bool writable);
// Connection settings every connection uses (WAL, mmap, cache).
void configure(SqliteDb &db);
// The schema version of an open store (an older one stays older when opened read-only).
int version(SqliteDb &db);
// Whether the file is a DNS Timeline store by its content: SQLite's header with our
// application id (bytes 68–71). Reads 100 bytes; false for anything unreadable.
bool isStoreFile(const QString &path);
} // namespace StoreSchema
