// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "dataset_sink.h"

#include <QString>

#include <memory>

// DatasetAdmin: the role of a store that adds, renames and deletes datasets (imports through
// runImport, the Datasets dock's rename and delete). One of the role interfaces LookupStore is
// made of. Thread-safe; failures throw Failure (Refused on a read-only store).
class DatasetAdmin {
public:
    virtual ~DatasetAdmin() = default;

    virtual void renameDataset(qint64 id, const QString &name) = 0;
    virtual void deleteDataset(qint64 id) = 0;
    // A sink for one new dataset; see DatasetSink.
    virtual std::unique_ptr<DatasetSink> beginImport(const DatasetInfo &meta) = 0;
};
