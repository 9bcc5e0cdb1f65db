// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

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
// The block must stay within libevtx's chunk cache (16 chunks of 64 KiB, slot = chunk number
// % 16), or chunks would be read and checked again and again: K is chosen so that a block
// spans at most kChunkSpan chunks at the record size seen so far (at first the file's
// average), and a block found to span more once its first sweep is read (records of very
// different sizes) is finished in file order. Records of 12 KiB and more are read in file
// order (K = 1), as before.
//
// Every index of [first, end) is returned exactly once, whatever offsets are reported. The
// caller reorders what it reads into file order (EvtxRecordBatches does).
//
// Ownership: a value. Thread-safety: none; one per range. Cost: O(1) per record, a bit per
// record of the current block.
class EvtxRecordOrder {
public:
    static constexpr int kRecordsCache = 64; // libevtx 20181227: LIBEVTX_MAXIMUM_CACHE_ENTRIES_RECORDS
    static constexpr int kChunksCache = 16;  // LIBEVTX_MAXIMUM_CACHE_ENTRIES_CHUNKS
    static constexpr int kChunkSpan = 12;    // chunks one block may span, leaving room for odd sizes
    static constexpr qint64 kChunkBytes = 65536;
    static constexpr int kMaxStride = 16; // K: blocks of at most 1,024 records

    // The records [first, end) of a file whose records are recordBytes long on average.
    EvtxRecordOrder(int first, int end, qint64 recordBytes);

    // The next record index to read, or -1 when the range is done.
    int next();
    // Where in the file the record next() gave last starts (libevtx_record_get_offset); not
    // called for a record that cannot be read.
    void readAt(qint64 offset);

    int stride() const { return m_stride; } // K of the current block

private:
    void startBlock(int base);
    int nextInFileOrder();

    int m_end;
    qint64 m_recordBytes;
    int m_base = 0, m_blockEnd = 0, m_stride = 1;
    int m_slot = 0, m_step = 0; // the strided sweep: index = base + step * 64 + slot
    bool m_fileOrder = false;   // the rest of the block in file order
    int m_sequential = 0;       // the next index to try in file order
    int m_last = -1;            // the index next() gave last
    std::vector<bool> m_done;   // per index of the block: returned
    // The block's first sweep: lowest and highest offsets, with their indexes.
    qint64 m_lowOffset = -1, m_highOffset = -1;
    int m_lowIndex = -1, m_highIndex = -1;
};
