// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore::answerGroups (resolution histories): one pass over the blocks of each dataset
// that overlap the view's range (BlockCursor, not kept in the cache), decoding only the qname,
// rcode and answer columns and those the filters read, grouped by AnswerGroupCounter. No SQL
// per lookup: a name with millions of lookups costs a scan of its datasets' blocks.
#include "sqlite_store.h"

#include "answer_group_counter.h"
#include "block_cursor.h"
#include "lookup_filter.h"

AnswerGroups SqliteStore::answerGroups(const BinQuery &query, qsizetype maxTimes)
{
    const auto all = names();
    const QList<ViewDataset> chosen = viewDatasets(query.datasets);
    const AnswerSetTablePtr sets = answerSets();
    QList<int> wanted{nameFieldIndex(LookupField::Qname), nameFieldIndex(LookupField::Rcode)};
    if (m_schemaVersion >= 5)
        wanted.append(kAnswerColumn);
    const QList<int> needed = LookupFilter::neededColumns(query, wanted);
    const LookupFilter filter = LookupFilter::forQuery(query, all.get(), sets.get(), ownerValues(query, all, chosen));
    const TimeRange range = query.range.value_or(ViewEngine::extent(chosen));
    AnswerGroupCounter counter(*all, m_schemaVersion >= 5 ? sets.get() : nullptr, maxTimes);
    for (const ViewDataset &d : chosen) {
        counter.beginDataset();
        for (BlockCursor c(*m_source, d.id, range, needed, false); c.valid(); c.next()) {
            if (filter.passes(c.block(), c.row()))
                counter.add(c.block(), c.row());
        }
    }
    return counter.result();
}
