// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aggregate_queries.h"
#include "dataset_admin.h"
#include "event_store.h"
#include "lookup_views.h"
#include "redaction_secret.h"

#include <QString>

#include <memory>

// A store of lookups: every role a store plays, in one object. The command line and the window
// talk only to these interfaces, so a single-file SQLite store and a server-side store can
// serve every view alike. Code that needs one role takes that one: LookupViews (bins, records,
// datasets, observations), AggregateQueries (the analyses' aggregates), EventStore (events),
// DatasetAdmin (imports, rename, delete), RedactionSecret (the redaction key).
// Implementations are thread-safe: the window queries from worker threads. Failures throw
// Failure, its kind set where it happened, with a message fit for the user.
class LookupStore : public LookupViews,
                    public AggregateQueries,
                    public EventStore,
                    public DatasetAdmin,
                    public RedactionSecret {
public:
    ~LookupStore() override = default;
};

enum class StoreOpenMode { ReadOnly, ReadWrite, Create };

// Opens the store at location (a file path); Create makes an empty store if none exists.
std::unique_ptr<LookupStore> openStore(const QString &location, StoreOpenMode mode);
