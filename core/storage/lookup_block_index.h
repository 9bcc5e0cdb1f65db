// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <utility>
#include <vector>

// One dataset's time index: the rows of lookup_blocks without their columns, in rowid (and so
// time) order. Block i holds the dataset's lookups firstRow … firstRow + rows − 1 (counted from
// the dataset's first), the store's rowids firstRowid …, all with times in [tsMin, tsMax].
// A value type; thread-safe to read. Memory: 40 bytes per block of 65,536 lookups.
struct LookupBlockIndex {
    struct Block {
        qint64 firstRowid = 0;
        qint64 firstRow = 0;
        qint64 rows = 0;
        qint64 tsMin = 0, tsMax = 0;
    };
    qint64 datasetId = 0;
    std::vector<Block> blocks;

    qint64 lookups() const { return blocks.empty() ? 0 : blocks.back().firstRow + blocks.back().rows; }
    // The blocks [first, last) that may hold lookups in range (half-open, µs UTC). O(log blocks).
    std::pair<size_t, size_t> overlapping(const TimeRange &range) const;
    // The block holding the dataset's lookup number row (0-based). O(log blocks).
    size_t blockOfRow(qint64 row) const;
};
