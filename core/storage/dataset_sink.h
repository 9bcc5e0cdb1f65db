// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "import_types.h"

#include <optional>

// Where one import's lookups go, whatever the store: a RecordSink with a transaction's end.
// Nothing is visible until commit(); abort() or destruction without commit() stores nothing.
class DatasetSink : public RecordSink {
public:
    // Set when storing failed in the background (disk full, …); the import should stop.
    virtual std::optional<QString> failure() const = 0;
    // Another dataset with this SHA-256, or 0. Ends the writes: call after the last add().
    virtual qint64 datasetWithSha256(const QString &sha256) = 0;
    // Stores everything; returns the dataset as stored. Throws StoreError.
    virtual DatasetInfo commit(const QString &sha256, qint64 rejected) = 0;
    virtual void abort() = 0;
};
