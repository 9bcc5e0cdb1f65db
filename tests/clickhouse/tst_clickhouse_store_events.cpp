// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TstClickHouseStore's recurring series: the same calendars imported into the cluster and
// into SQLite give the same occurrences, series and export, through occurrence and
// whole-series changes; an events table of an earlier version gets the series columns.
#include "clickhouse_http.h"
#include "clickhouse_store.h"
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_series_edit.h"
#include "sqlite_db.h"
#include "test_cluster.h"
#include "tst_clickhouse_store.h"

#include <QFile>
#include <QTest>

namespace {

EventImport calendar(const char *name)
{
    QFile f(QStringLiteral(DNSTL_TEST_DATA_DIR "/events/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? EventIcsReader::read(f.readAll()) : EventImport();
}

// The events of store that belong to series, without ids: what both stores must agree on.
QStringList seriesEvents(LookupStore &store)
{
    QStringList out;
    for (const TimelineEvent &e : store.events())
        if (e.seriesId != 0)
            out.append(QStringLiteral("%1|%2|%3|%4")
                           .arg(e.startUs)
                           .arg(e.endUs.value_or(-1))
                           .arg(e.recurrenceUs)
                           .arg(e.title));
    return out;
}

QByteArray exported(LookupStore &store)
{
    const QDateTime stamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<TimelineEvent> occurrences;
    for (const TimelineEvent &e : store.events())
        if (e.seriesId != 0)
            occurrences.append(e);
    return EventIcsWriter::write(occurrences, stamp, store.eventSeries());
}

} // namespace

void TstClickHouseStore::eventSeriesMatchSqlite()
{
    for (const char *file : {"weekly_board_call.ics", "google_exdate_override.ics", "outlook_custom_vtimezone.ics"}) {
        const EventImport read = calendar(file);
        QVERIFY(!read.series.isEmpty());
        m_sqlite->addEvents(read.events, read.series);
        m_ch->addEvents(read.events, read.series);
    }
    QCOMPARE(m_ch->eventSeries().size(), 4);
    QCOMPARE(seriesEvents(*m_ch), seriesEvents(*m_sqlite));
    QCOMPARE(exported(*m_ch), exported(*m_sqlite));

    // One occurrence deleted, another renamed; then a whole-series edit; the same in both.
    for (LookupStore *store : {static_cast<LookupStore *>(m_sqlite.get()), static_cast<LookupStore *>(m_ch.get())}) {
        QList<TimelineEvent> board;
        for (const TimelineEvent &e : store->events())
            if (e.title == QLatin1String("Weekly board call"))
                board.append(e);
        QCOMPARE(board.size(), 4);
        store->deleteEvent(board[1].id);
        TimelineEvent renamed = board[2];
        renamed.title = QStringLiteral("Board call (budget)");
        store->updateEvent(renamed);
        board = {board[0], renamed, board[3]};
        TimelineEvent after = board[0];
        after.notes = QStringLiteral("New dial-in");
        EventSeries series;
        for (const EventSeries &s : store->eventSeries())
            if (s.id == after.seriesId)
                series = s;
        const EventSeriesChange change = EventSeriesEdit::apply(series, board, board[0], after);
        store->updateSeries(change.series, change.occurrences);
    }
    QCOMPARE(seriesEvents(*m_ch), seriesEvents(*m_sqlite));
    const QByteArray ics = exported(*m_ch);
    QCOMPARE(ics, exported(*m_sqlite));
    QVERIFY(ics.contains("EXDATE;TZID=Europe/Moscow:20161012T100000"));
    QVERIFY(ics.contains("DESCRIPTION:New dial-in"));

    // A whole series deleted and restored (the undo).
    const EventSeries first = m_ch->eventSeries().first();
    QList<TimelineEvent> occurrences;
    for (const TimelineEvent &e : m_ch->events())
        if (e.seriesId == first.id)
            occurrences.append(e);
    const QStringList before = seriesEvents(*m_ch);
    m_ch->deleteSeries(first.id);
    QCOMPARE(m_ch->eventSeries().size(), 3);
    QVERIFY_THROWS_EXCEPTION(Failure, m_ch->deleteSeries(first.id));
    m_ch->restoreSeries(first, occurrences);
    QCOMPARE(seriesEvents(*m_ch), before);
    QVERIFY_THROWS_EXCEPTION(Failure, m_ch->restoreSeries(first, occurrences));
}

void TstClickHouseStore::olderEventsTableGetsTheSeriesColumns()
{
    // The URL's server is the first shard (test_cluster::freshStoreUrl).
    ClickHouseHttp(QStringLiteral("127.0.0.1"), test_cluster::portBase() + 1, {}, {}, 30'000)
        .query("ALTER TABLE dnstl_test.events DROP COLUMN series_id, DROP COLUMN recurrence_us");
    {
        ClickHouseStore readOnly(m_url, StoreOpenMode::ReadOnly);
        const QList<TimelineEvent> events = readOnly.events();
        QVERIFY(!events.isEmpty());
        QVERIFY(std::all_of(events.begin(), events.end(), [](const TimelineEvent &e) { return e.seriesId == 0; }));
    }
    m_ch = std::make_unique<ClickHouseStore>(m_url, StoreOpenMode::ReadWrite);
    QVERIFY(m_ch->events().size() > 0);
    const EventImport read = calendar("weekly_board_call.ics");
    m_ch->addEvents(read.events, read.series);
    const QList<TimelineEvent> events = m_ch->events();
    QCOMPARE(std::count_if(events.begin(), events.end(), [](const TimelineEvent &e) { return e.seriesId != 0; }), 4);
}
