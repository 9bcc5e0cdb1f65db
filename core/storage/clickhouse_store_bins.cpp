// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore::bins(): the same table as TimelineEngine::bin(), computed by the server.
// Bin edges come from BinWidth on the client, exactly as for SQLite. The server groups rows by
// a key that never straddles an edge: for fixed widths the bin number intDiv(ts - e0, width)
// (fixed edges are e0 + i·width whatever the zone), for calendar widths the local date in the
// zone (every calendar bin is a run of whole local days), which the client maps to its bin.
// A split is ranked by one aggregation over the name hashes (plus one more to resolve ties at
// the K-th place; the ranked hashes' names come from `names`), then counted per (series, key)
// with indexOf(top hashes, column) as the series. Name filters test the hashes against the
// set of `names` that match the glob.
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "dataset_selection.h"
#include "timeline_engine.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

using ClickHouseSql::quote;

namespace {

// Highest total first; equal totals by value, as TimelineEngine ranks them.
void rank(QList<ClickHouseStore::Ranked> &values)
{
    std::sort(values.begin(), values.end(), [](const ClickHouseStore::Ranked &a, const ClickHouseStore::Ranked &b) {
        return a.total != b.total ? a.total > b.total : a.value < b.value;
    });
}

} // namespace

BinTable ClickHouseStore::bins(const BinQuery &query)
{
    return binsOf(query, datasets());
}

