// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's events: add, update, delete, all-or-nothing batches, persistence, read-only.
#include "failure.h"
#include "sqlite_store.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
TimelineEvent makeEvent(const char *title, qint64 start, std::optional<qint64> end = std::nullopt)
{
    TimelineEvent e;
    e.title = QString::fromLatin1(title);
    e.startUs = start;
    e.endUs = end;
    return e;
}
} // namespace

class TestEventStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void eventsSurviveClosingAndReopeningWithEveryField()
    {
        const QString file = path("persist.dnstl");
        TimelineEvent e = makeEvent("Convention", 1'468'814'400'000'000, 1'469'160'000'000'000);
        e.allDay = true;
        e.timeZone = QStringLiteral("America/New_York");
        e.notes = QStringLiteral("Cleveland\nOhio");
        e.category = QStringLiteral("convention");
        e.color = QStringLiteral("#1f77b4");
        e.url = QStringLiteral("https://en.wikipedia.org/wiki/2016_Republican_National_Convention");
        {
            SqliteStore store(file, StoreOpenMode::Create);
            e.id = store.addEvent(e);
            QVERIFY(e.id > 0);
        }
        SqliteStore store(file, StoreOpenMode::ReadOnly);
        const QList<TimelineEvent> all = store.events();
        QCOMPARE(all.size(), 1);
        const TimelineEvent &back = all[0];
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.startUs, e.startUs);
        QCOMPARE(back.endUs, e.endUs);
        QCOMPARE(back.allDay, true);
        QCOMPARE(back.timeZone, e.timeZone);
        QCOMPARE(back.notes, e.notes);
        QCOMPARE(back.category, e.category);
        QCOMPARE(back.color, e.color);
        QCOMPARE(back.url, e.url);
    }

    void updateChangesOnlyThatEventAndDeleteRemovesIt()
    {
        SqliteStore store(path("crud.dnstl"), StoreOpenMode::Create);
        const qint64 a = store.addEvent(makeEvent("A", 100));
        const qint64 b = store.addEvent(makeEvent("B", 200, 300));
        TimelineEvent changed = makeEvent("A, moved", 400, 500);
        changed.id = a;
        changed.category = QStringLiteral("press");
        store.updateEvent(changed);
        QList<TimelineEvent> all = store.events();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, b); // ordered by start
        QCOMPARE(all[1].title, QStringLiteral("A, moved"));
        QCOMPARE(all[1].endUs.value_or(0), 500);
        QCOMPARE(all[1].category, QStringLiteral("press"));
        changed.endUs.reset();
        store.updateEvent(changed);
        QVERIFY(!store.events().constLast().endUs);
        store.deleteEvent(b);
        all = store.events();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, a);
    }

    void restoreBringsADeletedEventBackUnderItsIdAndRefusesATakenOne()
    {
        SqliteStore store(path("restore.dnstl"), StoreOpenMode::Create);
        TimelineEvent a = makeEvent("A", 100);
        a.id = store.addEvent(a);
        TimelineEvent b = makeEvent("B", 200, 300);
        b.notes = QStringLiteral("kept");
        b.id = store.addEvent(b);
        store.deleteEvent(b.id);
        store.restoreEvent(b);
        const QList<TimelineEvent> all = store.events();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].id, b.id);
        QCOMPARE(all[1].notes, QStringLiteral("kept"));
        QCOMPARE(all[1].endUs.value_or(0), 300);
        QVERIFY_THROWS_EXCEPTION(Failure, store.restoreEvent(a)); // a's id is taken
        TimelineEvent noId = makeEvent("D", 1);
        QVERIFY_THROWS_EXCEPTION(Failure, store.restoreEvent(noId));
    }

    void unknownIdsAndInvalidEventsThrow()
    {
        SqliteStore store(path("invalid.dnstl"), StoreOpenMode::Create);
        TimelineEvent ghost = makeEvent("Ghost", 1);
        ghost.id = 999;
        QVERIFY_THROWS_EXCEPTION(Failure, store.updateEvent(ghost));
        QVERIFY_THROWS_EXCEPTION(Failure, store.deleteEvent(999));
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvent(makeEvent("Backwards", 10, 5)));
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvent(makeEvent("", 10)));
        TimelineEvent badZone = makeEvent("Zone", 10);
        badZone.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvent(badZone));
        QVERIFY(store.events().isEmpty());
    }

    void aBatchIsStoredWhollyOrNotAtAll()
    {
        SqliteStore store(path("batch.dnstl"), StoreOpenMode::Create);
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvents({makeEvent("Good", 1), makeEvent("Bad", 10, 5)}));
        QVERIFY(store.events().isEmpty());
        const QList<qint64> ids = store.addEvents({makeEvent("One", 1), makeEvent("Two", 2)});
        QCOMPARE(ids.size(), 2);
        QCOMPARE(store.events().size(), 2);
    }

    void aReadOnlyStoreRefusesEveryWrite()
    {
        const QString file = path("readonly.dnstl");
        qint64 id = 0;
        {
            SqliteStore store(file, StoreOpenMode::Create);
            id = store.addEvent(makeEvent("Kept", 1));
        }
        SqliteStore store(file, StoreOpenMode::ReadOnly);
        TimelineEvent e = makeEvent("Changed", 2);
        e.id = id;
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvent(e));
        QVERIFY_THROWS_EXCEPTION(Failure, store.addEvents({e}));
        QVERIFY_THROWS_EXCEPTION(Failure, store.updateEvent(e));
        QVERIFY_THROWS_EXCEPTION(Failure, store.deleteEvent(id));
        QCOMPARE(store.events().value(0).title, QStringLiteral("Kept"));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
