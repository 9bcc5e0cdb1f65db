// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_row.h"

#include <QTemporaryFile>

#include <functional>
#include <memory>
#include <span>
#include <vector>

// Puts a stream of lookups into time order with bounded memory, so that each dataset is
// stored as one time-sorted run of rowids.
// In order input (or input whose disorder fits within half a chunk, as in Zeek logs written
// by completion time) streams straight through: rows are held back half a chunk and emitted
// sorted. Input more out of order than that switches to spilling: sorted chunks go to a
// temporary file, and finish() merges them with the rows already emitted, which the caller
// re-reads for it (it must then drop those earlier rows). Equal times keep input order.
// Memory: about chunkRows × 32 bytes, plus 256 KiB per spilled run while merging.
// Not thread-safe; one sorter per import.
class TimeSorter {
public:
    using Emit = std::function<void(std::span<const LookupRow>)>;
    // Reads rows back, in order; returns how many it wrote to out (0 at the end).
    using Reader = std::function<qsizetype(LookupRow *out, qsizetype max)>;

    TimeSorter(qsizetype chunkRows, Emit output);
    ~TimeSorter();

    void push(std::span<const LookupRow> rows);
    bool spilling() const { return m_spilling; }
    // Emits everything left. When spilling(), earlierRows must re-read every row emitted
    // before the spill began, in emitted order; all rows are then emitted again, merged.
    void finish(const Reader &earlierRows);

private:
    void sortPending();
    void emitSorted(size_t count);
    void spillPending();
    void mergeRuns(const Reader &earlierRows);

    qsizetype m_chunkRows;
    Emit m_emit;
    std::vector<LookupRow> m_pending;
    size_t m_sortedRows = 0; // m_pending's leading rows known to be in order
    qint64 m_lastEmitted;
    bool m_spilling = false;
    bool m_anyEmitted = false;
    std::unique_ptr<QTemporaryFile> m_runFile;
    std::vector<std::pair<qint64, qint64>> m_runs; // offsets in rows: [begin, end)
};
