// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore::records(): a drill-down page is one count() and one ORDER BY … LIMIT
// query on the server. Order: time, then dataset, then import order (seq), as SqliteStore
// orders by time, dataset and rowid. A record's id is (dataset << 40) | seq. The page's names
// and answer sets are resolved from their hashes by one query on `names`.
#include "answer_set_text.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "dataset_selection.h"

#include <array>
#include <tuple>

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
    const QList<qint64> ids = DatasetSelection::forRecords(query, datasets());
    RecordPage page;
    if (ids.isEmpty() || query.range.isEmpty() || query.range.toUs <= 0)
        return page;
    QByteArray where = "dataset IN (" + ClickHouseSql::numberList(ids) +
        ") AND ts >= " + QByteArray::number(std::max<qint64>(query.range.fromUs, 0)) + " AND ts < " +
        QByteArray::number(query.range.toUs);
    const ClickHouseOwnerColumns owners = ownerColumns(query.split, query.filters, query.ownerDatabases, ids);
    for (const FieldFilter &f : query.filters) {
        if (f.field != LookupField::Dataset)
            where += " AND " + nameCondition(f.field, f.glob, owners);
    }
    where += ClickHouseSql::excludedPairsCondition(query.excludedPairs);
    if (query.split && *query.split != LookupField::Dataset) {
        auto hashes = [](const QStringList &values) {
            QList<quint64> out;
            for (const QString &v : values)
                out.append(ClickHouseSql::nameHash(storedValue(v)));
            return ClickHouseSql::hashArray(out);
        };
        // A series of a single-valued field tests the lookup's value; one of answers, whether any
        // of the lookup's answers is in it (as TimelineEngine counts them).
        const bool answer = *query.split == LookupField::Answer;
        const bool answerOwner = isOwnerField(*query.split) && ownerSource(*query.split) == LookupField::Answer;
        const QByteArray values = answerOwner ? owners.values(*query.split)
            : !answer                         ? "[" + owners.column(*query.split) + "]"
            : m_answers                       ? ClickHouseSql::answerValues()
                                              : QByteArray("[toUInt64(0)]");
        if (query.seriesValue)
            where += " AND has(" + values + ", " +
                QByteArray::number(ClickHouseSql::nameHash(storedValue(*query.seriesValue))) + ")";
        if (!query.notIn.isEmpty())
            where += " AND arrayExists(v -> NOT has(" + hashes(query.notIn) + ", v), " + values + ")";
        if (query.seriesIn)
            where += " AND arrayExists(v -> has(" + hashes(*query.seriesIn) + ", v), " + values + ")";
    }
    page.total = readLookups("SELECT count() FROM " + lookupsTable() + " WHERE " + where).trimmed().toLongLong();
    page.offset = std::clamp<qint64>(offset, 0, page.total);
    const qint64 count = std::min(page.total - page.offset, std::max<qint64>(limit, 0));
    if (count <= 0)
        return page;
    const QByteArray direction = query.descending ? " DESC" : "";
    const QByteArray answer = readLookups(
        "SELECT toInt64(dataset), toInt64(ts), toInt64(seq), client_h, qname_h, qtype_h, rcode_h, "
        "server_h, flags, " +
        QByteArray(m_answers ? "answers_h, answer_ttl" : "toUInt64(0), toUInt32(0)") + " FROM " + lookupsTable() +
        " WHERE " + where + " ORDER BY ts" + direction + ", dataset" + direction + ", seq" + direction + " LIMIT " +
        QByteArray::number(page.offset) + ", " + QByteArray::number(count) + " FORMAT RowBinary");
    ClickHouseRows rows(answer);
    QList<std::array<quint64, 5>> nameHashes;
    QList<std::pair<quint64, quint32>> answerSets; // the set's hash and the base TTL
    QList<quint64> all;
    while (!rows.atEnd()) {
        LookupRecord r;
        r.dataset = rows.i64();
        r.tsUs = rows.i64();
        r.id = (r.dataset << 40) | rows.i64();
        std::array<quint64, 5> h;
        for (quint64 &v : h) {
            v = rows.u64();
            all.append(v);
        }
        nameHashes.append(h);
        r.flags = rows.u8();
        const quint64 set = rows.u64();
        answerSets.append({set, rows.u32()});
        all.append(set);
        page.records.append(r);
    }
    const QHash<quint64, QString> names = namesOf(all);
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        LookupRecord &r = page.records[i];
        const std::array<quint64, 5> &h = nameHashes[i];
        std::tie(r.client, r.qname, r.qtype, r.rcode, r.server) =
            std::tuple(names.value(h[0]), names.value(h[1]), names.value(h[2]), names.value(h[3]), names.value(h[4]));
        if (answerSets[i].first)
            r.answers = AnswerSetText::answers(names.value(answerSets[i].first).toUtf8(), answerSets[i].second);
    }
    ownerDirectory(query.ownerDatabases)->label(page.records);
    return page;
}
