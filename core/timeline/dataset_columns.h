// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_field.h"

#include <QtGlobal>

#include <array>
#include <memory>
#include <vector>

// One dataset's lookups as columns in memory, sorted by time: ts[i] is the i-th lookup and
// the store's rowid firstRowid + i. Name columns are filled only when a view needs them
// (empty vector: not loaded); names[kProtoColumn] holds LookupFlags::protoId of each lookup's
// flags rather than a names id. Immutable once shared; share with shared_ptr<const>.
// Cost: 8 bytes per lookup for times, 4 more per loaded column.
struct DatasetColumns {
    qint64 datasetId = 0;
    qint64 firstRowid = 0;
    std::vector<qint64> ts;
    std::array<std::vector<quint32>, kColumnCount> names; // kNameFields order, then proto
    bool hasNames(int nameIndex) const { return names[size_t(nameIndex)].size() == ts.size(); }
};
using DatasetColumnsPtr = std::shared_ptr<const DatasetColumns>;
