// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_aggregates.h"
#include "lookup_counter.h"

#include <QList>

// The SQLite store's query names per bin (LookupStore::qnameCounts, for derived series) in one
// pass of LookupCounter over the datasets' whole history, keyed by query name: from the
// rollups of the qname field where the view's filters allow it (none, or on qname alone) and
// the bins' edges are whole minutes (a minute then lies in one bin, and a name's first minute
// in the bin of its first lookup), else from every lookup. Equals ColumnAggregates::qnameCounts
// over the decoded columns exactly (a test holds it to it).
// Stateless; thread-safe as the source is. Memory: 12 bytes per distinct name, and with
// several datasets 8 bytes per (bin, name) seen. Cost: one pass over the rollup entries (or
// lookups); long passes honour QueryCancelScope (Failure of kind Cancelled).
namespace QnameCounter {
// filter: the view's (LookupFilter::forQuery). datasets: those the view selects.
QnameCounts count(LookupSource &source, const QList<ViewDataset> &datasets, const QList<qint64> &edges,
                  const LookupFilter &filter);
} // namespace QnameCounter
