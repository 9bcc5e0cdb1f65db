// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dnstimeline events` end to end: the built binary run as a user would run it.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/events/") + QString::fromLatin1(name);
}

const QString kElectionFile = QStringLiteral(DNSTL_TEST_DATA_DIR "/../../resources/sample/us-election-2016.ics");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run dnstimeline(QStringList args)
{
    args.prepend(QStringLiteral("events"));
    QProcess p;
    p.start(QStringLiteral(DNSTL_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class TestEventsCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void importPrintsCountsAndListPrintsJson()
    {
        const QString store = file("election.dnstl");
        const Run r = dnstimeline({store, QStringLiteral("import"), kElectionFile});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(line.value(QStringLiteral("imported")).toInt(), 9);
        QCOMPARE(line.value(QStringLiteral("rejected")).toInt(), 0);
        const Run list = dnstimeline({store, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(all.size(), 9);
        const QJsonObject rnc = all.at(2).toObject();
        QCOMPARE(rnc.value(QStringLiteral("start")).toString(), QStringLiteral("2016-07-18"));
        QCOMPARE(rnc.value(QStringLiteral("end")).toString(), QStringLiteral("2016-07-21"));
        QVERIFY(rnc.value(QStringLiteral("id")).toInt() > 0);
    }

    // The case: RRULE:FREQ=WEEKLY;COUNT=4 with DTSTART;TZID=Europe/Moscow in a store
    // without lookups (each series from its start for a year), then exported as one rule.
    void recurringCalendarImportsItsOccurrencesAndExportsOneRule()
    {
        const QString store = file("recurring.dnstl");
        Run r = dnstimeline({store, QStringLiteral("import"), fixture("weekly_board_call.ics")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject line = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(line.value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(line.value(QStringLiteral("series")).toInt(), 1);
        QCOMPARE(line.value(QStringLiteral("occurrences")).toInt(), 4);
        QVERIFY(line.value(QStringLiteral("notes")).toArray().isEmpty());
        const QJsonArray listed = QJsonDocument::fromJson(dnstimeline({store, QStringLiteral("list")}).out).array();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed[0].toObject().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2016-10-05T10:00:00+03:00"));
        const Run exported = dnstimeline(
            {store, QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.count("RRULE:FREQ=WEEKLY;COUNT=4"), 1);
        QCOMPARE(exported.out.count("BEGIN:VEVENT"), 1);

        // A series without an end, in a window the user gives: bounded, and the cut said.
        r = dnstimeline({store, QStringLiteral("import"), fixture("daily_without_end.ics"),
                         QStringLiteral("--expand-from"), QStringLiteral("2016-07-01"), QStringLiteral("--expand-to"),
                         QStringLiteral("2016-08-01")});
        QCOMPARE(r.exitCode, 0);
        line = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(line.value(QStringLiteral("occurrences")).toInt(), 31);
        QCOMPARE(line.value(QStringLiteral("notes")).toArray().size(), 2);
        QVERIFY2(r.err.contains(
                     "daily_without_end.ics:23: note: 'Morning press review' goes on after the recurrence window"),
                 r.err.constData());
        // Outside the window: nothing imported, and why.
        r = dnstimeline({store, QStringLiteral("import"), fixture("weekly_board_call.ics"),
                         QStringLiteral("--expand-from"), QStringLiteral("2020-01-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no occurrence in the recurrence window"), r.err.constData());
        QCOMPARE(dnstimeline({store, QStringLiteral("import"), fixture("weekly_board_call.ics"),
                              QStringLiteral("--expand-to"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }

    void exportThenImportElsewhereGivesTheSameEvents()
    {
        const QString store = file("source.dnstl");
        QCOMPARE(dnstimeline({store, QStringLiteral("import"), fixture("all_kinds.csv")}).exitCode, 0);
        const Run original = dnstimeline(
            {store, QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(original.exitCode, 0);
        for (const char *name : {"copy.ics", "copy.json", "copy.csv"}) {
            QCOMPARE(dnstimeline({store, QStringLiteral("export"), file(name)}).exitCode, 0);
            const QString target = file("target.dnstl");
            QFile::remove(target);
            const Run in = dnstimeline({target, QStringLiteral("import"), file(name)});
            QVERIFY2(in.exitCode == 0, in.err.constData());
            const Run again = dnstimeline({target, QStringLiteral("export"), QStringLiteral("-")});
            QCOMPARE(again.out, original.out);
        }
    }

    void formatIsSniffedWhenTheExtensionSaysNothing()
    {
        QFile::copy(kElectionFile, file("calendar.txt"));
        const Run r = dnstimeline({file("sniffed.dnstl"), QStringLiteral("import"), file("calendar.txt")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"imported\":9"));
    }

    void rejectedEventsAreReportedAsFileLine()
    {
        const Run r = dnstimeline({file("partial.dnstl"), QStringLiteral("import"), fixture("malformed.ics")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"rejected\":7"));
        QVERIFY2(r.err.contains("malformed.ics:21: unknown TZID 'Moscow Standard Time'"), r.err.constData());
    }

    void failuresExitNonZeroWithOneLineNamingFileAndLine()
    {
        const QString store = file("failures.dnstl");
        Run r = dnstimeline({store, QStringLiteral("import"), fixture("bad_syntax.json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("bad_syntax.json:3: bad JSON"), r.err.constData());
        r = dnstimeline({store, QStringLiteral("import"), fixture("wrong_header.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("wrong_header.csv:1: "));
        QCOMPARE(dnstimeline({store, QStringLiteral("import"), fixture("all_kinds.csv")}).exitCode, 0);
        r = dnstimeline({file("missing.dnstl"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.dnstl"));
        r = dnstimeline({store, QStringLiteral("export"), file("no/such/dir/out.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("out.csv"));
        r = dnstimeline({store, QStringLiteral("import"), fixture("all_kinds.csv"), QStringLiteral("--format"),
                         QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        r = dnstimeline({store, QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestEventsCommand)
#include "tst_events_command.moc"
