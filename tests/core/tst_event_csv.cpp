// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventCsv: events as CSV, all-day days in their zone (end inclusive), lossless round trips.
#include "event_csv.h"
#include "event_test_support.h"

using namespace event_test;

class TestEventCsv : public QObject {
    Q_OBJECT

private slots:
    void allDayDatesAreLocalMidnightsWithInclusiveEnd()
    {
        const EventImport r = EventCsv::read(fixture("all_kinds.csv"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.events.size(), 6);
        const TimelineEvent &rnc = r.events[0];
        QVERIFY(rnc.allDay);
        QCOMPARE(rnc.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(rnc.startUs, utcUs(2016, 7, 18, 4));           // EDT midnight
        QCOMPARE(rnc.endUs.value_or(0), utcUs(2016, 7, 22, 4)); // "July 18–21": up to the 22nd, exclusive
        QCOMPARE(rnc.notes, QStringLiteral("Cleveland, Ohio"));
    }

    void allDayEventsAcrossDstChangesLastWholeLocalDays()
    {
        const EventImport r = EventCsv::read(fixture("all_kinds.csv"));
        const TimelineEvent &fall = r.events[1];
        QCOMPARE(fall.startUs, utcUs(2016, 11, 5, 4));           // EDT
        QCOMPARE(fall.endUs.value_or(0), utcUs(2016, 11, 8, 5)); // EST: three days and an hour
        QCOMPARE(fall.color, QStringLiteral("#2ca02c"));
        const TimelineEvent &spring = r.events[2];
        QCOMPARE(spring.startUs, utcUs(2016, 3, 12, 5));
        QCOMPARE(spring.endUs.value_or(0), utcUs(2016, 3, 14, 4)); // 47 hours
    }

    void timedEventsKeepTheirInstantAndZone()
    {
        const EventImport r = EventCsv::read(fixture("all_kinds.csv"));
        const TimelineEvent &moscow = r.events[3];
        QVERIFY(!moscow.allDay);
        QCOMPARE(moscow.startUs, utcUs(2016, 10, 19, 18));
        QCOMPARE(moscow.endUs.value_or(0), utcUs(2016, 10, 19, 19, 30));
        QCOMPARE(moscow.timeZone, QStringLiteral("Europe/Moscow"));
        QCOMPARE(moscow.notes, QStringLiteral("Notes with \"quotes\", commas\nand a second line"));
        QVERIFY(!r.events[4].endUs); // a point
        QCOMPARE(r.events[5].startUs, utcUs(2016, 6, 7, 0));
        QCOMPARE(r.events[5].endUs.value_or(0), utcUs(2016, 6, 8, 0)); // one day in UTC
    }

    void roundTripsWithoutLoss()
    {
        const EventImport first = EventCsv::read(fixture("all_kinds.csv"));
        const QByteArray written = EventCsv::write(first.events);
        const EventImport second = EventCsv::read(written);
        compareReadBack(second, first.events);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(EventCsv::write(second.events), written);
        QVERIFY(written.startsWith("start,end,title,category,notes,url,timezone,color\n"));
        QVERIFY(written.contains("\n2016-11-05,2016-11-07,Weekend across the fall-back change,"));
        QVERIFY(written.contains("2016-10-19T21:00:00+03:00,2016-10-19T22:30:00+03:00,Briefing in Moscow"));
    }

    void writesNoColorColumnWhenNoEventHasAColour()
    {
        TimelineEvent e;
        e.title = QStringLiteral("Point");
        QCOMPARE(EventCsv::write({e}),
                 QByteArray("start,end,title,category,notes,url,timezone\n"
                            "1970-01-01T00:00:00+00:00,,Point,,,,\n"));
    }

    void badRowsAreReportedWithTheirLineAndSkipped()
    {
        const EventImport r = EventCsv::read(fixture("bad_rows.csv"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.report.records, 1);
        QCOMPARE(r.report.rejected, 8);
        QCOMPARE(issueLines(r.report), (QList<qint64>{3, 4, 5, 6, 7, 8, 9, 10}));
        QVERIFY(r.report.firstIssues[0].message.contains(QLatin1String("missing start")));
        QVERIFY(r.report.firstIssues[2].message.contains(QLatin1String("ends before it starts")));
        QVERIFY(r.report.firstIssues[3].message.contains(QLatin1String("Mars/Olympus_Mons")));
    }

    void aFileWithoutTheHeaderFailsAsAWhole()
    {
        EventImport r = EventCsv::read(fixture("wrong_header.csv"));
        QVERIFY(r.report.error);
        QCOMPARE(r.errorLine, 1);
        QVERIFY(r.events.isEmpty());
        r = EventCsv::read(QByteArray());
        QVERIFY(r.report.error);
    }

    void garbageAndOverlongRowsAreReportedNotCrashedOn()
    {
        QByteArray garbage("start,title\n");
        for (int i = 0; i < 100000; ++i)
            garbage += char((i * 7919) % 256);
        const EventImport g = EventCsv::read(garbage);
        QCOMPARE(g.events.size(), 0);
        QVERIFY(g.report.rejected > 0);
        QByteArray longRow("start,title\n2016-07-18,");
        longRow += QByteArray(2 << 20, 'x');
        longRow += "\n2016-07-19,short\n";
        const EventImport l = EventCsv::read(longRow);
        QCOMPARE(l.events.size(), 1);
        QCOMPARE(l.report.rejected, 1);
        QCOMPARE(l.report.firstIssues.value(0).line, 2);
    }

    void reportsAtMostTwentyIssues()
    {
        QByteArray many("start,title\n");
        for (int i = 0; i < 50; ++i)
            many += "bad,x\n";
        const EventImport r = EventCsv::read(many);
        QCOMPARE(r.report.rejected, 50);
        QCOMPARE(r.report.firstIssues.size(), ImportReport::kMaxIssues);
    }
};

QTEST_GUILESS_MAIN(TestEventCsv)
#include "tst_event_csv.moc"
