// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's events: versioned rows of the `events` table on the URL's server. Each
// change inserts the event's whole new state with a higher version (deleted = 1 removes it);
// reads take argMax(…, version) per id. One INSERT is one block, so addEvents() stores all
// events or none. Recurring series are versioned rows of `event_series` the same way; a
// change to a series and its occurrences is two INSERTs (series first; should the second
// fail, the series rows written are marked deleted again).
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "event_time.h"
#include "series_keys.h"
#include "sqlite_db.h"

#include <QRandomGenerator>

namespace {

using Kind = Failure::Kind;

void checkEvent(const TimelineEvent &e)
{
    const QString problem = EventTime::problem(e);
    if (!problem.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot store event '%1': %2").arg(e.title, problem));
}

const QByteArray kEventColumns = "(id, version, deleted, start_us, has_end, end_us, all_day, time_zone, title, notes,"
                                 " category, color, url, series_id, recurrence_us)";

void putEvent(QByteArray &out, const TimelineEvent &e, quint64 version, bool deleted)
{
    ClickHouseRows::putU64(out, quint64(e.id));
    ClickHouseRows::putU64(out, version);
    ClickHouseRows::putU8(out, deleted ? 1 : 0);
    ClickHouseRows::putU64(out, quint64(e.startUs));
    ClickHouseRows::putU8(out, e.endUs ? 1 : 0);
    ClickHouseRows::putU64(out, quint64(e.endUs.value_or(0)));
    ClickHouseRows::putU8(out, e.allDay ? 1 : 0);
    for (const QString *s : {&e.timeZone, &e.title, &e.notes, &e.category, &e.color, &e.url})
        ClickHouseRows::putBytes(out, s->toUtf8());
    ClickHouseRows::putU64(out, quint64(e.seriesId));
    ClickHouseRows::putU64(out, quint64(e.seriesId != 0 ? e.recurrenceUs : 0));
}

void putSeries(QByteArray &out, const EventSeries &s, quint64 version, bool deleted)
{
    ClickHouseRows::putU64(out, quint64(s.id));
    ClickHouseRows::putU64(out, version);
    ClickHouseRows::putU8(out, deleted ? 1 : 0);
    ClickHouseRows::putBytes(out, s.calendar);
    ClickHouseRows::putU64(out, quint64(s.windowFromUs));
    ClickHouseRows::putU64(out, quint64(s.windowToUs));
}

} // namespace

QList<TimelineEvent> ClickHouseStore::events()
{
    const QByteArray series =
        m_eventSeries ? "argMax(series_id, version), argMax(recurrence_us, version)" : "toUInt64(0), toInt64(0)";
    const QByteArray answer = m_entry.query(
        "SELECT * FROM (SELECT id, argMax(start_us, version) AS start, argMax(has_end, version), argMax(end_us, "
        "version),"
        " argMax(all_day, version), argMax(time_zone, version), argMax(title, version), argMax(notes, version),"
        " argMax(category, version), argMax(color, version), argMax(url, version), " +
        series +
        ","
        " argMax(deleted, version) AS gone FROM " +
        table("events") +
        " GROUP BY id) WHERE gone = 0 ORDER BY start, id"
        " FORMAT RowBinary");
    QList<TimelineEvent> out;
    ClickHouseRows rows(answer);
    while (!rows.atEnd()) {
        TimelineEvent e;
        e.id = qint64(rows.u64());
        e.startUs = rows.i64();
        const bool hasEnd = rows.u8() != 0;
        const qint64 end = rows.i64();
        if (hasEnd)
            e.endUs = end;
        e.allDay = rows.u8() != 0;
        e.timeZone = rows.text();
        e.title = rows.text();
        e.notes = rows.text();
        e.category = rows.text();
        e.color = rows.text();
        e.url = rows.text();
        e.seriesId = qint64(rows.u64());
        e.recurrenceUs = rows.i64();
        rows.u8();
        out.append(e);
    }
    return out;
}

QList<EventSeries> ClickHouseStore::eventSeries()
{
    if (!m_eventSeries)
        return {};
    const QByteArray answer = m_entry.query("SELECT * FROM (SELECT id, argMax(calendar, version), "
                                            "argMax(window_from_us, version), argMax(window_to_us, version),"
                                            " argMax(deleted, version) AS gone FROM " +
                                            table("event_series") +
                                            " GROUP BY id) WHERE gone = 0 ORDER BY id"
                                            " FORMAT RowBinary");
    QList<EventSeries> out;
    ClickHouseRows rows(answer);
    while (!rows.atEnd()) {
        EventSeries s;
        s.id = qint64(rows.u64());
        s.calendar = rows.text().toUtf8();
        s.windowFromUs = rows.i64();
        s.windowToUs = rows.i64();
        rows.u8();
        out.append(s);
    }
    return out;
}

void ClickHouseStore::insertEvents(const QByteArray &rows)
{
    if (!rows.isEmpty())
        m_entry.insert("INSERT INTO " + table("events") + ' ' + kEventColumns + " FORMAT RowBinary", rows);
}

void ClickHouseStore::insertSeries(const QByteArray &rows)
{
    if (!rows.isEmpty())
        m_entry.insert("INSERT INTO " + table("event_series") + " FORMAT RowBinary", rows);
}

qint64 ClickHouseStore::addEvent(const TimelineEvent &event)
{
    return addEvents({event}).front();
}

QList<qint64> ClickHouseStore::addEvents(const QList<TimelineEvent> &events, const QList<EventSeries> &series)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    for (const TimelineEvent &e : events)
        checkEvent(e);
    std::lock_guard guard(m_eventMutex);
    SeriesKeys keys;
    QByteArray seriesRows, undoRows;
    qint64 nextSeries = m_entry.query("SELECT max(id) FROM " + table("event_series")).trimmed().toLongLong() + 1;
    for (EventSeries s : series) {
        keys.add(s.id, nextSeries);
        s.id = nextSeries++;
        putSeries(seriesRows, s, newVersion(), false);
        putSeries(undoRows, s, newVersion(), true);
    }
    qint64 next = m_entry.query("SELECT max(id) FROM " + table("events")).trimmed().toLongLong() + 1;
    QByteArray rows;
    QList<qint64> ids;
    for (TimelineEvent e : events) {
        if (!series.isEmpty())
            keys.resolve(e);
        e.id = next++;
        ids.append(e.id);
        putEvent(rows, e, newVersion(), false);
    }
    insertSeries(seriesRows);
    try {
        insertEvents(rows);
    } catch (const Failure &) {
        insertSeries(undoRows);
        throw;
    }
    return ids;
}

