// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <vector>

// EvtxChunkCensus: the event records an EVTX file says it holds, read from its chunk headers and
// its records' own headers (no binary XML: that is libevtx's), so that every record libevtx does
// not return is named instead of lost in silence. Debian's libevtx (20181227) leaves out, without
// an error: a record that ends in the last 4 bytes of its chunk (its size check keeps 4 bytes in
// reserve), every record of a chunk after one whose header it cannot read, and every record of a
// chunk whose header is damaged (they become "recovered" records, which it does not list).
//
// The file is a 4 KiB header and 64 KiB chunks, numbered from 0 in file order as the file header
// numbers them. A chunk header ("ElfChnk\0") gives the numbers of its first and last records; its
// records follow from byte 512, each "**\0\0", its size and its number (the EventRecordID). What a
// chunk holds is the header's range, extended by records found after the header's last that carry
// the next numbers (a log closed before its header was updated); for a chunk whose header is
// damaged, the run of records found from byte 512 with consecutive numbers. A chunk without
// either (zero-filled, unused) holds none.
//
// Use: read(), then seen() for each record number libevtx returns, in file order, then finish().
// A record of a chunk that libevtx has gone past without returning it is handed to `missing`
// with its chunk and the likely reason, in file order, as soon as libevtx returns a record of a
// later chunk (or at finish()).
//
// Ownership: a value; the file is mapped only during read(). Thread-safety: none; one per
// import. Cost: read() touches every page of the file once (a walk over the record headers,
// ~0.1 s per GB from the page cache); 1 bit per record to remember what was seen; seen() is O(1)
// within a chunk and O(log chunks) at a chunk's change.
class EvtxChunkCensus {
public:
    static constexpr qint64 kFileHeader = 4096, kChunk = 65536, kChunkHeader = 512;
    // libevtx 20181227's size check: a record must leave this many bytes of its chunk after it.
    static constexpr qint64 kLibevtxReserve = 4;

    // A record of the file that the reader did not return: its EVTX record number, its chunk and
    // why libevtx probably left it out (empty when the census cannot tell).
    using Missing = std::function<bool(quint64 record, int chunk, const QString &why)>; // false: stop

    // Reads the file's chunks; a file that cannot be opened or mapped holds no records.
    void read(const QString &path);
    // For EvtxRecordOrder: where each chunk's records start among the records, in file order,
    // from the chunk headers' first and last numbers (a chunk with a damaged header counts none).
    const std::vector<int> &chunkStarts() const { return m_chunkStarts; }
    qint64 records() const { return m_records; } // every record the chunks hold

    // The reader returned record `number`; hands the records of the chunks it has gone past that
    // were not seen to missing. False when missing says stop.
    bool seen(quint64 number, const Missing &missing);
    // The reader is done: hands every record not seen of the remaining chunks.
    bool finish(const Missing &missing);
    qint64 missed() const { return m_missed; } // records handed to missing so far

private:
    struct Chunk {
        int number = 0;              // its place in the file, from 0
        quint64 first = 0, last = 0; // the records it holds, [first, last]; none when first > last
        bool headerDamaged = false;  // its header is unusable: the range is the records found
        quint64 walked = 0;          // records found from byte 512, numbered first, first + 1 ...
        qint64 lastEnd = 0;          // where the last of them ends, from the chunk's start
        std::vector<bool> seen;      // by number - first
        bool holds(quint64 n) const { return first <= n && n <= last; }
    };
    // Adds chunk `number` (64 KiB at chunk) if it holds records; returns how many its header lists.
    qint64 census(int number, const uchar *chunk);
    bool passChunk(size_t index, const Missing &missing);
    QString reasonFor(const Chunk &chunk, quint64 number) const;

    std::vector<Chunk> m_chunks;                       // in file order, only those holding records
    std::vector<std::pair<quint64, size_t>> m_byFirst; // (first, index in m_chunks), sorted
    std::vector<int> m_chunkStarts;
    qint64 m_records = 0, m_missed = 0;
    size_t m_cursor = 0; // the chunk the reader is in; those before it are done
};
