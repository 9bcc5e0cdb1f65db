// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "block_cursor.h"

#include "lookup_counter.h"

#include <algorithm>

BlockCursor::BlockCursor(LookupSource &source, qint64 datasetId, const TimeRange &range, const QList<int> &columns,
                         bool keep, size_t startBlock)
    : m_source(source), m_datasetId(datasetId), m_range(range), m_columns(columns), m_keep(keep),
      m_index(source.index(datasetId))
{
    const auto [first, last] = m_index->overlapping(range);
    m_lastBlock = last;
    load(startBlock == kFirst ? first : std::max(first, startBlock));
}

void BlockCursor::load(size_t b)
{
    for (;; ++b) {
        m_block.reset();
        m_blockIndex = b;
        if (b >= m_lastBlock)
            return;
        LookupCounter::throwIfCancelled();
        m_block = m_source.block(m_datasetId, b, m_columns, m_keep);
        const auto &ts = m_block->ts;
        m_row = size_t(std::lower_bound(ts.begin(), ts.end(), m_range.fromUs) - ts.begin());
        m_end = size_t(std::lower_bound(ts.begin() + qsizetype(m_row), ts.end(), m_range.toUs) - ts.begin());
        if (m_row < m_end)
            return;
    }
}

void BlockCursor::seek(qint64 tUs)
{
    if (!valid() || ts() >= tUs)
        return;
    // Skip whole blocks that end before t, then search inside the block.
    size_t b = m_blockIndex;
    while (b + 1 < m_lastBlock && m_index->blocks[b].tsMax < tUs)
        ++b;
    if (b != m_blockIndex)
        load(b);
    while (valid()) {
        const auto &ts = m_block->ts;
        const size_t at =
            size_t(std::lower_bound(ts.begin() + qsizetype(m_row), ts.begin() + qsizetype(m_end), tUs) - ts.begin());
        if (at < m_end) {
            m_row = at;
            return;
        }
        load(m_blockIndex + 1);
    }
}
