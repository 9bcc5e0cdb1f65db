// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_store.h"
#include "aggregate_queries.h"
#include "dataset_admin.h"
#include "event_store.h"
#include "lookup_views.h"
#include "redaction_secret.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

// A store of lookups: every role a store plays, in one object. The command line and the window
// talk only to these interfaces, so a single-file SQLite store and a server-side store can
// serve every view alike. Code that needs one role takes that one: LookupViews (bins, records,
// datasets, observations), AggregateQueries (the analyses' aggregates), EventStore (events),
// AddressBookStore (the address book), DatasetAdmin (imports, rename, delete),
// RedactionSecret (the redaction key).
// Implementations are thread-safe: the window queries from worker threads. Failures throw
// Failure, its kind set where it happened, with a message fit for the user.
class LookupStore : public LookupViews,
                    public AggregateQueries,
                    public EventStore,
                    public AddressBookStore,
                    public DatasetAdmin,
                    public RedactionSecret {
public:
    ~LookupStore() override = default;

    // Why this store cannot be changed, as a sentence to show ("sample.dnstl is on a read-only
    // file system"); none when it can. Decided when the store was opened: cheap. Every write
    // (imports, dataset and event changes, a first redaction key) fails on such a store.
    virtual std::optional<QString> readOnlyReason() const { return std::nullopt; }
    // A number that changes when another connection (another process, or an import) has
    // committed changes to the store: datasets added, renamed or deleted, events changed.
    // Cheap and never waits: a store busy with a query answers its last number. -1 for a
    // store that cannot tell cheaply (a server: compare datasets() and events() instead).
    virtual qint64 changeStamp() { return -1; }

    // Datasets imported before the store kept rollups (SQLite stores of earlier releases): their
    // views are counted from the lookups, slower, until buildRollups() has written them. A
    // store without rollups has none.
    virtual QList<qint64> datasetsWithoutRollups() { return {}; }
    // Writes the missing rollups, one dataset per transaction; progress(fraction) false
    // cancels (what is written stays; the rest stays missing). Throws Failure on a
    // read-only store. Cost: a pass over those datasets' lookups (about 10 s per 100 M).
    virtual void buildRollups(const std::function<bool(double)> &) {}
};

// ReadWrite fails where the store cannot be written; WritableIfPossible (the window) opens
// such a store read-only instead, with readOnlyReason() saying why.
enum class StoreOpenMode { ReadOnly, ReadWrite, Create, WritableIfPossible };

// Opens the store at location (a file path); Create makes an empty store if none exists.
std::unique_ptr<LookupStore> openStore(const QString &location, StoreOpenMode mode);
