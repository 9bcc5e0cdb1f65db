// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pair_index.h"

#include <QtGlobal>

// One of `count` shares of the (client, qname) pairs, told by the pair's hash: every pair is in
// exactly one share, the same one whichever store or pass asks (the ids are the store's name
// ids). Periodicity over more lookups than its memory budget holds takes the pairs one share
// per pass (PairGapsScan), so that a pass holds the gaps of about 1/count of the pairs.
// The share is read from the hash's high 32 bits (multiply-shift), not its low bits, which pick
// the slots of the pair tables: a share's pairs then still spread over every slot.
// A plain value. Cost: one multiplication per pair asked.
struct PairShare {
    int index = 0, count = 1; // 0 <= index < count

    bool whole() const { return count <= 1; }
    bool holds(quint32 client, quint32 qname) const
    {
        const quint64 high = PairIndex::hashOf(PairIndex::keyOf(client, qname)) >> 32;
        return int((high * quint64(count)) >> 32) == index;
    }
};