BinTable ClickHouseStore::binsOf(const BinQuery &query, const QList<DatasetInfo> &sets)
{
    QList<qint64> ids;
    QHash<qint64, QString> names;
    for (const DatasetInfo &d : sets) {
        if (!query.datasets.isEmpty() && !query.datasets.contains(d.id))
            continue;
        ids.append(d.id);
        names.insert(d.id, d.name);
    }
    TimeRange range;
    BinTable table = TimelineEngine::frame(query, DatasetSelection::extent(sets, query.datasets), &range);
    if (table.edges.isEmpty())
        return table;
    const TimeRange rankRange = query.rankRange.value_or(range);
    const ClickHouseOwnerColumns owners = ownerColumns(query.split, query.filters, query.ownerDatabases, ids);
    const TimeRange hull = query.rankRange
        ? TimeRange{std::min(rankRange.fromUs, range.fromUs), std::max(rankRange.toUs, range.toUs)}
        : range;
    const qsizetype binCount = table.binCount();
    const bool fixed = table.width.unit() == BinWidth::Unit::Fixed;
    const qint64 e0 = table.edges.front();
    auto keyOf = [&](const QByteArray &ts) -> QByteArray {
        if (fixed)
            return "if(toInt64(" + ts + ") < " + QByteArray::number(e0) + ", -1, intDiv(toInt64(" + ts + ") - " +
                QByteArray::number(e0) + ", " + QByteArray::number(table.width.fixedUs()) + "))";
        return "toInt64(toYYYYMMDD(toDateTime(intDiv(" + ts + ", 1000000)), " + quote(QByteArrayView(query.zone.id())) +
            "))";
    };
    // The per-minute rollup answers views without name filters and without a name split
    // whose bin edges and ranges all fall on whole minutes (every zone's offset today is
    // whole minutes, so local days and hours do).
    constexpr qint64 kMinute = 60'000'000;
    const bool nameFilters = !query.excludedPairs.isEmpty() ||
        std::any_of(query.filters.begin(), query.filters.end(),
                    [](const FieldFilter &f) { return f.field != LookupField::Dataset; });
    const bool minuteEdges = fixed
        ? e0 % kMinute == 0 && table.width.fixedUs() % kMinute == 0
        : std::all_of(table.edges.begin(), table.edges.end(), [](qint64 e) { return e % kMinute == 0; });
    struct Source {
        QByteArray table, ts, count, time;
    };
    auto sourceFor = [&](const TimeRange &r, bool rowsNeeded) {
        const qint64 from = std::max<qint64>(r.fromUs, 0), to = std::max<qint64>(r.toUs, 0);
        if (!rowsNeeded && !nameFilters && minuteEdges && from % kMinute == 0 && to % kMinute == 0)
            return Source{rollupTable(), "(toUInt64(minute) * 60000000)", "sum(n)",
                          "minute >= " + QByteArray::number(from / kMinute) + " AND minute < " +
                              QByteArray::number(to / kMinute)};
        return Source{lookupsTable(), "ts", "count()",
                      "ts >= " + QByteArray::number(from) + " AND ts < " + QByteArray::number(to)};
    };
    QHash<qint64, qsizetype> dayBins; // calendar widths: local date (yyyymmdd) → bin
    auto binOf = [&](qint64 k) -> qsizetype {
        if (fixed)
            return k >= 0 && k < binCount ? qsizetype(k) : -1;
        auto found = dayBins.constFind(k);
        if (found != dayBins.constEnd())
            return *found;
        const QDate date(int(k / 10000), int(k / 100 % 100), int(k % 100));
        const qint64 midnight = QDateTime(date, QTime(0, 0), query.zone).toMSecsSinceEpoch() * 1000;
        const qsizetype b =
            std::upper_bound(table.edges.begin(), table.edges.end(), midnight) - table.edges.begin() - 1;
        return dayBins[k] = b >= 0 && b < binCount ? b : -1;
    };
    auto where = [&](const QList<qint64> &setIds, const TimeRange &r, const Source &src) {
        QByteArray sql = setIds.isEmpty() || r.toUs <= 0 ? QByteArray("0")
                                                         : "dataset IN (" + ClickHouseSql::numberList(setIds) + ")";
        sql += " AND " + src.time;
        for (const FieldFilter &f : query.filters) {
            if (f.field != LookupField::Dataset)
                sql += " AND " + nameCondition(f.field, f.glob, owners);
        }
        return sql + ClickHouseSql::excludedPairsCondition(query.excludedPairs);
    };
    // Counts per series number and bin over r; `seen` collects series with rows anywhere in r.
    auto count = [&](const QByteArray &seriesExpr, const QList<qint64> &setIds, const TimeRange &r,
                     qsizetype seriesCount, QSet<qint64> *seen, bool rowsNeeded) {
        QList<QList<qint64>> out(seriesCount, QList<qint64>(binCount, 0));
        const Source src = sourceFor(r, rowsNeeded);
        const QByteArray answer =
            m_entry.query("SELECT toInt64(" + seriesExpr + ") AS s, " + keyOf(src.ts) + " AS k, " + src.count +
                          " FROM " + src.table + " WHERE " + where(setIds, r, src) + " GROUP BY s, k FORMAT RowBinary");
        ClickHouseRows rows(answer);
        while (!rows.atEnd()) {
            const qint64 s = rows.i64(), k = rows.i64();
            const qint64 n = qint64(rows.u64());
            if (seen)
                seen->insert(s);
            const qsizetype b = binOf(k);
            if (b >= 0 && s >= 0 && s < seriesCount)
                out[s][b] += n;
        }
        return out;
    };
    auto addSeries = [&](const QString &name, bool isOther, QList<qint64> counts) {
        BinSeries s{name, isOther, std::move(counts), 0};
        for (qint64 c : s.counts)
            s.total += c;
        table.series.append(std::move(s));
    };

    if (!query.split) {
        addSeries(QString(), false, count("0", ids, range, 1, nullptr, false).front());
        return table;
    }
    const int topK = std::max(query.topK, 0);
    if (*query.split == LookupField::Dataset) {
        QHash<qint64, qint64> totals;
        const Source src = sourceFor(rankRange, false);
        ClickHouseRows rows(m_entry.query("SELECT toInt64(dataset), " + src.count + " FROM " + src.table + " WHERE " +
                                          where(ids, rankRange, src) + " GROUP BY dataset FORMAT RowBinary"));
        while (!rows.atEnd()) {
            const qint64 id = rows.i64();
            totals[id] = qint64(rows.u64());
        }
        QList<qint64> order = ids;
        std::stable_sort(order.begin(), order.end(),
                         [&](qint64 a, qint64 b) { return totals.value(a) > totals.value(b); });
        QList<qint64> kept, others;
        for (qint64 id : order) {
            if (totals.value(id) > 0)
                (kept.size() < topK ? kept : others).append(id);
        }
        QByteArray seriesExpr = "indexOf([" + ClickHouseSql::numberList(kept) + "], toInt64(dataset))";
        if (kept.isEmpty())
            seriesExpr = "0";
        const auto counts = count(seriesExpr, kept + others, range, kept.size() + 1, nullptr, false);
        for (qsizetype i = 0; i < kept.size(); ++i)
            addSeries(names.value(kept[i], QString::number(kept[i])), false, counts[i + 1]);
        if (!others.isEmpty())
            addSeries(QStringLiteral("other"), true, counts[0]);
        return table;
    }

    const QByteArray column = owners.column(*query.split);
    const bool owner = isOwnerField(*query.split);
    QList<Ranked> ranked;
    auto readRanked = [&](const QByteArray &sql) {
        QList<Ranked> out;
        ClickHouseRows rows(m_entry.query(sql));
        while (!rows.atEnd()) {
            Ranked r;
            r.hash = rows.u64();
            r.total = qint64(rows.u64());
            out.append(r);
        }
        return out;
    };
    const QByteArray rankKey = column + '|' + ClickHouseSql::numberList(ids) + '|' +
        QByteArray::number(rankRange.fromUs) + '|' + QByteArray::number(rankRange.toUs) + '|' +
        QByteArray::number(topK) + '|' + where({}, rankRange, sourceFor(rankRange, true));
    bool cached = false, more = false; // more: values beyond the top K have lookups in the ranking range
    {
        std::lock_guard guard(m_mutex);
        if (m_rankCache.contains(rankKey)) {
            std::tie(ranked, more) = m_rankCache.value(rankKey);
            cached = true;
        }
    }
    // Ranked over whole datasets without name filters: the per-name counts of each import.
    const bool wholeSets =
        !nameFilters && !owner && !ids.isEmpty() && std::all_of(sets.begin(), sets.end(), [&](const DatasetInfo &d) {
            return !ids.contains(d.id) || d.records == 0 ||
                (rankRange.fromUs <= d.tsMinUs && d.tsMaxUs < rankRange.toUs);
        });
    if (topK > 0 && !cached) {
        const QByteArray base = wholeSets ? "SELECT h, sum(n) AS c FROM " + ClickHouseStore::table("name_counts") +
                " WHERE dataset IN (" + ClickHouseSql::numberList(ids) +
                ") AND kind = " + QByteArray::number(nameFieldIndex(*query.split)) + " GROUP BY h"
                                          : "SELECT " + column + ", count() AS c FROM " + lookupsTable() + " WHERE " +
                where(ids, rankRange, sourceFor(rankRange, true)) + " GROUP BY " + column;
        ranked = readRanked(base + " ORDER BY c DESC LIMIT " + QByteArray::number(topK + 1) + " FORMAT RowBinary");
        more = ranked.size() > topK;
        if (ranked.size() >= topK) {
            // Values tied with the K-th total compete by value, as in TimelineEngine.
            const qint64 threshold = ranked[topK - 1].total;
            ranked.removeIf([&](const Ranked &r) { return r.total <= threshold; });
            ranked += readRanked(base + " HAVING c = " + QByteArray::number(threshold) + " FORMAT RowBinary");
        }
        QList<quint64> hashes;
        for (const Ranked &r : std::as_const(ranked))
            hashes.append(r.hash);
        const QHash<quint64, QString> values = owner ? owners.labels : namesOf(hashes);
        for (Ranked &r : ranked)
            r.value = values.value(r.hash);
        rank(ranked);
        ranked = ranked.mid(0, topK);
        // Datasets never change once committed and ids are not reused, so a ranking stays
        // true: the window ranks over the whole extent on every zoom step and asks again.
        std::lock_guard guard(m_mutex);
        if (m_rankCache.size() > 64)
            m_rankCache.clear();
        m_rankCache.insert(rankKey, {ranked, more});
    }
    QStringList top;
    QList<quint64> topHashes;
    for (const Ranked &r : ranked) {
        top.append(r.value);
        topHashes.append(r.hash);
    }
    QSet<qint64> seen;
    const QByteArray seriesExpr =
        top.isEmpty() ? QByteArray("0") : "indexOf(" + ClickHouseSql::hashArray(topHashes) + ", " + column + ")";
    // "other" exists if a lookup of the hull is outside the top K. When the ranking range and
    // the view overlap, the hull is their union: the ranking knows its part (`more`), so only
    // the view's range is counted — zooming never rescans the whole ranking range.
    const bool overlap = topK > 0 && rankRange.fromUs <= range.toUs && range.fromUs <= rankRange.toUs;
    const auto counts = count(seriesExpr, ids, overlap ? range : hull, top.size() + 1, &seen, true);
    for (qsizetype i = 0; i < top.size(); ++i)
        addSeries(top[i].isEmpty() ? QStringLiteral("(none)") : top[i], false, counts[i + 1]);
    if (seen.contains(0) || (overlap && more))
        addSeries(QStringLiteral("other"), true, counts[0]);
    return table;
}
