// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's events: the rows of the `events` table (see StoreSchema), one per event, and
// of `event_series`, one per recurring series (schema version 4).
#include "sqlite_store.h"

#include "event_time.h"
#include "series_keys.h"
#include "sqlite_db.h"

#include <QDateTime>

namespace {

using Kind = Failure::Kind;

void checkWritable(const std::optional<QString> &readOnlyReason)
{
    if (readOnlyReason)
        throw Failure(Failure::Kind::Refused, QStringLiteral("Events cannot be changed: %1.").arg(*readOnlyReason));
}

void checkEvent(const TimelineEvent &e)
{
    const QString problem = EventTime::problem(e);
    if (!problem.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot store event '%1': %2").arg(e.title, problem));
}

// Binds the event's columns to parameters 1-9 in the order of the events table, the time to
// 10, its series and RECURRENCE-ID to 11 and 12 (NULL for a single event).
void bindEvent(Statement &st, const TimelineEvent &e)
{
    st.bind(1, e.startUs);
    if (e.endUs)
        st.bind(2, *e.endUs);
    else
        st.bindNull(2);
    st.bind(3, qint64(e.allDay)).bind(4, e.timeZone).bind(5, e.title).bind(6, e.notes).bind(7, e.category);
    st.bind(8, e.color).bind(9, e.url).bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (e.seriesId != 0)
        st.bind(11, e.seriesId).bind(12, e.recurrenceUs);
    else
        st.bindNull(11).bindNull(12);
}

bool exists(SqliteDb &db, const char *table, qint64 id)
{
    Statement st = db.prepare(QByteArray("SELECT count(*) FROM ") + table + " WHERE id = ?");
    st.bind(1, id);
    return st.step() && st.int64(0) > 0;
}

} // namespace

QList<TimelineEvent> SqliteStore::events()
{
    std::lock_guard guard(m_mutex);
    QList<TimelineEvent> out;
    const QByteArray series = m_schemaVersion >= 4 ? "series_id, recurrence_us" : "NULL, NULL";
    Statement st =
        m_db->prepare("SELECT id, start_us, end_us, all_day, time_zone, title, notes, category, color, url, " + series +
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
        if (!st.isNull(10)) {
            e.seriesId = st.int64(10);
            e.recurrenceUs = st.int64(11);
        }
        out.append(e);
    }
    return out;
}

qint64 SqliteStore::insertEvent(const TimelineEvent &e, qint64 id)
{
    checkEvent(e);
    Statement st = m_db->prepare("INSERT INTO events(start_us, end_us, all_day, time_zone, title, notes, category,"
                                 " color, url, created_at, updated_at, series_id, recurrence_us, id)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?10, ?10, ?11, ?12, ?13)");
    bindEvent(st, e);
    if (id > 0)
        st.bind(13, id);
    else
        st.bindNull(13);
    st.exec();
    return m_db->queryInt("SELECT last_insert_rowid()");
}

qint64 SqliteStore::insertSeries(const EventSeries &s, qint64 id)
{
    Statement st =
        m_db->prepare("INSERT INTO event_series(calendar, window_from_us, window_to_us, id) VALUES (?, ?, ?, ?)");
    st.bind(1, QByteArrayView(s.calendar)).bind(2, s.windowFromUs).bind(3, s.windowToUs);
    if (id > 0)
        st.bind(4, id);
    else
        st.bindNull(4);
    st.exec();
    return m_db->queryInt("SELECT last_insert_rowid()");
}

void SqliteStore::writeEvent(const TimelineEvent &e)
{
    checkEvent(e);
    Statement st = m_db->prepare("UPDATE events SET start_us = ?, end_us = ?, all_day = ?, time_zone = ?, title = ?,"
                                 " notes = ?, category = ?, color = ?, url = ?, updated_at = ?, series_id = ?,"
                                 " recurrence_us = ? WHERE id = ?");
    bindEvent(st, e);
    st.bind(13, e.id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event %2").arg(m_path).arg(e.id));
}

qint64 SqliteStore::addEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    return insertEvent(e);
}

QList<qint64> SqliteStore::addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    QList<qint64> ids;
    Transaction tx(*m_db);
    SeriesKeys keys;
    for (const EventSeries &s : series)
        keys.add(s.id, insertSeries(s));
    for (TimelineEvent e : events) {
        if (!series.isEmpty()) {
            keys.resolve(e);
        } else if (e.seriesId != 0 && !exists(*m_db, "event_series", e.seriesId)) {
            throw Failure(Failure::Kind::NotFound,
                          QStringLiteral("%1 has no event series %2").arg(m_path).arg(e.seriesId));
        }
        ids.append(insertEvent(e));
    }
    tx.commit();
    return ids;
}

void SqliteStore::updateEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    writeEvent(e);
}

void SqliteStore::deleteEvent(qint64 id)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    Statement st = m_db->prepare("DELETE FROM events WHERE id = ?");
    st.bind(1, id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event %2").arg(m_path).arg(id));
}

void SqliteStore::restoreEvent(const TimelineEvent &e)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    if (e.id <= 0)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot restore event '%1' without an id").arg(e.title));
    if (exists(*m_db, "events", e.id))
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 already has an event %2").arg(m_path).arg(e.id));
    insertEvent(e, e.id);
}

QList<EventSeries> SqliteStore::eventSeries()
{
    std::lock_guard guard(m_mutex);
    QList<EventSeries> out;
    if (m_schemaVersion < 4)
        return out;
    Statement st = m_db->prepare("SELECT id, calendar, window_from_us, window_to_us FROM event_series ORDER BY id");
    while (st.step())
        out.append({st.int64(0), st.text(1).toUtf8(), st.int64(2), st.int64(3)});
    return out;
}

void SqliteStore::updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    Transaction tx(*m_db);
    Statement st =
        m_db->prepare("UPDATE event_series SET calendar = ?, window_from_us = ?, window_to_us = ? WHERE id = ?");
    st.bind(1, QByteArrayView(series.calendar))
        .bind(2, series.windowFromUs)
        .bind(3, series.windowToUs)
        .bind(4, series.id)
        .exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event series %2").arg(m_path).arg(series.id));
    for (const TimelineEvent &e : occurrences) {
        if (e.seriesId != series.id)
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("event %1 is not an occurrence of series %2").arg(e.id).arg(series.id));
        writeEvent(e);
    }
    tx.commit();
}

void SqliteStore::deleteSeries(qint64 id)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    Transaction tx(*m_db);
    Statement st = m_db->prepare("DELETE FROM event_series WHERE id = ?");
    st.bind(1, id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event series %2").arg(m_path).arg(id));
    Statement occurrences = m_db->prepare("DELETE FROM events WHERE series_id = ?");
    occurrences.bind(1, id).exec();
    tx.commit();
}

void SqliteStore::restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    if (series.id <= 0 || exists(*m_db, "event_series", series.id))
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 cannot restore event series %2: the id is taken").arg(m_path).arg(series.id));
    Transaction tx(*m_db);
    insertSeries(series, series.id);
    for (const TimelineEvent &e : occurrences) {
        if (e.id <= 0 || exists(*m_db, "events", e.id) || e.seriesId != series.id)
            throw Failure(
                Failure::Kind::Refused,
                QStringLiteral("%1 cannot restore event %2 of series %3").arg(m_path).arg(e.id).arg(series.id));
        insertEvent(e, e.id);
    }
    tx.commit();
}
