// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring series in the SQLite store (schema version 4): stored linked to their occurrences,
// one occurrence deleted or edited on its own, a whole series edited, deleted and restored,
// exported back as one rule, and a version 3 store migrated with its events intact.
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_series_edit.h"
#include "event_test_support.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "store_downgrade.h"
#include "store_schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace event_test;

namespace {
const QDateTime kStamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
} // namespace

class TestEventSeriesStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A new store holding the weekly board call (four occurrences) and one single event.
    QString storeWithBoardCall()
    {
        const QString file = m_dir.filePath(QStringLiteral("s%1.dnstl").arg(++m_stores));
        const EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"));
        SqliteStore store(file, StoreOpenMode::Create);
        TimelineEvent single;
        single.title = QStringLiteral("Outage");
        single.startUs = utcUs(2016, 10, 20, 12);
        QList<TimelineEvent> events = r.events;
        events.append(single);
        store.addEvents(events, r.series);
        return file;
    }

private slots:
    void seriesAreStoredWithTheirOccurrencesLinked()
    {
        const QString file = storeWithBoardCall();
        SqliteStore store(file, StoreOpenMode::ReadOnly);
        const QList<EventSeries> series = store.eventSeries();
        QCOMPARE(series.size(), 1);
        QVERIFY(series[0].id > 0);
        QVERIFY(series[0].calendar.contains("RRULE:FREQ=WEEKLY;COUNT=4"));
        const QList<TimelineEvent> events = store.events();
        QCOMPARE(events.size(), 5);
        int linked = 0;
        for (const TimelineEvent &e : events) {
            if (e.title == QLatin1String("Outage")) {
                QCOMPARE(e.seriesId, 0);
                continue;
            }
            ++linked;
            QCOMPARE(e.seriesId, series[0].id);
            QCOMPARE(e.recurrenceUs, e.startUs);
        }
        QCOMPARE(linked, 4);
        // Exported: the rule once, the single event beside it.
        const QByteArray ics = EventIcsWriter::write(events, kStamp, series);
        QCOMPARE(ics.count("RRULE:FREQ=WEEKLY;COUNT=4"), 1);
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    }

    void oneOccurrenceDeletedOrEditedLeavesTheSeries()
    {
        const QString file = storeWithBoardCall();
        SqliteStore store(file, StoreOpenMode::ReadWrite);
        QList<TimelineEvent> events = store.events();
        const TimelineEvent second = events[1];
        store.deleteEvent(second.id);
        TimelineEvent third = store.events()[1];
        third.title = QStringLiteral("Board call (budget)");
        store.updateEvent(third);
        events = store.events();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[1].seriesId, third.seriesId);
        QCOMPARE(events[1].title, third.title);
        const QByteArray ics = EventIcsWriter::write(events, kStamp, store.eventSeries());
        QVERIFY(ics.contains("EXDATE;TZID=Europe/Moscow:20161012T100000"));
        QVERIFY(ics.contains("RECURRENCE-ID;TZID=Europe/Moscow:20161019T100000"));
        // The undo of the delete brings the occurrence back, still linked.
        store.restoreEvent(second);
        QCOMPARE(store.events()[1].seriesId, second.seriesId);
        QCOMPARE(store.events()[1].recurrenceUs, second.recurrenceUs);
    }

    void wholeSeriesEditChangesEveryOccurrenceAndTheRule()
    {
        const QString file = storeWithBoardCall();
        SqliteStore store(file, StoreOpenMode::ReadWrite);
        const EventSeries series = store.eventSeries().first();
        QList<TimelineEvent> occurrences;
        for (const TimelineEvent &e : store.events())
            if (e.seriesId == series.id)
                occurrences.append(e);
        TimelineEvent after = occurrences[2];
        after.title = QStringLiteral("Board call");
        after.startUs += 30 * 60'000'000LL; // half an hour later, same length
        after.endUs = *after.endUs + 30 * 60'000'000LL;
        const EventSeriesChange change = EventSeriesEdit::apply(series, occurrences, occurrences[2], after);
        store.updateSeries(change.series, change.occurrences);
        QList<qint64> starts;
        for (const TimelineEvent &e : store.events()) {
            if (e.seriesId != series.id)
                continue;
            QCOMPARE(e.title, QStringLiteral("Board call"));
            QCOMPARE(*e.endUs - e.startUs, 3'600'000'000LL);
            starts.append(e.startUs);
        }
        QCOMPARE(starts,
                 (QList<qint64>{utcUs(2016, 10, 5, 7, 30), utcUs(2016, 10, 12, 7, 30), utcUs(2016, 10, 19, 7, 30),
                                utcUs(2016, 10, 26, 7, 30)}));
        QVERIFY(store.eventSeries().first().calendar.contains("SUMMARY:Board call\r\n"));
        // Written back and read again: the same occurrences.
        const QByteArray ics = EventIcsWriter::write(store.events(), kStamp, store.eventSeries());
        QCOMPARE(EventIcsReader::read(ics).events.size(), 5);
        // The undo: the series as it was.
        store.updateSeries(series, occurrences);
        QCOMPARE(store.events()[0].startUs, utcUs(2016, 10, 5, 7));
        QCOMPARE(store.events()[0].title, QStringLiteral("Weekly board call"));
    }

    void wholeSeriesDeleteAndItsUndo()
    {
        const QString file = storeWithBoardCall();
        SqliteStore store(file, StoreOpenMode::ReadWrite);
        const EventSeries series = store.eventSeries().first();
        const QList<TimelineEvent> before = store.events();
        QList<TimelineEvent> occurrences;
        for (const TimelineEvent &e : before)
            if (e.seriesId == series.id)
                occurrences.append(e);
        store.deleteSeries(series.id);
        QCOMPARE(store.events().size(), 1);
        QVERIFY(store.eventSeries().isEmpty());
        QVERIFY_THROWS_EXCEPTION(Failure, store.deleteSeries(series.id));
        store.restoreSeries(series, occurrences);
        QCOMPARE(store.events().size(), 5);
        QCOMPARE(store.events()[3].id, before[3].id);
        QCOMPARE(store.eventSeries().first().calendar, series.calendar);
        QVERIFY_THROWS_EXCEPTION(Failure, store.restoreSeries(series, occurrences)); // the ids are taken
    }

    void aFailedBatchStoresNeitherSeriesNorEvents()
    {
        const QString file = m_dir.filePath(QStringLiteral("atomic.dnstl"));
        EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"));
        r.events[3].title.clear(); // EventTime::problem: no title
        SqliteStore store(file, StoreOpenMode::Create);
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvents(r.events, r.series));
        QVERIFY(store.events().isEmpty());
        QVERIFY(store.eventSeries().isEmpty());
    }

    // A version 3 store read-only stays version 3 (its events single ones); opened for writing
    // it becomes version 4 (and then 5, answers) with the same events, and takes series.
    void migratesVersionThreeStores()
    {
        const QString file = m_dir.filePath(QStringLiteral("v3.dnstl"));
        {
            SqliteStore store(file, StoreOpenMode::Create);
            TimelineEvent e;
            e.title = QStringLiteral("Before");
            e.startUs = utcUs(2016, 7, 18, 0);
            store.addEvent(e);
        }
        QVERIFY(downgradeToVersion3(file));
        {
            SqliteStore store(file, StoreOpenMode::ReadOnly);
            QCOMPARE(store.events().size(), 1);
            QCOMPARE(store.events()[0].seriesId, 0);
            QVERIFY(store.eventSeries().isEmpty());
            SqliteDb db(file, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), 3);
        }
        {
            SqliteStore store(file, StoreOpenMode::ReadWrite);
            const EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"));
            store.addEvents(r.events, r.series);
            QCOMPARE(store.events().size(), 5);
            QCOMPARE(store.events()[0].title, QStringLiteral("Before"));
        }
        SqliteDb db(file, SqliteDb::Mode::ReadOnly);
        QCOMPARE(StoreSchema::version(db), StoreSchema::kVersion);
        QCOMPARE(db.queryInt("SELECT count(*) FROM events WHERE series_id IS NOT NULL"), 4);
    }
};

QTEST_GUILESS_MAIN(TestEventSeriesStore)
#include "tst_event_series_store.moc"