void ClickHouseStore::updateEvent(const TimelineEvent &event)
{
    writeEvent(event, false);
}

void ClickHouseStore::deleteEvent(qint64 id)
{
    TimelineEvent e;
    e.id = id;
    writeEvent(e, true);
}

void ClickHouseStore::writeEvent(const TimelineEvent &event, bool deleted)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    if (!deleted)
        checkEvent(event);
    std::lock_guard guard(m_eventMutex);
    const QList<TimelineEvent> current = events();
    if (std::none_of(current.begin(), current.end(), [&](const TimelineEvent &e) { return e.id == event.id; }))
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event %2").arg(location()).arg(event.id));
    QByteArray row;
    putEvent(row, event, newVersion(), deleted);
    insertEvents(row);
}

void ClickHouseStore::restoreEvent(const TimelineEvent &event)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    checkEvent(event);
    std::lock_guard guard(m_eventMutex);
    const QList<TimelineEvent> current = events();
    if (event.id <= 0 ||
        std::any_of(current.begin(), current.end(), [&](const TimelineEvent &e) { return e.id == event.id; }))
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 cannot restore event %2: the id is taken").arg(location()).arg(event.id));
    QByteArray row;
    putEvent(row, event, newVersion(), false);
    insertEvents(row);
}

void ClickHouseStore::updateSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    QByteArray rows;
    for (const TimelineEvent &e : occurrences) {
        checkEvent(e);
        if (e.seriesId != series.id)
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("event %1 is not an occurrence of series %2").arg(e.id).arg(series.id));
        putEvent(rows, e, newVersion(), false);
    }
    std::lock_guard guard(m_eventMutex);
    const QList<EventSeries> current = eventSeries();
    if (std::none_of(current.begin(), current.end(), [&](const EventSeries &s) { return s.id == series.id; }))
        throw Failure(Failure::Kind::NotFound,
                      QStringLiteral("%1 has no event series %2").arg(location()).arg(series.id));
    QByteArray seriesRow;
    putSeries(seriesRow, series, newVersion(), false);
    insertSeries(seriesRow);
    insertEvents(rows);
}

