// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_source.h"

#include <QList>

// Walks one dataset's lookups in [range) in time order, a decoded block at a time (the cursor
// interface of ColumnAggregates: valid(), ts(), block(), row(), next()), so that passes over
// any number of lookups hold one block. keep: blocks enter the source's cache (short walks
// a view repeats, such as drill-down pages) or not (long passes).
// Holds a reference to the source, which must outlive it. Not thread-safe; the source is.
class BlockCursor {
public:
    // Starts at the first lookup in range, or at the first in range of block startBlock.
    static constexpr size_t kFirst = size_t(-1);
    BlockCursor(LookupSource &source, qint64 datasetId, const TimeRange &range, const QList<int> &columns, bool keep,
                size_t startBlock = kFirst);

    bool valid() const { return m_block != nullptr; }
    qint64 ts() const { return m_block->ts[m_row]; }
    const DatasetColumns &block() const { return *m_block; }
    size_t row() const { return m_row; }
    qint64 rowid() const { return m_block->firstRowid + qint64(m_row); }
    void next()
    {
        if (++m_row >= m_end)
            load(m_blockIndex + 1);
    }
    // Moves forward to the first lookup at or after t (never back).
    void seek(qint64 tUs);

private:
    void load(size_t b);

    LookupSource &m_source;
    qint64 m_datasetId;
    TimeRange m_range;
    QList<int> m_columns;
    bool m_keep;
    std::shared_ptr<const LookupBlockIndex> m_index;
    size_t m_lastBlock = 0;
    size_t m_blockIndex = 0;
    DatasetColumnsPtr m_block;
    size_t m_row = 0, m_end = 0;
};
