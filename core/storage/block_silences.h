// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "lookup_source.h"

// A dataset's silences (LookupStore::silences, for coverage) from its time index: a block
// wholly inside the range whose lookups span no more than the gap threshold holds no silence
// longer than it, so only its ts_min, ts_max and row count are read; blocks that span more, or
// that the range cuts, have their times decoded (one at a time, past the cache) and walked as
// ColumnAggregates::silencesOver walks every lookup, which it equals exactly.
// Stateless; thread-safe as the source is. Cost: O(blocks) plus the decoded blocks' times;
// a dataset observed without hour-long silences reads no block at a gap of an hour.
// Long passes honour QueryCancelScope (Failure of kind Cancelled).
namespace BlockSilences {
DatasetSilences of(LookupSource &source, qint64 datasetId, const TimeRange &range, qint64 gapUs);
} // namespace BlockSilences