void ClickHouseStore::deleteSeries(qint64 id)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    std::lock_guard guard(m_eventMutex);
    const QList<EventSeries> current = eventSeries();
    if (std::none_of(current.begin(), current.end(), [&](const EventSeries &s) { return s.id == id; }))
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no event series %2").arg(location()).arg(id));
    QByteArray rows;
    for (const TimelineEvent &e : events())
        if (e.seriesId == id)
            putEvent(rows, e, newVersion(), true);
    EventSeries gone;
    gone.id = id;
    QByteArray seriesRow;
    putSeries(seriesRow, gone, newVersion(), true);
    insertEvents(rows); // the occurrences first: a series never outlives its occurrences half-way
    insertSeries(seriesRow);
}

void ClickHouseStore::restoreSeries(const EventSeries &series, const QList<TimelineEvent> &occurrences)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    std::lock_guard guard(m_eventMutex);
    const QList<EventSeries> currentSeries = eventSeries();
    const QList<TimelineEvent> current = events();
    if (series.id <= 0 || std::any_of(currentSeries.begin(), currentSeries.end(), [&](const EventSeries &s) {
            return s.id == series.id;
        }))
        throw Failure(
            Failure::Kind::Refused,
            QStringLiteral("%1 cannot restore event series %2: the id is taken").arg(location()).arg(series.id));
    QByteArray rows;
    for (const TimelineEvent &e : occurrences) {
        checkEvent(e);
        if (e.id <= 0 || e.seriesId != series.id ||
            std::any_of(current.begin(), current.end(), [&](const TimelineEvent &c) { return c.id == e.id; }))
            throw Failure(
                Failure::Kind::Refused,
                QStringLiteral("%1 cannot restore event %2 of series %3").arg(location()).arg(e.id).arg(series.id));
        putEvent(rows, e, newVersion(), false);
    }
    QByteArray seriesRow, undoRow;
    putSeries(seriesRow, series, newVersion(), false);
    putSeries(undoRow, series, newVersion(), true);
    insertSeries(seriesRow);
    try {
        insertEvents(rows);
    } catch (const Failure &) {
        insertSeries(undoRow);
        throw;
    }
}

// The first key ever written wins: two clients creating one at once both read back the same.
QByteArray ClickHouseStore::redactionKey()
{
    const QByteArray select = "SELECT hex(argMin(value, version)) FROM " + table("store_meta") +
        " WHERE key = " + ClickHouseSql::quote(QByteArrayView("redaction_key"));
    QByteArray key = QByteArray::fromHex(m_entry.query(select).trimmed());
    if (key.size() == 32)
        return key;
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 has no redaction key yet and is open read-only").arg(location()));
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    QByteArray row;
    ClickHouseRows::putBytes(row, "redaction_key");
    ClickHouseRows::putU64(row, newVersion());
    ClickHouseRows::putBytes(row, fresh);
    m_entry.insert("INSERT INTO " + table("store_meta") + " FORMAT RowBinary", row);
    key = QByteArray::fromHex(m_entry.query(select).trimmed());
    if (key.size() != 32)
        throw Failure(Failure::Kind::Io, QStringLiteral("%1 did not keep the redaction key").arg(location()));
    return key;
}
