// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore::records(): a drill-down page is one count() and one ORDER BY … LIMIT
// query on the server. Order: time, then dataset, then import order (seq), as SqliteStore
// orders by time, dataset and rowid. A record's id is (dataset << 40) | seq.
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"

namespace {
constexpr QLatin1StringView kNone("(none)");

// The stored form of a series value: "(none)" is the absent (empty) value.
QString storedValue(const QString &series)
{
    return series == kNone ? QString() : series;
}
} // namespace

RecordPage ClickHouseStore::records(const RecordQuery &query, qint64 offset, qint64 limit)
{
    QList<qint64> ids;
    for (const DatasetInfo &d : datasets()) {
        if (!query.datasets.isEmpty() && !query.datasets.contains(d.id))
            continue;
        if (query.split == LookupField::Dataset
            && !(query.seriesValue ? d.name == *query.seriesValue : !query.notIn.contains(d.name)))
            continue;
        ids.append(d.id);
    }
    RecordPage page;
    if (ids.isEmpty() || query.range.isEmpty() || query.range.toUs <= 0)
        return page;
    QByteArray where = "dataset IN (" + ClickHouseSql::numberList(ids) + ") AND ts >= "
                       + QByteArray::number(std::max<qint64>(query.range.fromUs, 0)) + " AND ts < "
                       + QByteArray::number(query.range.toUs);
    for (const FieldFilter &f : query.filters) {
        if (f.field != LookupField::Dataset)
            where += " AND " + ClickHouseSql::globCondition(fieldColumn(f.field), f.glob);
    }
    where += ClickHouseSql::excludedPairsCondition(query.excludedPairs);
    if (query.split && *query.split != LookupField::Dataset) {
        const QByteArray column = fieldColumn(*query.split);
        if (query.seriesValue) {
            where += " AND " + column + " = " + ClickHouseSql::quote(storedValue(*query.seriesValue));
        } else if (!query.notIn.isEmpty()) {
            QStringList values;
            for (const QString &v : query.notIn)
                values.append(storedValue(v));
            where += " AND NOT has(" + ClickHouseSql::stringArray(values) + ", " + column + ")";
        }
    }
    page.total = m_entry.query("SELECT count() FROM " + lookupsTable() + " WHERE " + where).trimmed().toLongLong();
    page.offset = std::clamp<qint64>(offset, 0, page.total);
    const qint64 count = std::min(page.total - page.offset, std::max<qint64>(limit, 0));
    if (count <= 0)
        return page;
    const QByteArray direction = query.descending ? " DESC" : "";
    const QByteArray answer = m_entry.query(
        "SELECT toInt64(dataset), toInt64(ts), toInt64(seq), client, qname, qtype, rcode, server, " + flagsColumn() + " FROM " + lookupsTable()
        + " WHERE " + where + " ORDER BY ts" + direction + ", dataset" + direction + ", seq" + direction + " LIMIT "
        + QByteArray::number(page.offset) + ", " + QByteArray::number(count) + " FORMAT RowBinary");
    ClickHouseRows rows(answer);
    while (!rows.atEnd()) {
        LookupRecord r;
        r.dataset = rows.i64();
        r.tsUs = rows.i64();
        r.id = (r.dataset << 40) | rows.i64();
        r.client = rows.text();
        r.qname = rows.text();
        r.qtype = rows.text();
        r.rcode = rows.text();
        r.server = rows.text();
        r.flags = rows.u8();
        page.records.append(r);
    }
    return page;
}
