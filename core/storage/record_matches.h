// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_block_index.h"
#include "lookup_filter.h"
#include "lookup_source.h"
#include "owner_directory.h"
#include "record_query.h"
#include "timeline_engine.h"

#include <QList>

#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

// Per name column, which name ids a lookup may carry (indexed by id); empty: any.
using Acceptance = std::array<std::vector<bool>, kColumnCount>;

// What a drill-down query (RecordQuery) matches in a local store's blocks, kept while the
// drill-down pages through it (SqliteStore::records). The matches are counted per block of
// 65,536 lookups when a page first needs that block's count (a block wholly inside an
// unfiltered range is counted without decoding it). A page is found by walking the blocks in
// time order, from the start (or from the end, for the last matches) until its first match is
// passed, and read from the blocks it spans, merged in (time, dataset, rowid) order. So the
// first page of a drill-down into a billion lookups reads a few blocks, and holds a few blocks,
// not its matches; only countAll() reads them all.
// Thread-safe once built: the counts are filled in by whichever thread needs them first
// (atomics: a count is the same whoever takes it). The walks throw Failure (Cancelled) when
// the caller's query is cancelled (LookupCounter::throwIfCancelled), keeping what they counted.
struct RecordMatches {
    RecordQuery query; // descending ignored: it only reverses the reading order
    TimelineEngine::NameTable names;
    OwnerDirectoryPtr owners; // labels the owner fields of its records and of its filters
    QList<qint64> datasetIds;
    QList<int> columns;
    Acceptance acceptance;
    LookupFilter exclusions;
    bool anyTest = false;
    // Per dataset: its block index and the blocks [firstBlock, lastBlock) overlapping the range,
    // with their matches (counts[j] for block firstBlock + j; −1 until counted).
    struct PerDataset {
        std::shared_ptr<const LookupBlockIndex> index;
        size_t firstBlock = 0, lastBlock = 0;
        std::unique_ptr<std::atomic<qint64>[]> counts;
        const LookupBlockIndex::Block &block(size_t j) const { return index->blocks[firstBlock + j]; }
        size_t size() const { return lastBlock - firstBlock; }
    };
    std::vector<PerDataset> sets;
    // Every (dataset, block) in range by (first time, dataset, block): the order the walks take.
    std::vector<std::pair<size_t, size_t>> byStart;
    mutable std::atomic<qint64> total{RecordPage::kUncounted};

    // Where a read starts: each dataset's cursor at its block `blocks[k]` (firstBlock-relative),
    // moved on to the first lookup at or after atUs, then `skip` matches passed over.
    struct Start {
        qint64 atUs = 0;
        std::vector<size_t> blocks;
        qint64 skip = 0;
    };

    bool matches(const DatasetColumns &d, size_t row) const
    {
        if (!anyTest)
            return true;
        for (size_t c = 0; c < acceptance.size(); ++c) {
            if (acceptance[c].empty())
                continue;
            const quint32 id = d.names[c][row];
            if (id >= acceptance[c].size() || !acceptance[c][id])
                return false;
        }
        return exclusions.passes(d, row);
    }

    // The matches of block j of dataset k in [from, to) ∩ the query's range.
    qint64 matchesIn(LookupSource &source, size_t k, size_t j, qint64 fromUs, qint64 toUs) const;
    // The matches of block j of dataset k, counted on first use.
    qint64 count(LookupSource &source, size_t k, size_t j) const;
    // Every match of the query: counts every block not counted yet.
    qint64 countAll(LookupSource &source) const;
    // The total if every block is counted already (a walk may have counted them all).
    qint64 knownTotal() const;
    // Each dataset's first block (firstBlock-relative) that may hold lookups at or after t.
    std::vector<size_t> blocksAt(qint64 tUs) const;
    // Where ascending match number `from` is: the blocks are walked by their first time,
    // counting, until one holds more than the matches before it. nullopt when there are no more
    // than `from` matches (every block is counted then).
    std::optional<Start> startOf(LookupSource &source, qint64 from) const;
    // Where the last `want` matches start, found from the end: the blocks are walked by their
    // last time, latest first, until they hold `want`; nullopt when all of them hold fewer
    // (every block is counted then).
    std::optional<Start> startOfLast(LookupSource &source, qint64 want) const;
    // Up to `count` matches from a start, in (time, dataset, rowid) order.
    QList<LookupRecord> read(LookupSource &source, const Start &start, qint64 count) const;
};
