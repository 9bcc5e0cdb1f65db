// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_bin_query.h"

#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "dataset_selection.h"
#include "timeline_engine.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

using ClickHouseSql::quote;

namespace {

constexpr qint64 kMinute = 60'000'000;
constexpr qint64 kHour = 3'600'000'000;
constexpr qsizetype kLiteralNames = 1000; // at most this many names: a glob becomes a literal list

// Highest total first; equal totals by value, as TimelineEngine ranks them.
void rank(QList<ClickHouseStore::Ranked> &values)
{
    std::sort(values.begin(), values.end(), [](const ClickHouseStore::Ranked &a, const ClickHouseStore::Ranked &b) {
        return a.total != b.total ? a.total > b.total : a.value < b.value;
    });
}

} // namespace

ClickHouseBinQuery::ClickHouseBinQuery(ClickHouseStore &store, const BinQuery &query, const QList<DatasetInfo> &sets)
    : m_store(store), m_query(query), m_sets(sets)
{
    for (const DatasetInfo &d : sets) {
        if (!query.datasets.isEmpty() && !query.datasets.contains(d.id))
            continue;
        m_ids.append(d.id);
        m_names.insert(d.id, d.name);
    }
    m_owners = store.ownerColumns(query.split, query.filters, query.ownerDatabases, m_ids);
    m_table = TimelineEngine::frame(query, DatasetSelection::extent(sets, query.datasets), &m_range);
    m_rankRange = query.rankRange.value_or(m_range);
    m_hull = query.rankRange
        ? TimeRange{std::min(m_rankRange.fromUs, m_range.fromUs), std::max(m_rankRange.toUs, m_range.toUs)}
        : m_range;
    m_binCount = m_table.binCount();
    m_fixed = m_table.width.unit() == BinWidth::Unit::Fixed;
    m_e0 = m_table.edges.isEmpty() ? 0 : m_table.edges.front();
    m_nameFilters = !query.excludedPairs.isEmpty() ||
        std::any_of(query.filters.begin(), query.filters.end(),
                    [](const FieldFilter &f) { return f.field != LookupField::Dataset; });
    // The per-minute rollup answers views whose bin edges and ranges all fall on whole minutes
    // (every zone's offset today is whole minutes, so local days and hours do).
    m_minuteEdges = m_fixed
        ? m_e0 % kMinute == 0 && m_table.width.fixedUs() % kMinute == 0
        : std::all_of(m_table.edges.begin(), m_table.edges.end(), [](qint64 e) { return e % kMinute == 0; });
    m_topK = std::max(query.topK, 0);
    m_qnameHours = qnameHoursAnswer(query, sets);
    if (m_qnameHours)
        resolveSmallQnameGlobs();
}

// Whether lookups_1h_qname can answer the view: name filters only on qname, a split by nothing,
// dataset or qname, bin edges on whole hours (UTC hours are local hours in every zone with a
// whole-hour offset: half-hour zones fall back), and every dataset read is in the rollup.
// Views the per-minute rollup answers never ask (it is smaller).
bool ClickHouseBinQuery::qnameHoursAnswer(const BinQuery &query, const QList<DatasetInfo> &sets) const
{
    const auto qnameOrDataset = [](LookupField f) { return f == LookupField::Dataset || f == LookupField::Qname; };
    if (m_table.edges.isEmpty() || !query.excludedPairs.isEmpty() || (query.split && !qnameOrDataset(*query.split)) ||
        !std::all_of(query.filters.begin(), query.filters.end(),
                     [&](const FieldFilter &f) { return qnameOrDataset(f.field); }))
        return false;
    if (!m_nameFilters && query.split != LookupField::Qname)
        return false;
    const bool hourEdges = m_fixed
        ? m_e0 % kHour == 0 && m_table.width.fixedUs() % kHour == 0
        : std::all_of(m_table.edges.begin(), m_table.edges.end(), [](qint64 e) { return e % kHour == 0; });
    return hourEdges && m_store.qnameHoursCover(sets, m_ids);
}

BinTable ClickHouseBinQuery::run()
{
    if (m_table.edges.isEmpty())
        return m_table;
    if (!m_query.split)
        addSeries(QString(), false, count("0", m_ids, m_range, 1, nullptr, false).front());
    else if (*m_query.split == LookupField::Dataset)
        splitByDataset();
    else
        splitByName();
    return m_table;
}

