// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's passive-DNS observations: rows of the `observations` table (schema v2), read
// with SQL (they are few next to lookups: one per rrname/rdata, not one per query). The globs
// are matched here, with NameGlob, so that they mean what they mean in every other view.
#include "sqlite_store.h"

#include "name_glob.h"
#include "sqlite_db.h"

#include <QRegularExpression>

namespace {

bool matches(const QRegularExpression &pattern, const QString &glob, const QString &value)
{
    return glob.isEmpty() || pattern.match(value).hasMatch();
}

} // namespace

QList<Observation> SqliteStore::observations(const ObservationQuery &query)
{
    std::lock_guard guard(m_mutex);
    QList<Observation> out;
    if (m_schemaVersion < 2 || query.limit <= 0)
        return out;
    QByteArray sql("SELECT id, dataset, rrname, coalesce(rrtype, ''), coalesce(rdata, ''), coalesce(bailiwick, ''),"
                   " time_first, time_last, coalesce(count, -1), zone_times FROM observations WHERE 1");
    if (!query.datasets.isEmpty()) {
        QByteArrayList ids;
        for (qint64 id : query.datasets)
            ids.append(QByteArray::number(id));
        sql += " AND dataset IN (" + ids.join(',') + ')';
    }
    if (!query.range.isEmpty())
        sql += " AND time_last >= ?1 AND time_first < ?2";
    sql += " ORDER BY rrname, rdata, time_first, id";
    Statement st = m_db->prepare(sql);
    if (!query.range.isEmpty())
        st.bind(1, query.range.fromUs).bind(2, query.range.toUs);
    const QRegularExpression rrname = NameGlob::pattern(query.rrnameGlob);
    const QRegularExpression rdata = NameGlob::pattern(query.rdataGlob);
    while (st.step() && out.size() < query.limit) {
        Observation o;
        o.rrname = st.text(2);
        o.rdata = st.text(4);
        if (!matches(rrname, query.rrnameGlob, o.rrname) || !matches(rdata, query.rdataGlob, o.rdata))
            continue;
        o.id = st.int64(0);
        o.dataset = st.int64(1);
        o.rrtype = st.text(3);
        o.bailiwick = st.text(5);
        o.timeFirstUs = st.int64(6);
        o.timeLastUs = st.int64(7);
        o.count = st.int64(8);
        o.zoneTimes = st.int64(9) != 0;
        out.append(o);
    }
    return out;
}
