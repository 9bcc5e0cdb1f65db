// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventIcsReader/EventIcsWriter: iCalendar VEVENTs, all-day and TZID times, folding, escapes,
// malformed input, and the shipped 2016 election calendar.
#include "event_csv.h"
#include "event_file_format.h"
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_test_support.h"

#include <QFile>
#include <QTest>

using namespace event_test;

namespace {
const QString kElectionFile = QStringLiteral(DNSTL_TEST_DATA_DIR "/../../resources/sample/us-election-2016.ics");

TimelineEvent timed(qint64 start, std::optional<qint64> end, const char *zone, const char *title)
{
    TimelineEvent e;
    e.startUs = start;
    e.endUs = end;
    e.timeZone = QString::fromLatin1(zone);
    e.title = QString::fromLatin1(title);
    return e;
}

const QDateTime kStamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
} // namespace

class TestEventIcs : public QObject {
    Q_OBJECT

private slots:
    void readsTzidTimesAndCalendarZoneDays()
    {
        const EventImport r = EventIcsReader::read(fixture("moscow_and_calendar_zone.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.events.size(), 2);
        const TimelineEvent &m = r.events[0];
        QVERIFY(!m.allDay);
        QCOMPARE(m.startUs, utcUs(2016, 10, 19, 18));
        QCOMPARE(m.endUs.value_or(0), utcUs(2016, 10, 19, 19, 30));
        QCOMPARE(m.timeZone, QStringLiteral("Europe/Moscow"));
        QCOMPARE(m.title, QStringLiteral("Briefing, in Moscow"));
        QCOMPARE(m.notes, QStringLiteral("First line\nsecond line with a backslash \\ and a semicolon ; folded here"));
        QCOMPARE(m.category, QStringLiteral("press"));
        QCOMPARE(m.url, QStringLiteral("https://example.org/a;b"));
        const TimelineEvent &days = r.events[1];
        QVERIFY(days.allDay);
        QCOMPARE(days.timeZone, QStringLiteral("America/New_York")); // X-WR-TIMEZONE
        QCOMPARE(days.startUs, utcUs(2016, 11, 5, 4));
        QCOMPARE(days.endUs.value_or(0), utcUs(2016, 11, 8, 5)); // across the fall-back change
    }

    void roundTripsWithoutLoss()
    {
        QList<TimelineEvent> events = EventCsv::read(fixture("all_kinds.csv")).events;
        QCOMPARE(events.size(), 6);
        // 01:30 on the fall-back day happens twice in New York: the second one must survive too.
        events.append(timed(utcUs(2016, 11, 6, 6, 30), std::nullopt, "America/New_York", "Second 01:30"));
        events.append(timed(utcUs(2016, 11, 6, 5, 30), utcUs(2016, 11, 6, 6, 30), "America/New_York", "First 01:30"));
        events.append(timed(utcUs(2016, 7, 1, 12), std::nullopt, "UTC", "Explicit UTC"));
        const QByteArray ics = EventIcsWriter::write(events, kStamp);
        const EventImport back = EventIcsReader::read(ics);
        compareReadBack(back, events);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(EventIcsWriter::write(back.events, kStamp), ics);
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20161105\r\nDTEND;VALUE=DATE:20161108\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Moscow:20161019T210000\r\n"));
        QVERIFY(ics.contains("DTSTART:20160924T000000Z\r\n"));
    }

    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        TimelineEvent e = timed(0, std::nullopt, "", "Congress");
        e.title = QStringLiteral("Съезд");
        e.notes = QString(200, QChar(0x0416)) + QStringLiteral(", ; \\ done"); // two octets each
        const QByteArray ics = EventIcsWriter::write({e}, kStamp);
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());     // 75 octets plus the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // whole UTF-8 sequences
        }
        QVERIFY(ics.contains("\\, \\; \\\\ done"));
        QCOMPARE(EventIcsReader::read(ics).events.value(0).notes, e.notes);
    }

    void malformedEventsAreReportedWithTheirLineAndSkipped()
    {
        const EventImport r = EventIcsReader::read(fixture("malformed.ics"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].title, QStringLiteral("Good"));
        QCOMPARE(r.report.rejected, 7);
        QStringList messages;
        for (const ImportIssue &issue : r.report.firstIssues)
            messages.append(issue.message);
        QCOMPARE(issueLines(r.report), (QList<qint64>{8, 12, 17, 21, 26, 31, 34}));
        QVERIFY(messages[0].contains(QLatin1String("without DTSTART")));
        QVERIFY(messages[1].contains(QLatin1String("bad DTSTART")));
        QVERIFY(messages[2].contains(QLatin1String("ends before it starts")));
        QVERIFY2(messages[3].contains(QLatin1String("unknown TZID 'Moscow Standard Time'")), qPrintable(messages[3]));
        QVERIFY(messages[4].contains(QLatin1String("both be dates")));
        QVERIFY(messages[6].contains(QLatin1String("not closed")));
    }

    void garbageAndOverlongLinesAreReportedNotCrashedOn()
    {
        QByteArray garbage;
        for (int i = 0; i < 100000; ++i)
            garbage += char((i * 7919) % 256);
        EventImport r = EventIcsReader::read(garbage);
        QVERIFY(r.report.error);
        QVERIFY(r.events.isEmpty());
        r = EventIcsReader::read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + garbage +
                                 "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        QVERIFY(r.events.isEmpty());
        QByteArray longLine("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20160718T100000Z\nSUMMARY:x\nDESCRIPTION:");
        for (int i = 0; i < 20000; ++i)
            longLine += QByteArray(70, 'y') + "\n ";
        longLine += "\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART:20160718T100000Z\nSUMMARY:after\nEND:VEVENT\nEND:VCALENDAR\n";
        r = EventIcsReader::read(longLine);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.report.rejected, 1);
        QCOMPARE(r.report.firstIssues.value(0).line, 5);
        QVERIFY(EventIcsReader::read("").report.error);
    }

    void theShippedElectionCalendarImportsAndRoundTripsByteForByte()
    {
        QFile f(kElectionFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray shipped = f.readAll();
        const EventImport r = EventFileFormat::readFile(kElectionFile);
        QVERIFY(!r.report.error);
        QCOMPARE(r.report.rejected, 0);
        QCOMPARE(r.events.size(), 9);
        for (const TimelineEvent &e : r.events) {
            QVERIFY(e.allDay);
            QCOMPARE(e.timeZone, QStringLiteral("America/New_York"));
            QVERIFY(e.url.startsWith(QLatin1String("https://en.wikipedia.org/wiki/")));
        }
        QCOMPARE(r.events[2].title, QStringLiteral("Republican National Convention"));
        QCOMPARE(r.events[2].startUs, utcUs(2016, 7, 18, 4));
        QCOMPARE(r.events[2].endUs.value_or(0), utcUs(2016, 7, 22, 4));
        QCOMPARE(r.events[8].title, QStringLiteral("Election Day"));
        QCOMPARE(r.events[8].startUs, utcUs(2016, 11, 8, 5)); // after the fall-back change: EST
        QCOMPARE(EventIcsWriter::write(r.events, kStamp), shipped);
    }

    void formatsAreChosenByNameExtensionAndContent()
    {
        QCOMPARE(EventFileFormat::fromExtension(QStringLiteral("a/b.ICS")), EventFileFormat::Format::Ics);
        QCOMPARE(EventFileFormat::fromName(QStringLiteral("json")), EventFileFormat::Format::Json);
        QVERIFY(!EventFileFormat::fromExtension(QStringLiteral("events.txt")));
        QCOMPARE(EventFileFormat::sniff("\xEF\xBB\xBF BEGIN:VCALENDAR\r\n"), EventFileFormat::Format::Ics);
        QCOMPARE(EventFileFormat::sniff("\n [ {"), EventFileFormat::Format::Json);
        QCOMPARE(EventFileFormat::sniff("start,end"), EventFileFormat::Format::Csv);
    }
};

QTEST_GUILESS_MAIN(TestEventIcs)
#include "tst_event_ics.moc"