QByteArray ClickHouseBinQuery::keyOf(const QByteArray &ts) const
{
    if (m_fixed)
        return "if(toInt64(" + ts + ") < " + QByteArray::number(m_e0) + ", -1, intDiv(toInt64(" + ts + ") - " +
            QByteArray::number(m_e0) + ", " + QByteArray::number(m_table.width.fixedUs()) + "))";
    return "toInt64(toYYYYMMDD(toDateTime(intDiv(" + ts + ", 1000000)), " + quote(QByteArrayView(m_query.zone.id())) +
        "))";
}

// A qname glob matching few names becomes the literal list of their hashes (one query of
// `names`): the rollup's primary key (dataset, qname_h, hour) then skips every other name's
// granules, which a GLOBAL IN subquery's set does not. Same names as nameCondition's subquery.
void ClickHouseBinQuery::resolveSmallQnameGlobs()
{
    for (const FieldFilter &f : m_query.filters) {
        if (f.field != LookupField::Qname || f.glob == QLatin1String("*") || m_qnameLiterals.contains(f.glob))
            continue;
        ClickHouseRows rows(
            m_store.entry().query("SELECT DISTINCT h FROM " + m_store.table("names") +
                                  " WHERE kind = " + QByteArray::number(nameFieldIndex(LookupField::Qname)) + " AND " +
                                  ClickHouseSql::globCondition("name", f.glob) + " LIMIT " +
                                  QByteArray::number(kLiteralNames + 1) + " FORMAT RowBinary"));
        QList<quint64> hashes;
        while (!rows.atEnd())
            hashes.append(rows.u64());
        if (hashes.size() > kLiteralNames)
            continue;
        const QByteArray list = ClickHouseSql::hashArray(hashes); // "[a, b]": IN takes "(a, b)"
        m_qnameLiterals.insert(
            f.glob, hashes.isEmpty() ? QByteArray("0") : "qname_h IN (" + list.sliced(1, list.size() - 2) + ")");
    }
}

ClickHouseBinQuery::Source ClickHouseBinQuery::sourceFor(const TimeRange &range, bool rowsNeeded) const
{
    const qint64 from = std::max<qint64>(range.fromUs, 0), to = std::max<qint64>(range.toUs, 0);
    if (!rowsNeeded && !m_nameFilters && m_minuteEdges && from % kMinute == 0 && to % kMinute == 0)
        return Source{m_store.rollupTable(),
                      "(toUInt64(minute) * 60000000)",
                      "sum(n)",
                      "minute >= " + QByteArray::number(from / kMinute) + " AND minute < " +
                          QByteArray::number(to / kMinute),
                      {}};
    if (m_qnameHours && from % kHour == 0 && to % kHour == 0)
        return Source{m_store.qnameHoursTable(), "(toUInt64(hour) * 3600000000)", "sum(n)",
                      "hour >= " + QByteArray::number(from / kHour) + " AND hour < " + QByteArray::number(to / kHour),
                      "hour"};
    return Source{m_store.lookupsTable(),
                  "ts",
                  "count()",
                  "ts >= " + QByteArray::number(from) + " AND ts < " + QByteArray::number(to),
                  {}};
}

qsizetype ClickHouseBinQuery::binOf(qint64 key)
{
    if (m_fixed)
        return key >= 0 && key < m_binCount ? qsizetype(key) : -1;
    auto found = m_dayBins.constFind(key);
    if (found != m_dayBins.constEnd())
        return *found;
    const QDate date(int(key / 10000), int(key / 100 % 100), int(key % 100));
    const qint64 midnight = QDateTime(date, QTime(0, 0), m_query.zone).toMSecsSinceEpoch() * 1000;
    const qsizetype b =
        std::upper_bound(m_table.edges.begin(), m_table.edges.end(), midnight) - m_table.edges.begin() - 1;
    return m_dayBins[key] = b >= 0 && b < m_binCount ? b : -1;
}

QByteArray ClickHouseBinQuery::where(const QList<qint64> &setIds, const TimeRange &range, const Source &source) const
{
    QByteArray sql = setIds.isEmpty() || range.toUs <= 0 ? QByteArray("0")
                                                         : "dataset IN (" + ClickHouseSql::numberList(setIds) + ")";
    sql += " AND " + source.time;
    for (const FieldFilter &f : m_query.filters) {
        if (f.field != LookupField::Dataset)
            sql += " AND " +
                (f.field == LookupField::Qname && m_qnameLiterals.contains(f.glob)
                     ? m_qnameLiterals.value(f.glob)
                     : m_store.nameCondition(f.field, f.glob, m_owners));
    }
    return sql + ClickHouseSql::excludedPairsCondition(m_query.excludedPairs);
}

