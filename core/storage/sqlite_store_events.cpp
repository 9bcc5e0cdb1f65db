// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's events: the rows of the `events` table (see StoreSchema), one per event.
#include "sqlite_store.h"

#include "event_time.h"
#include "sqlite_db.h"

#include <QDateTime>

namespace {

void checkWritable(bool readOnly, const QString &path)
{
    if (readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(path));
}

void checkEvent(const TimelineEvent &e)
{
    const QString problem = EventTime::problem(e);
    if (!problem.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot store event '%1': %2").arg(e.title, problem));
}

// Binds the event's columns to parameters 1-9 in the order of the events table, the time to 10.
void bindEvent(Statement &st, const TimelineEvent &e)
{
    st.bind(1, e.startUs);
    if (e.endUs)
        st.bind(2, *e.endUs);
    else
        st.bindNull(2);
    st.bind(3, qint64(e.allDay)).bind(4, e.timeZone).bind(5, e.title).bind(6, e.notes).bind(7, e.category);
    st.bind(8, e.color).bind(9, e.url).bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

} // namespace

QList<TimelineEvent> SqliteStore::events()
{
    std::lock_guard guard(m_mutex);
    QList<TimelineEvent> out;
    Statement st = m_db->prepare("SELECT id, start_us, end_us, all_day, time_zone, title, notes, category, color, url"
                                 " FROM events ORDER BY start_us, id");
    while (st.step()) {
        TimelineEvent e;
        e.id = st.int64(0);
        e.startUs = st.int64(1);
        if (!st.isNull(2))
            e.endUs = st.int64(2);
        e.allDay = st.int64(3) != 0;
        e.timeZone = st.text(4);
        e.title = st.text(5);
        e.notes = st.text(6);
        e.category = st.text(7);
        e.color = st.text(8);
        e.url = st.text(9);
        out.append(e);
    }
    return out;
}

qint64 SqliteStore::insertEvent(const TimelineEvent &e, qint64 id)
{
    checkEvent(e);
    Statement st = m_db->prepare("INSERT INTO events(start_us, end_us, all_day, time_zone, title, notes, category,"
                                 " color, url, created_at, updated_at, id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?10, ?10, ?11)");
    bindEvent(st, e);
    if (id > 0)
        st.bind(11, id);
    else
        st.bindNull(11);
    st.exec();
    return m_db->queryInt("SELECT last_insert_rowid()");
}

qint64 SqliteStore::addEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnly, m_path);
    return insertEvent(e);
}

QList<qint64> SqliteStore::addEvents(const QList<TimelineEvent> &events)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnly, m_path);
    QList<qint64> ids;
    Transaction tx(*m_db);
    for (const TimelineEvent &e : events)
        ids.append(insertEvent(e));
    tx.commit();
    return ids;
}

void SqliteStore::updateEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnly, m_path);
    checkEvent(e);
    Statement st = m_db->prepare("UPDATE events SET start_us = ?, end_us = ?, all_day = ?, time_zone = ?, title = ?,"
                                 " notes = ?, category = ?, color = ?, url = ?, updated_at = ? WHERE id = ?");
    bindEvent(st, e);
    st.bind(11, e.id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event %2").arg(m_path).arg(e.id));
}

void SqliteStore::deleteEvent(qint64 id)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnly, m_path);
    Statement st = m_db->prepare("DELETE FROM events WHERE id = ?");
    st.bind(1, id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event %2").arg(m_path).arg(id));
}

void SqliteStore::restoreEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnly, m_path);
    if (e.id <= 0)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot restore event '%1' without an id").arg(e.title));
    Statement taken = m_db->prepare("SELECT count(*) FROM events WHERE id = ?");
    taken.bind(1, e.id);
    if (taken.step() && taken.int64(0) > 0)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 already has an event %2").arg(m_path).arg(e.id));
    insertEvent(e, e.id);
}
