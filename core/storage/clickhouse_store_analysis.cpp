// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's aggregates for the analyses (LookupStore::pairTimes, pairGaps, silences,
// qnameCounts), pushed down so that only their answers travel, equal to ColumnAggregates':
//  - pair times: groupArray(ts) per pair, grouped by (client_h, qname_h), the names resolved
//    from `names` for the pairs kept, the times sorted here: 8 bytes per lookup of the pairs
//    kept;
//  - pair gaps (periodicity): the servers sort each pair's times and find its polls
//    (ClickHousePairGaps), 4 bytes per poll;
//  - silences: a silence longer than G never lies inside a bucket intDiv(ts, G), so the
//    buckets' min and max (one row per non-empty bucket) give every one exactly;
//  - name counts: uniqExact(qname_h) per bin, and min(ts) per qname_h binned, with the bin number
//    computed by the server (intDiv for fixed widths, transform() of the local date for
//    calendar widths) from the edges of TimelineEngine::frame, as bins() frames them;
//  - answer groups: min, max and count per (qname_h, answers_h, rcode_h), the names and answer
//    sets resolved from `names`; then, for the groups with an error rcode only, their first
//    times (arraySort of groupArray, sliced on the server).
// SQL that ClickHouse 18.16 understands; user values pass through ClickHouseSql.
#include "answer_set_text.h"
#include "clickhouse_pair_gaps.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "dataset_selection.h"
#include "failure.h"
#include "timeline_engine.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

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

// Ids for the name hashes of pairs as they come (0 for the absent name), then their text.
class NameIds {
public:
    quint32 of(quint64 h)
    {
        if (h == 0)
            return 0;
        auto it = m_ids.constFind(h);
        if (it != m_ids.constEnd())
            return *it;
        m_hashes.append(h);
        return m_ids[h] = quint32(m_hashes.size()); // id 0 is no name
    }
    std::shared_ptr<std::vector<QString>> names(ClickHouseStore &store) const
    {
        auto out = std::make_shared<std::vector<QString>>(size_t(m_hashes.size()) + 1);
        const QHash<quint64, QString> text = store.namesOf(m_hashes);
        for (qsizetype i = 0; i < m_hashes.size(); ++i)
            (*out)[size_t(i) + 1] = text.value(m_hashes[i]);
        return out;
    }

private:
    QHash<quint64, quint32> m_ids; // name hash → id
    QList<quint64> m_hashes;       // by id − 1
};

} // namespace

PairTimes ClickHouseStore::pairTimes(const BinQuery &query, qint64 minLookups)
{
    PairTimes out;
    NameIds ids;
    ClickHouseRows rows(readLookups("SELECT client_h, qname_h, groupArray(ts) FROM " + lookupsTable() + " WHERE " +
                                    condition(*this, selected(datasets(), query), query.range, query, true) +
                                    " GROUP BY client_h, qname_h HAVING count() >= " +
                                    QByteArray::number(std::max<qint64>(minLookups, 1)) + " FORMAT RowBinary"));
    while (!rows.atEnd()) {
        PairTimes::Pair p;
        p.client = ids.of(rows.u64());
        p.qname = ids.of(rows.u64());
        const quint64 n = rows.length();
        p.begin = qint64(out.times.size());
        p.end = p.begin + qint64(n);
        out.times.resize(size_t(p.end));
        rows.i64s(out.times.data() + p.begin, n);
        std::sort(out.times.begin() + p.begin, out.times.end()); // cheaper here than arraySort on the server
        out.pairs.push_back(p);
    }
    out.names = ids.names(*this);
    return out;
}

PairGaps ClickHouseStore::pairGaps(const BinQuery &query, qint64 minLookups,
                                   const std::function<bool(double)> &progress)
{
    const auto cancelled = [&](double done) {
        if (progress && !progress(done))
            throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
    };
    cancelled(0);
    const QByteArray where = condition(*this, selected(datasets(), query), query.range, query, true);
    NameIds ids;
    const auto ask = [&](ClickHousePairGaps::Keys keys) {
        ids = NameIds();
        return ClickHousePairGaps::read(readLookups(ClickHousePairGaps::sql(lookupsTable(), where, minLookups, keys)),
                                        minLookups, [&](quint64 h) { return ids.of(h); });
    };
    std::optional<PairGaps> out = ask(ClickHousePairGaps::Keys::Mixed);
    if (!out) // two pairs under one mixed key: by both hashes (every row is then one pair)
        out = ask(ClickHousePairGaps::Keys::Exact);
    out->names = ids.names(*this);
    cancelled(1);
    return std::move(*out);
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

AnswerGroups ClickHouseStore::answerGroups(const BinQuery &query, qsizetype maxTimes)
{
    const QByteArray where = condition(*this, selected(datasets(), query), query.range, query, true);
    const QByteArray keys = "qname_h, " + QByteArray(m_answers ? "answers_h" : "toUInt64(0)") + " AS set_h, rcode_h";
    struct Key {
        quint64 qname, set, rcode;
    };
    QList<Key> found;
    QList<quint64> hashes;
    AnswerGroups out;
    ClickHouseRows rows(readLookups("SELECT " + keys + ", toInt64(min(ts)), toInt64(max(ts)), count() FROM " +
                                    lookupsTable() + " WHERE " + where + " GROUP BY qname_h, set_h, rcode_h" +
                                    " FORMAT RowBinary"));
    while (!rows.atEnd()) {
        Key k;
        k.qname = rows.u64();
        k.set = rows.u64();
        k.rcode = rows.u64();
        AnswerGroups::Group g;
        g.firstUs = rows.i64();
        g.lastUs = rows.i64();
        g.lookups = qint64(rows.u64());
        out.lookups += g.lookups;
        found.append(k);
        hashes << k.qname << k.set << k.rcode;
        out.groups.append(std::move(g));
    }
    const QHash<quint64, QString> text = namesOf(hashes);
    QList<quint64> errorRcodes;
    std::map<std::tuple<quint64, quint64, quint64>, qsizetype> errorGroups; // → index in out.groups
    for (qsizetype i = 0; i < out.groups.size(); ++i) {
        AnswerGroups::Group &g = out.groups[i];
        const Key &k = found[i];
        g.qname = text.value(k.qname);
        g.rcode = text.value(k.rcode);
        if (k.set)
            g.answers = AnswerSetText::answers(text.value(k.set).toUtf8(), 0);
        if (isErrorRcode(g.rcode)) {
            if (!errorRcodes.contains(k.rcode))
                errorRcodes.append(k.rcode);
            errorGroups.emplace(std::tuple(k.qname, k.set, k.rcode), i);
        }
    }
    if (errorGroups.empty() || maxTimes <= 0)
        return out;
    ClickHouseRows times(readLookups("SELECT " + keys + ", arraySlice(arraySort(groupArray(toInt64(ts))), 1, " +
                                     QByteArray::number(maxTimes) + ") FROM " + lookupsTable() + " WHERE " + where +
                                     " AND has(" + ClickHouseSql::hashArray(errorRcodes) +
                                     ", rcode_h) GROUP BY qname_h, set_h, rcode_h FORMAT RowBinary"));
    while (!times.atEnd()) {
        const quint64 qname = times.u64(), set = times.u64(), rcode = times.u64();
        const quint64 n = times.length();
        std::vector<qint64> at(static_cast<size_t>(n));
        times.i64s(at.data(), n);
        const auto g = errorGroups.find(std::tuple(qname, set, rcode));
        if (g != errorGroups.end())
            out.groups[g->second].errorTimesUs = std::move(at);
    }
    return out;
}