QList<QList<qint64>> ClickHouseBinQuery::count(const QByteArray &seriesExpr, const QList<qint64> &setIds,
                                               const TimeRange &range, qsizetype seriesCount, QSet<qint64> *seen,
                                               bool rowsNeeded)
{
    QList<QList<qint64>> out(seriesCount, QList<qint64>(m_binCount, 0));
    const Source source = sourceFor(range, rowsNeeded);
    QByteArray series = "toInt64(" + seriesExpr + ") AS s", counted = source.count;
    QByteArray from = source.table + " WHERE " + where(setIds, range, source);
    if (!source.preGroup.isEmpty()) {
        from = "(SELECT " + series + ", " + source.preGroup + ", " + source.count + " AS c FROM " + from +
            " GROUP BY s, " + source.preGroup + ")";
        series = "s";
        counted = "sum(c)";
    }
    const QByteArray answer = m_store.readLookups("SELECT " + series + ", " + keyOf(source.ts) + " AS k, " + counted +
                                                  " FROM " + from + " GROUP BY s, k FORMAT RowBinary");
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
}

void ClickHouseBinQuery::addSeries(const QString &name, bool isOther, QList<qint64> counts)
{
    BinSeries s{name, isOther, std::move(counts), 0};
    for (qint64 c : s.counts)
        s.total += c;
    m_table.series.append(std::move(s));
}

void ClickHouseBinQuery::splitByDataset()
{
    QHash<qint64, qint64> totals;
    const Source source = sourceFor(m_rankRange, false);
    ClickHouseRows rows(m_store.readLookups("SELECT toInt64(dataset), " + source.count + " FROM " + source.table +
                                            " WHERE " + where(m_ids, m_rankRange, source) +
                                            " GROUP BY dataset FORMAT RowBinary"));
    while (!rows.atEnd()) {
        const qint64 id = rows.i64();
        totals[id] = qint64(rows.u64());
    }
    QList<qint64> order = m_ids;
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) { return totals.value(a) > totals.value(b); });
    QList<qint64> kept, others;
    for (qint64 id : order) {
        if (totals.value(id) > 0)
            (kept.size() < m_topK ? kept : others).append(id);
    }
    QByteArray seriesExpr = "indexOf([" + ClickHouseSql::numberList(kept) + "], toInt64(dataset))";
    if (kept.isEmpty())
        seriesExpr = "0";
    const auto counts = count(seriesExpr, kept + others, m_range, kept.size() + 1, nullptr, false);
    for (qsizetype i = 0; i < kept.size(); ++i)
        addSeries(m_names.value(kept[i], QString::number(kept[i])), false, counts[i + 1]);
    if (!others.isEmpty())
        addSeries(QStringLiteral("other"), true, counts[0]);
}

void ClickHouseBinQuery::splitByName()
{
    // A split by answer counts a lookup under each distinct answer (arrayJoin over its values)
    // and once in "other" (the distinct series numbers of its values); a database without
    // answers (layout 2, read-only) has none: every lookup is "(none)". An answer owner field
    // splits the same way over the distinct labels of the lookup's answers.
    const bool answerSplit = *m_query.split == LookupField::Answer;
    const bool answerOwnerSplit = isOwnerField(*m_query.split) && ownerSource(*m_query.split) == LookupField::Answer;
    const QByteArray column = answerSplit && !m_store.hasAnswers() ? "toUInt64(0)" : m_owners.column(*m_query.split);
    const auto [ranked, more] = ranking(column); // more: values beyond the top K have lookups in the ranking range
    QStringList top;
    QList<quint64> topHashes;
    for (const Ranked &r : ranked) {
        top.append(r.value);
        topHashes.append(r.hash);
    }
    QSet<qint64> seen;
    QByteArray seriesExpr =
        top.isEmpty() ? QByteArray("0") : "indexOf(" + ClickHouseSql::hashArray(topHashes) + ", " + column + ")";
    if (((answerSplit && m_store.hasAnswers()) || answerOwnerSplit) && !top.isEmpty())
        seriesExpr = "arrayJoin(arrayDistinct(arrayMap(v -> indexOf(" + ClickHouseSql::hashArray(topHashes) + ", v), " +
            (answerSplit ? ClickHouseSql::answerValues() : m_owners.values(*m_query.split)) + ")))";
    // "other" exists if a lookup of the hull is outside the top K. When the ranking range and
    // the view overlap, the hull is their union: the ranking knows its part (`more`), so only
    // the view's range is counted — zooming never rescans the whole ranking range.
    const bool overlap = m_topK > 0 && m_rankRange.fromUs <= m_range.toUs && m_range.fromUs <= m_rankRange.toUs;
    const auto counts = count(seriesExpr, m_ids, overlap ? m_range : m_hull, top.size() + 1, &seen, true);
    for (qsizetype i = 0; i < top.size(); ++i)
        addSeries(top[i].isEmpty() ? QStringLiteral("(none)") : top[i], false, counts[i + 1]);
    if (seen.contains(0) || (overlap && more))
        addSeries(QStringLiteral("other"), true, counts[0]);
}

