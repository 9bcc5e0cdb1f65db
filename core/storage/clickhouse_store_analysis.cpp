// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's aggregates for the analyses (LookupStore::pairTimes, silences,
// qnameCounts), pushed down so that only their answers travel, equal to ColumnAggregates':
//  - pair times: groupArray(ts) per pair, grouped by (client_h, qname_h), the names resolved
//    from `names` for the pairs kept, the times sorted here: 8 bytes per lookup of the pairs
//    kept, since scoring needs every gap;
//  - silences: a silence longer than G never lies inside a bucket intDiv(ts, G), so the
//    buckets' min and max (one row per non-empty bucket) give every one exactly;
//  - name counts: uniqExact(qname_h) per bin, and min(ts) per qname_h binned, with the bin number
//    computed by the server (intDiv for fixed widths, transform() of the local date for
//    calendar widths) from the edges of TimelineEngine::frame, as bins() frames them.
// SQL that ClickHouse 18.16 understands; user values pass through ClickHouseSql.
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "dataset_selection.h"
#include "timeline_engine.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

// The lookup datasets a query selects, in datasets() order.
QList<DatasetInfo> selected(const QList<DatasetInfo> &all, const BinQuery &query)
{
    QList<DatasetInfo> out;
    for (const DatasetInfo &d : all) {
        if ((query.datasets.isEmpty() || query.datasets.contains(d.id)) && d.kind != DatasetKind::Observations)
            out.append(d);
    }
    return out;
}

// The condition for the lookups of `sets` in range (none: all time), under the query's field
// filters and excluded pairs when `filtered`.
QByteArray condition(ClickHouseStore &store, const QList<DatasetInfo> &sets, std::optional<TimeRange> range,
                     const BinQuery &query, bool filtered)
{
    QList<qint64> ids;
    for (const DatasetInfo &d : sets)
        ids.append(d.id);
    if (ids.isEmpty() || (range && (range->isEmpty() || range->toUs <= 0)))
        return "0";
    const ClickHouseOwnerColumns owners = filtered
        ? store.ownerColumns(std::nullopt, query.filters, query.ownerDatabases, ids)
        : ClickHouseOwnerColumns{};
    QByteArrayList parts{"dataset IN (" + ClickHouseSql::numberList(ids) + ")"};
    if (range)
        parts << "ts >= " + QByteArray::number(std::max<qint64>(range->fromUs, 0))
              << "ts < " + QByteArray::number(range->toUs);
    for (const FieldFilter &f : query.filters) {
        if (filtered && f.field != LookupField::Dataset)
            parts << store.nameCondition(f.field, f.glob, owners);
    }
    return parts.join(" AND ") + (filtered ? ClickHouseSql::excludedPairsCondition(query.excludedPairs) : QByteArray());
}

// The bin number of the time column `ts` in `table`'s bins, -1 outside them.
QByteArray binNumber(const BinTable &table, const QByteArray &ts)
{
    const qint64 e0 = table.edges.front();
    if (table.width.unit() == BinWidth::Unit::Fixed)
        return "if(toInt64(" + ts + ") < " + QByteArray::number(e0) + ", -1, intDiv(toInt64(" + ts + ") - " +
            QByteArray::number(e0) + ", " + QByteArray::number(table.width.fixedUs()) + "))";
    // Calendar bins are runs of whole local days: each local date maps to its bin.
    QList<qint64> days, bins;
    const QDate last = QDateTime::fromMSecsSinceEpoch(table.edges.back() / 1000, table.zone).date();
    for (QDate d = QDateTime::fromMSecsSinceEpoch(e0 / 1000, table.zone).date(); d <= last; d = d.addDays(1)) {
        const qint64 midnight = QDateTime(d, QTime(0, 0), table.zone).toMSecsSinceEpoch() * 1000;
        const qsizetype b =
            std::upper_bound(table.edges.begin(), table.edges.end(), midnight) - table.edges.begin() - 1;
        if (b >= 0 && b < table.binCount()) {
            days.append(d.year() * 10000 + d.month() * 100 + d.day());
            bins.append(b);
        }
    }
    return "transform(toInt64(toYYYYMMDD(toDateTime(intDiv(" + ts + ", 1000000)), " +
        ClickHouseSql::quote(QByteArrayView(table.zone.id())) + ")), [" + ClickHouseSql::numberList(days) + "], [" +
        ClickHouseSql::numberList(bins) + "], toInt64(-1))";
}

} // namespace

