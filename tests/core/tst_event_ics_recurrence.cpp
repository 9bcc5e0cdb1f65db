// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring iCalendar events through libical: RRULE, RDATE, EXDATE, RECURRENCE-ID overrides,
// custom VTIMEZONEs, all-day series across DST, series without an end bounded by the window,
// and series written back as one rule. The fixtures follow the shapes real producers write
// (Thunderbird, Google Calendar, Outlook, Evolution exports), with our own content.
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_test_support.h"

#include <QTest>

using namespace event_test;

namespace {

const QDateTime kStamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

QList<qint64> starts(const EventImport &r)
{
    QList<qint64> out;
    for (const TimelineEvent &e : r.events)
        out.append(e.startUs);
    return out;
}

RecurrenceWindow windowOf(qint64 fromUs, qint64 toUs, int max = RecurrenceWindow::kDefaultMaxOccurrences)
{
    RecurrenceWindow w;
    w.range = TimeRange{fromUs, toUs};
    w.maxOccurrences = max;
    return w;
}

// RRULE lines of VEVENTs (VTIMEZONEs have theirs too).
qsizetype eventRules(const QByteArray &ics)
{
    qsizetype n = 0;
    bool inEvent = false;
    for (const QByteArray &line : ics.split('\n')) {
        inEvent = line.startsWith("BEGIN:VEVENT") || (inEvent && !line.startsWith("END:VEVENT"));
        n += inEvent && line.startsWith("RRULE:");
    }
    return n;
}

QString notes(const EventImport &r)
{
    QStringList out;
    for (const ImportIssue &n : r.notes)
        out.append(QStringLiteral("%1: %2").arg(n.line).arg(n.message));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestEventIcsRecurrence : public QObject {
    Q_OBJECT

private slots:
    void weeklyBoardCallInMoscowGivesFourOccurrences()
    {
        const EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(r.occurrences(), 4);
        QCOMPARE(r.report.records, 4);
        QVERIFY2(r.notes.isEmpty(), qPrintable(notes(r)));
        QCOMPARE(starts(r),
                 (QList<qint64>{utcUs(2016, 10, 5, 7), utcUs(2016, 10, 12, 7), utcUs(2016, 10, 19, 7),
                                utcUs(2016, 10, 26, 7)}));
        for (const TimelineEvent &e : r.events) {
            QCOMPARE(e.title, QStringLiteral("Weekly board call"));
            QCOMPARE(e.timeZone, QStringLiteral("Europe/Moscow"));
            QCOMPARE(e.category, QStringLiteral("meeting"));
            QCOMPARE(e.endUs.value_or(0), e.startUs + 3'600'000'000);
            QCOMPARE(e.seriesId, 1);
            QCOMPARE(e.recurrenceUs, e.startUs);
        }
        const EventSeries &s = r.series[0];
        QCOMPARE(s.id, 1);
        QVERIFY(s.calendar.contains("RRULE:FREQ=WEEKLY;COUNT=4"));
        QVERIFY(!s.calendar.contains("VALARM"));
    }

    void exdateRemovesAndAnOverrideReplacesOccurrences()
    {
        // Google's shape: UNTIL in UTC, EXDATE and RECURRENCE-ID in the event's TZID, Berlin
        // leaving summer time on 30 October 2016.
        const EventImport r = EventIcsReader::read(fixture("google_exdate_override.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(starts(r),
                 (QList<qint64>{utcUs(2016, 10, 3, 7), utcUs(2016, 10, 10, 7), utcUs(2016, 10, 24, 9),
                                utcUs(2016, 10, 31, 8)}));
        QCOMPARE(r.events[2].title, QStringLiteral("Desk standup (moved to 11:00)"));
        QCOMPARE(r.events[2].recurrenceUs, utcUs(2016, 10, 24, 7));
        QCOMPARE(r.events[2].endUs.value_or(0), utcUs(2016, 10, 24, 9, 30));
        QCOMPARE(r.events[3].title, QStringLiteral("Desk standup"));
        QCOMPARE(r.events[3].endUs.value_or(0), utcUs(2016, 10, 31, 8, 30)); // the UTC UNTIL includes it
    }

    void customVtimezonesGiveTheTimesWhenTheTzidIsNoIanaName()
    {
        const EventImport r = EventIcsReader::read(fixture("outlook_custom_vtimezone.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.events.size(), 7);
        // Outlook's "W. Europe Standard Time": its VTIMEZONE's rules, kept as Europe/Berlin.
        QCOMPARE(starts(r).mid(0, 3),
                 (QList<qint64>{utcUs(2016, 10, 19, 8), utcUs(2016, 10, 26, 8), utcUs(2016, 11, 2, 9)}));
        QCOMPARE(r.events[0].timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(r.events[0].title, QStringLiteral("Vendor sync"));
        // A zone no database knows: +04:30, and +05:30 from the first Sunday of April (2 April 2017).
        QCOMPARE(starts(r).mid(3),
                 (QList<qint64>{utcUs(2017, 3, 31, 7, 30), utcUs(2017, 4, 1, 7, 30), utcUs(2017, 4, 2, 6, 30),
                                utcUs(2017, 4, 3, 6, 30)}));
        QCOMPARE(r.events[3].timeZone, QString()); // UTC: no IANA name to keep
        QVERIFY(r.series[1].calendar.contains("TZID:Atlantis Standard Time"));
    }

    void unknownTzidWithoutVtimezoneIsRejectedWithItsLine()
    {
        const EventImport r =
            EventIcsReader::read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Nowhere Time:20161019T100000\r\n"
                                 "RRULE:FREQ=DAILY;COUNT=2\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QCOMPARE(r.events.size(), 0);
        QCOMPARE(r.report.rejected, 1);
        QCOMPARE(r.report.firstIssues.value(0).line, 3);
        QVERIFY(r.report.firstIssues.value(0).message.contains(QLatin1String("unknown TZID 'Nowhere Time'")));
    }

    void allDayWeeklySeriesKeepsLocalDaysAcrossDst()
    {
        // Saturday and Sunday in New York, weekly: the second weekend holds the spring-forward
        // Sunday (10 March 2024), so it lasts 47 hours and the third starts an hour earlier in UTC.
        const EventImport r = EventIcsReader::read(fixture("all_day_weekly_across_dst.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 3);
        const QList<std::pair<qint64, qint64>> expected = {{utcUs(2024, 3, 2, 5), utcUs(2024, 3, 4, 5)},
                                                           {utcUs(2024, 3, 9, 5), utcUs(2024, 3, 11, 4)},
                                                           {utcUs(2024, 3, 16, 4), utcUs(2024, 3, 18, 4)}};
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY(r.events[i].allDay);
            QCOMPARE(r.events[i].timeZone, QStringLiteral("America/New_York"));
            QCOMPARE(r.events[i].startUs, expected[i].first);
            QCOMPARE(r.events[i].endUs.value_or(0), expected[i].second);
        }
        // Written back: one VALUE=DATE rule, read back to the same days.
        const QByteArray ics = EventIcsWriter::write(r.events, kStamp, r.series);
        QCOMPARE(eventRules(ics), 1);
        compareReadBack(EventIcsReader::read(ics), r.events);
    }

    void seriesWithoutEndIsBoundedByTheWindowAndSaysWhere()
    {
        // Evolution's vendor-prefixed TZID is read as the IANA zone after the prefix.
        const QByteArray ics = fixture("daily_without_end.ics");
        EventImport r = EventIcsReader::read(ics, windowOf(utcUs(2016, 7, 1, 0), utcUs(2016, 8, 1, 0)));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 31);
        QCOMPARE(r.events.first().startUs, utcUs(2016, 7, 1, 7, 30)); // 08:30 BST
        QCOMPARE(r.events.first().timeZone, QStringLiteral("Europe/London"));
        QCOMPARE(r.series.value(0).windowToUs, utcUs(2016, 8, 1, 0));
        QCOMPARE(r.notes.size(), 2);
        QCOMPARE(r.notes[0].line, 23); // the series' BEGIN:VEVENT
        QVERIFY2(r.notes[0].message.contains(QLatin1String("before 2016-07-01T00:00:00Z are left out")),
                 qPrintable(notes(r)));
        QVERIFY2(r.notes[1].message.contains(
                     QLatin1String("31 occurrences up to 2016-08-01T00:00:00Z imported, the next one "
                                   "(2016-08-01T07:30:00Z)")),
                 qPrintable(notes(r)));
        // Without a window: a year from its start (2016 has 366 days).
        r = EventIcsReader::read(ics);
        QCOMPARE(r.events.size(), 366);
        QCOMPARE(r.notes.size(), 1);
        // At most maxOccurrences; the window then ends at the first one left out.
        r = EventIcsReader::read(ics, windowOf(utcUs(2016, 1, 1, 0), utcUs(2017, 1, 1, 0), 10));
        QCOMPARE(r.events.size(), 10);
        QCOMPARE(r.series.value(0).windowToUs, utcUs(2016, 1, 11, 8, 30));
        QVERIFY2(r.notes.value(0).message.contains(QLatin1String("10 occurrences")), qPrintable(notes(r)));
    }

    void seriesOutsideTheWindowIsNotImportedButNoted()
    {
        const EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"),
                                                   windowOf(utcUs(2020, 1, 1, 0), utcUs(2021, 1, 1, 0)));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 0);
        QCOMPARE(r.series.size(), 0);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes[0].message.contains(QLatin1String("not imported")));
    }

    void rdatesAddOccurrencesAndDurationGivesTheEnd()
    {
        const EventImport r = EventIcsReader::read(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r@x\r\nDTSTART;TZID=America/"
            "New_York:20161101T090000\r\nDURATION:PT45M\r\n"
            "RDATE;TZID=America/"
            "New_York:20161107T090000,20161108T140000\r\nRDATE:20161110T120000Z\r\nSUMMARY:Briefings\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        // New York leaves summer time on 6 November 2016.
        QCOMPARE(starts(r),
                 (QList<qint64>{utcUs(2016, 11, 1, 13), utcUs(2016, 11, 7, 14), utcUs(2016, 11, 8, 19),
                                utcUs(2016, 11, 10, 12)}));
        for (const TimelineEvent &e : r.events)
            QCOMPARE(e.endUs.value_or(0), e.startUs + 45 * 60'000'000LL);
    }

    void seriesRoundTripsAsOneRuleWithItsExceptions()
    {
        for (const char *file : {"weekly_board_call.ics", "google_exdate_override.ics", "outlook_custom_vtimezone.ics",
                                 "daily_without_end.ics"}) {
            const EventImport r = EventIcsReader::read(fixture(file));
            const QByteArray ics = EventIcsWriter::write(r.events, kStamp, r.series);
            QCOMPARE(eventRules(ics), r.series.size());
            const EventImport back = EventIcsReader::read(ics);
            compareReadBack(back, r.events);
            QCOMPARE(back.series.size(), r.series.size());
            QCOMPARE(EventIcsWriter::write(back.events, kStamp, back.series), ics);
        }
        const QByteArray google =
            EventIcsWriter::write(EventIcsReader::read(fixture("google_exdate_override.ics")).events, kStamp,
                                  EventIcsReader::read(fixture("google_exdate_override.ics")).series);
        QVERIFY(google.contains("EXDATE;TZID=Europe/Berlin:20161017T090000"));
        QVERIFY(google.contains("RECURRENCE-ID;TZID=Europe/Berlin:20161024T090000"));
        QCOMPARE(google.count("UID:4v1kq0ht2hvtq6c2mvb2sm4d3s@google.com"), 2);
    }

    void deletedAndEditedOccurrencesWriteBackAsExdateAndOverride()
    {
        EventImport r = EventIcsReader::read(fixture("weekly_board_call.ics"));
        QCOMPARE(r.events.size(), 4);
        r.events.removeAt(1); // 12 October deleted
        r.events[1].title = QStringLiteral("Board call (budget)");
        r.events[1].startUs += 3'600'000'000; // 19 October, an hour later
        r.events[1].endUs = *r.events[1].endUs + 3'600'000'000;
        const QByteArray ics = EventIcsWriter::write(r.events, kStamp, r.series);
        QCOMPARE(ics.count("RRULE:FREQ=WEEKLY;COUNT=4"), 1);
        QVERIFY(ics.contains("EXDATE;TZID=Europe/Moscow:20161012T100000"));
        QVERIFY(ics.contains("RECURRENCE-ID;TZID=Europe/Moscow:20161019T100000"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Moscow:20161019T110000"));
        const EventImport back = EventIcsReader::read(ics);
        compareReadBack(back, r.events);
        QCOMPARE(back.events[1].recurrenceUs, utcUs(2016, 10, 19, 7));
    }

    // libical searches without bound for instances of rules that never match: such rules are
    // rejected, or stopped at the window's end; this test would hang otherwise.
    void rulesThatNeverMatchEndQuickly()
    {
        const auto read = [](const char *rule) {
            return EventIcsReader::read(
                QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:19000101T000000Z\r\nSUMMARY:x\r\nRRULE:") +
                    rule + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                windowOf(utcUs(2020, 1, 1, 0), utcUs(2023, 1, 1, 0)));
        };
        EventImport r = read("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29");
        QCOMPARE(r.report.rejected, 1);
        QCOMPARE(r.report.firstIssues.value(0).line, 5);
        QVERIFY(r.report.firstIssues.value(0).message.contains(QLatin1String("not supported")));
        for (const char *rule :
             {"FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31;COUNT=3",
              "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=-30;COUNT=5"}) {
            r = read(rule);
            QCOMPARE(r.report.rejected, 0);
            QCOMPARE(r.events.size(), 0);
            QVERIFY(r.notes.value(0).message.contains(QLatin1String("not imported")));
        }
        // A rare but possible day is found: 29 February 2020, hourly.
        r = read("FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29");
        QCOMPARE(r.events.size(), 24); // every hour of 2020-02-29; the next 29 February is in 2024
    }

    void malformedRecurrenceIsRejectedWithItsLine()
    {
        const EventImport r =
            EventIcsReader::read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20161019T100000Z\r\nSUMMARY:a\r\n"
                                 "RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20161019T100000Z\r\n"
                                 "SUMMARY:b\r\nEXDATE:not a date\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QCOMPARE(r.events.size(), 0);
        QCOMPARE(issueLines(r.report), (QList<qint64>{5, 10}));
        QVERIFY(r.report.firstIssues[0].message.contains(QLatin1String("bad RRULE")));
        QVERIFY(r.report.firstIssues[1].message.contains(QLatin1String("bad EXDATE")));
    }
};

QTEST_GUILESS_MAIN(TestEventIcsRecurrence)
#include "tst_event_ics_recurrence.moc"
