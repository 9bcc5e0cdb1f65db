// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clickhouse_owner_columns.h"
#include "clickhouse_store.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

// ClickHouseBinQuery: one ClickHouseStore::bins() call, the same table as TimelineEngine::bin(),
// computed by the server. Bin edges come from BinWidth on the client, exactly as for SQLite.
// The server groups rows by a key that never straddles an edge: for fixed widths the bin number
// intDiv(ts - e0, width) (fixed edges are e0 + i·width whatever the zone), for calendar widths
// the local date in the zone (every calendar bin is a run of whole local days), which the
// client maps to its bin (binOf). A split by dataset ranks the datasets by one aggregation; a
// split by a name is ranked by one aggregation over the name hashes (plus one more to resolve
// ties at the K-th place; the ranked hashes' names come from `names`), then counted per
// (series, key) with indexOf(top hashes, column) as the series. Name filters test the hashes
// against the set of `names` that match the glob. Views without name filters or a name split
// whose edges fall on whole minutes read the per-minute rollup; views whose only name filters
// and split are on qname, with edges on whole hours, read the per-(qname, hour) rollup
// (sourceFor: each count or ranking whose range is on the same grid). Owner fields
// (client_owner …) are split and filtered on the server through ClickHouseOwnerColumns.
//
// Ownership: refers to the store, query and dataset list of the call, which outlive it.
// Thread-safety: one object per call, on the calling thread; the store is thread-safe.
// Cost: one to three aggregations on the server (rankings are cached by the store).
class ClickHouseBinQuery {
public:
    ClickHouseBinQuery(ClickHouseStore &store, const BinQuery &query, const QList<DatasetInfo> &sets);
    // The table (empty edges when the range needs too many bins); throws Failure from the server.
    BinTable run();

private:
    using Ranked = ClickHouseStore::Ranked;
    struct Source { // what a count reads: the lookups, the per-minute or the per-(qname, hour) rollup
        QByteArray table, ts, count, time;
        QByteArray preGroup; // a column to sum by first (the rollup's hour), so the bin key is computed once per value
    };

    QByteArray keyOf(const QByteArray &ts) const;
    Source sourceFor(const TimeRange &range, bool rowsNeeded) const;
    bool qnameHoursAnswer(const BinQuery &query, const QList<DatasetInfo> &sets) const;
    void resolveSmallQnameGlobs();
    qsizetype binOf(qint64 key);
    QByteArray where(const QList<qint64> &setIds, const TimeRange &range, const Source &source) const;
    // Counts per series number and bin over range; `seen` collects series with rows anywhere in it.
    QList<QList<qint64>> count(const QByteArray &seriesExpr, const QList<qint64> &setIds, const TimeRange &range,
                               qsizetype seriesCount, QSet<qint64> *seen, bool rowsNeeded);
    void addSeries(const QString &name, bool isOther, QList<qint64> counts);
    void splitByDataset();
    void splitByName();
    // The top K values of column over the ranking range, and whether more values have lookups there.
    std::pair<QList<Ranked>, bool> ranking(const QByteArray &column);
    QList<Ranked> readRanked(const QByteArray &sql);

    ClickHouseStore &m_store;
    const BinQuery &m_query;
    const QList<DatasetInfo> &m_sets;
    QList<qint64> m_ids;             // the datasets read
    ClickHouseOwnerColumns m_owners; // the owner fields the split and filters name
    QHash<qint64, QString> m_names;  // their names, by id
    BinTable m_table;
    TimeRange m_range, m_rankRange, m_hull;
    qsizetype m_binCount = 0;
    bool m_fixed = false;
    qint64 m_e0 = 0;
    bool m_nameFilters = false;
    bool m_minuteEdges = false;
    bool m_qnameHours = false; // the per-(qname, hour) rollup answers filters and split (not checked: ranges)
    QHash<QString, QByteArray> m_qnameLiterals; // qname globs of few names: "qname_h IN (their hashes)"
    int m_topK = 0;
    QHash<qint64, qsizetype> m_dayBins; // calendar widths: local date (yyyymmdd) → bin
};
