// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "import_types.h"

// Where one import's lookups go, whatever the store: a RecordSink with a transaction's end.
// Nothing is visible until commit(); abort() or destruction without commit() stores nothing.
// When storing fails in the background (disk full, a server gone), the next add() that hands
// over a batch throws that Failure, so the importer stops there; commit() throws it too.
class DatasetSink : public RecordSink {
public:
    // Another dataset with this SHA-256, or 0. Ends the writes: call after the last add().
    virtual qint64 datasetWithSha256(const QString &sha256) = 0;
    // Stores everything; returns the dataset as stored. Throws Failure.
    virtual DatasetInfo commit(const QString &sha256, qint64 rejected) = 0;
    virtual void abort() = 0;
};