std::pair<QList<ClickHouseStore::Ranked>, bool> ClickHouseBinQuery::ranking(const QByteArray &column)
{
    const QByteArray rankKey = column + '|' + ClickHouseSql::numberList(m_ids) + '|' +
        QByteArray::number(m_rankRange.fromUs) + '|' + QByteArray::number(m_rankRange.toUs) + '|' +
        QByteArray::number(m_topK) + '|' + where({}, m_rankRange, sourceFor(m_rankRange, true));
    if (const auto cached = m_store.cachedRanking(rankKey))
        return *cached;
    if (m_topK == 0)
        return {};
    // Ranked over whole datasets without name filters: the per-name counts of each import.
    // (owner fields are derived, not counted at import).
    const bool answersMissing = *m_query.split == LookupField::Answer && !m_store.hasAnswers();
    const bool owner = isOwnerField(*m_query.split);
    const bool wholeSets = !m_nameFilters && !m_ids.isEmpty() && !answersMissing && !owner &&
        std::all_of(m_sets.begin(), m_sets.end(), [&](const DatasetInfo &d) {
            return !m_ids.contains(d.id) || d.records == 0 ||
                (m_rankRange.fromUs <= d.tsMinUs && d.tsMaxUs < m_rankRange.toUs);
        });
    const Source source = sourceFor(m_rankRange, true);
    const QByteArray base = wholeSets ? "SELECT h, sum(n) AS c FROM " + m_store.table("name_counts") +
            " WHERE dataset IN (" + ClickHouseSql::numberList(m_ids) +
            ") AND kind = " + QByteArray::number(nameFieldIndex(*m_query.split)) + " GROUP BY h"
                                      : "SELECT " + column + ", " + source.count + " AS c FROM " + source.table +
            " WHERE " + where(m_ids, m_rankRange, source) + " GROUP BY " + column;
    QList<Ranked> ranked =
        readRanked(base + " ORDER BY c DESC LIMIT " + QByteArray::number(m_topK + 1) + " FORMAT RowBinary");
    const bool more = ranked.size() > m_topK;
    if (ranked.size() >= m_topK) {
        // Values tied with the K-th total compete by value, as in TimelineEngine.
        const qint64 threshold = ranked[m_topK - 1].total;
        ranked.removeIf([&](const Ranked &r) { return r.total <= threshold; });
        ranked += readRanked(base + " HAVING c = " + QByteArray::number(threshold) + " FORMAT RowBinary");
    }
    QList<quint64> hashes;
    for (const Ranked &r : std::as_const(ranked))
        hashes.append(r.hash);
    const QHash<quint64, QString> values = owner ? m_owners.labels : m_store.namesOf(hashes);
    for (Ranked &r : ranked)
        r.value = values.value(r.hash);
    rank(ranked);
    ranked = ranked.mid(0, m_topK);
    m_store.keepRanking(rankKey, ranked, more);
    return {ranked, more};
}

QList<ClickHouseStore::Ranked> ClickHouseBinQuery::readRanked(const QByteArray &sql)
{
    QList<Ranked> out;
    ClickHouseRows rows(m_store.readLookups(sql));
    while (!rows.atEnd()) {
        Ranked r;
        r.hash = rows.u64();
        r.total = qint64(rows.u64());
        out.append(r);
    }
    return out;
}