PairTimes ClickHouseStore::pairTimes(const BinQuery &query, qint64 minLookups)
{
    PairTimes out;
    auto names = std::make_shared<std::vector<QString>>(1);
    QHash<quint64, quint32> ids; // name hash → index into names
    QList<quint64> hashes;
    const auto idOf = [&](quint64 h) -> quint32 {
        if (h == 0)
            return 0;
        auto it = ids.constFind(h);
        if (it != ids.constEnd())
            return *it;
        names->emplace_back();
        hashes.append(h);
        return ids[h] = quint32(names->size() - 1);
    };
    ClickHouseRows rows(readLookups("SELECT client_h, qname_h, groupArray(ts) FROM " + lookupsTable() + " WHERE " +
                                    condition(*this, selected(datasets(), query), query.range, query, true) +
                                    " GROUP BY client_h, qname_h HAVING count() >= " +
                                    QByteArray::number(std::max<qint64>(minLookups, 1)) + " FORMAT RowBinary"));
    while (!rows.atEnd()) {
        PairTimes::Pair p;
        p.client = idOf(rows.u64());
        p.qname = idOf(rows.u64());
        const quint64 n = rows.length();
        p.begin = qint64(out.times.size());
        p.end = p.begin + qint64(n);
        out.times.resize(size_t(p.end));
        rows.i64s(out.times.data() + p.begin, n);
        std::sort(out.times.begin() + p.begin, out.times.end()); // cheaper here than arraySort on the server
        out.pairs.push_back(p);
    }
    const QHash<quint64, QString> text = namesOf(hashes);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        (*names)[it.value()] = text.value(it.key());
    out.names = std::move(names);
    return out;
}

QList<DatasetSilences> ClickHouseStore::silences(const BinQuery &query, qint64 gapUs)
{
    const QList<DatasetInfo> sets = selected(datasets(), query);
    QList<DatasetSilences> out;
    QHash<qint64, qsizetype> at;
    for (const DatasetInfo &d : sets) {
        at.insert(d.id, out.size());
        out.append(DatasetSilences{d.id, 0, 0, 0, {}});
    }
    const QByteArray bucket = QByteArray::number(std::max<qint64>(gapUs, 1));
    ClickHouseRows rows(readLookups("SELECT toInt64(dataset) AS d, intDiv(ts, " + bucket +
                                    ") AS b, toInt64(min(ts)),"
                                    " toInt64(max(ts)), count() FROM " +
                                    lookupsTable() + " WHERE " + condition(*this, sets, query.range, query, false) +
                                    " GROUP BY d, b ORDER BY d, b FORMAT RowBinary"));
    while (!rows.atEnd()) {
        const qint64 id = rows.i64();
        rows.u64(); // the bucket
        const qint64 first = rows.i64(), last = rows.i64();
        const qint64 n = qint64(rows.u64());
        if (!at.contains(id))
            continue;
        DatasetSilences &s = out[at.value(id)];
        if (s.lookups == 0)
            s.firstUs = first;
        else if (first - s.lastUs > gapUs)
            s.silences.append({s.lastUs + 1, first});
        s.lastUs = last;
        s.lookups += n;
    }
    return out;
}

QnameCounts ClickHouseStore::qnameCounts(const BinQuery &query)
{
    const QList<DatasetInfo> sets = selected(datasets(), query);
    TimeRange covered;
    const BinTable frame = TimelineEngine::frame(query, DatasetSelection::extent(sets, {}), &covered);
    QnameCounts out;
    out.edges = frame.edges;
    out.distinct.fill(0, frame.binCount());
    out.firstSeen.fill(0, frame.binCount());
    if (frame.binCount() == 0)
        return out;
    const TimeRange span{frame.edges.front(), frame.edges.back()};
    const auto read = [&](const QByteArray &sql, QList<qint64> &into) {
        ClickHouseRows rows(readLookups(sql + " FORMAT RowBinary"));
        while (!rows.atEnd()) {
            const qint64 b = rows.i64();
            const qint64 n = qint64(rows.u64());
            if (b >= 0 && b < into.size())
                into[b] += n;
        }
    };
    read("SELECT toInt64(" + binNumber(frame, "ts") + ") AS b, toUInt64(uniqExact(qname_h)) FROM " + lookupsTable() +
             " WHERE " + condition(*this, sets, span, query, true) + " GROUP BY b",
         out.distinct);
    read("SELECT toInt64(" + binNumber(frame, "first") +
             ") AS b, count() FROM (SELECT qname_h, min(ts) AS first FROM " + lookupsTable() + " WHERE " +
             condition(*this, sets, std::nullopt, query, true) +
             " GROUP BY qname_h) WHERE first >= " + QByteArray::number(std::max<qint64>(span.fromUs, 0)) +
             " AND first < " + QByteArray::number(span.toUs) + " GROUP BY b",
         out.firstSeen);
    return out;
}
