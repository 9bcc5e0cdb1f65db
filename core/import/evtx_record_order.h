// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

// EvtxRecordOrder: the order in which to ask libevtx for the records of a range so that freeing
// its parsed records stays cheap. libevtx keeps the last parsed records in a cache of 64 slots,
// slot = record index % 64, and frees a slot's record (a tree of a few hundred small
// allocations) when another record takes the slot. Read in file order, every record freed was
// parsed 64 records earlier and has left the CPU's caches: the free costs more than the parse
// (perf: 45 % against 31 % of the import). This order reads the range in blocks of 64·K
// records and, within a block, the K records of one slot one after the other (i, i+64, i+128
// ...), so each record freed is the one read just before, still cached; only the first of each
// K is cold. That takes about a third off libevtx's time per record.
//
// A block must stay within libevtx's chunk cache (16 chunks of 64 KiB, slot = chunk number %
// 16), or chunks would be read and checked again on every sweep: K is the largest (at most 16)
// for which the block spans at most kChunkSpan chunks, from where each chunk's records start
// (EvtxChunkCensus::chunkStarts, from the chunk headers). Without that table, or where records
// are so large that 128 of them span more than kChunkSpan chunks, the records are read in file
// order (K = 1), as before.
//
// Every index of [first, end) is returned exactly once. The caller reorders what it reads into
// file order (EvtxRecordBatches does).
//
// Ownership: refers to the caller's chunk table, which must outlive it. Thread-safety: none;
// one per range. Cost: O(1) per record, O(log chunks) per block of up to 1,024 records.
class EvtxRecordOrder {
public:
    static constexpr int kRecordsCache = 64; // libevtx 20181227: LIBEVTX_MAXIMUM_CACHE_ENTRIES_RECORDS
    static constexpr int kChunksCache = 16;  // LIBEVTX_MAXIMUM_CACHE_ENTRIES_CHUNKS
    static constexpr int kChunkSpan = 14;    // of kChunksCache: room for records libevtx does not list
    static constexpr int kMaxStride = 16;    // K: blocks of at most 1,024 records

    // The records [first, end); chunkStarts[c] is the index of chunk c's first record (non-decreasing).
    EvtxRecordOrder(int first, int end, const std::vector<int> &chunkStarts);

    // The next record index to read, or -1 when the range is done.
    int next();
    int stride() const { return m_stride; } // K of the current block

private:
    void startBlock(int base);
    int chunkOf(int index) const;

    int m_end;
    const std::vector<int> &m_chunkStarts;
    int m_base = 0, m_blockEnd = 0, m_stride = 1;
    int m_slot = 0, m_step = 0; // index = base + step * 64 + slot
};
