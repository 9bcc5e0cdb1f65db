// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_block_index.h"

#include <algorithm>

std::pair<size_t, size_t> LookupBlockIndex::overlapping(const TimeRange &range) const
{
    if (range.isEmpty())
        return {0, 0};
    // Times grow with the rows, so both tsMax and tsMin are sorted.
    const auto first =
        std::partition_point(blocks.begin(), blocks.end(), [&](const Block &b) { return b.tsMax < range.fromUs; });
    const auto last = std::partition_point(first, blocks.end(), [&](const Block &b) { return b.tsMin < range.toUs; });
    return {size_t(first - blocks.begin()), size_t(last - blocks.begin())};
}

size_t LookupBlockIndex::blockOfRow(qint64 row) const
{
    const auto after =
        std::partition_point(blocks.begin(), blocks.end(), [&](const Block &b) { return b.firstRow <= row; });
    return after == blocks.begin() ? 0 : size_t(after - blocks.begin() - 1);
}
