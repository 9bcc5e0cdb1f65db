// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's events: versioned rows of the `events` table on the URL's server. Each
// change inserts the event's whole new state with a higher version (deleted = 1 removes it);
// reads take argMax(…, version) per id. One INSERT is one block, so addEvents() stores all
// events or none.
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "event_time.h"
#include "sqlite_db.h"

#include <QRandomGenerator>

namespace {
void checkEvent(const TimelineEvent &e)
{
    const QString problem = EventTime::problem(e);
    if (!problem.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot store event '%1': %2").arg(e.title, problem));
}

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
}
} // namespace

QList<TimelineEvent> ClickHouseStore::events()
{
    const QByteArray answer = m_entry.query(
        "SELECT * FROM (SELECT id, argMax(start_us, version) AS start, argMax(has_end, version), argMax(end_us, "
        "version),"
        " argMax(all_day, version), argMax(time_zone, version), argMax(title, version), argMax(notes, version),"
        " argMax(category, version), argMax(color, version), argMax(url, version), argMax(deleted, version) AS gone"
        " FROM " +
        table("events") + " GROUP BY id) WHERE gone = 0 ORDER BY start, id FORMAT RowBinary");
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
        rows.u8();
        out.append(e);
    }
    return out;
}

qint64 ClickHouseStore::addEvent(const TimelineEvent &event)
{
    return addEvents({event}).front();
}

QList<qint64> ClickHouseStore::addEvents(const QList<TimelineEvent> &events)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    for (const TimelineEvent &e : events)
        checkEvent(e);
    std::lock_guard guard(m_eventMutex);
    qint64 next = m_entry.query("SELECT max(id) FROM " + table("events")).trimmed().toLongLong() + 1;
    QByteArray rows;
    QList<qint64> ids;
    for (TimelineEvent e : events) {
        e.id = next++;
        ids.append(e.id);
        putEvent(rows, e, newVersion(), false);
    }
    if (!events.isEmpty())
        m_entry.insert("INSERT INTO " + table("events") + " FORMAT RowBinary", rows);
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
    m_entry.insert("INSERT INTO " + table("events") + " FORMAT RowBinary", row);
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
    m_entry.insert("INSERT INTO " + table("events") + " FORMAT RowBinary", row);
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
