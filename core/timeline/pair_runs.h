// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_columns.h"
#include "lookup_filter.h"
#include "pair_index.h"
#include "pair_share.h"

#include <span>
#include <vector>

// The lookups of one slice of time grouped by (client, qname) pair, each pair's times in
// order: what a periodicity pass hands a PairGapsBuilder (addRun) one slice after another, so
// that the builder touches each pair once per slice instead of once per lookup, and slices can
// be grouped on several threads. Rows are added from decoded blocks (one or several, of any
// datasets), then group() sorts them by pair with a counting sort over the slice's own dense
// pair numbers (one probe of a small open-addressing table per row, which stays in cache).
// Not thread-safe; one per thread, reused slice after slice (clear()). Memory: 20 bytes per
// row added, about 16 bytes per pair of the slice. Cost: O(rows), plus sorting each run when
// rows came from more than one source (addRows said so).
class PairRuns {
public:
    struct Run {
        quint32 client = 0, qname = 0; // name ids
        quint32 begin = 0, end = 0;    // times()[begin, end)
    };

    void clear();
    // The rows [from, to) of a block with client and qname (and the filter's columns) loaded,
    // those the filter passes whose pair is in share. Rows of one call are in time order; rows
    // of several calls are merged by group(), unless each call's rows follow (are at or after)
    // every row added before it: follows says so, and spares the merge.
    void addRows(const DatasetColumns &block, size_t from, size_t to, const LookupFilter &filter,
                 const PairShare &share = {}, bool follows = false);
    // Groups the rows added since clear(); runs() and times() are then valid.
    void group();

    std::span<const Run> runs() const { return m_runs; }
    const qint64 *times() const { return m_grouped.data(); }
    size_t rows() const { return m_times.size(); }

private:
    static constexpr quint64 kEmpty = ~0ULL;
    struct Slot {
        quint64 key = kEmpty;
        quint32 id = 0; // the pair's number
    };
    // The pair's number in this slice: one probe, inline; a new pair is added out of line.
    quint32 localId(quint32 client, quint32 qname)
    {
        const quint64 key = PairIndex::keyOf(client, qname);
        for (size_t h = PairIndex::hashOf(key) & m_mask;; h = (h + 1) & m_mask) {
            const Slot &slot = m_table[h];
            if (slot.key == key)
                return slot.id;
            if (slot.key == kEmpty)
                return insert(key, h);
        }
    }
    quint32 insert(quint64 key, size_t slot);
    void growTable();

    std::vector<qint64> m_times;   // per row added
    std::vector<quint32> m_ids;    // per row added: the pair's number in this slice
    std::vector<qint64> m_grouped; // the times by pair
    std::vector<Run> m_runs;       // by pair number
    int m_sources = 0;             // addRows calls that added rows not following the ones before
    std::vector<Slot> m_table;     // open addressing
    std::vector<quint32> m_used;   // the slots filled, to empty them in clear()
    size_t m_mask = 0;
};
