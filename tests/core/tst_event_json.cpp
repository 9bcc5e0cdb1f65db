// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventJson: events as a JSON array, ids on export, bad elements reported by line.
#include "events/event_csv.h"
#include "events/event_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(DNSTL_TEST_DATA_DIR "/events/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const TimelineEvent &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(e.startUs)
        .arg(e.endUs ? QString::number(*e.endUs) : QStringLiteral("-"))
        .arg(e.allDay)
        .arg(e.timeZone, e.title, e.notes, e.category, e.color, e.url);
}
} // namespace

class TestEventJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripsWithoutLoss()
    {
        QList<TimelineEvent> events = EventCsv::read(fixture("all_kinds.csv")).events;
        QCOMPARE(events.size(), 6);
        for (qsizetype i = 0; i < events.size(); ++i)
            events[i].id = 10 + i;
        const QByteArray json = EventJson::write(events);
        const EventImport back = EventJson::read(json);
        QVERIFY(!back.report.error);
        QCOMPARE(back.report.rejected, 0);
        QCOMPARE(back.events.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(back.events[i].id, 0); // ids are the store's, not the file's
            QCOMPARE(describe(back.events[i]), describe(events[i]));
        }
    }

    void exportsTheCsvKeysPlusId()
    {
        const QList<TimelineEvent> events = EventCsv::read(fixture("all_kinds.csv")).events;
        const QJsonObject rnc = QJsonDocument::fromJson(EventJson::write(events)).array().at(0).toObject();
        QCOMPARE(rnc.value(QStringLiteral("start")).toString(), QStringLiteral("2016-07-18"));
        QCOMPARE(rnc.value(QStringLiteral("end")).toString(), QStringLiteral("2016-07-21"));
        QCOMPARE(rnc.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/New_York"));
        for (const char *key : {"id", "title", "category", "notes", "url"})
            QVERIFY2(rnc.contains(QLatin1String(key)), key);
        QVERIFY(!rnc.contains(QStringLiteral("color")));
    }

    void badElementsAreReportedWithTheLineTheyStartOn()
    {
        const EventImport r = EventJson::read(fixture("bad_elements.json"));
        QVERIFY(!r.report.error);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.report.rejected, 4);
        QList<qint64> lines;
        for (const ImportIssue &issue : r.report.firstIssues)
            lines.append(issue.line);
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6}));
        QVERIFY(r.report.firstIssues[0].message.contains(QLatin1String("'title' must be a string")));
        QVERIFY(r.report.firstIssues[3].message.contains(QLatin1String("ends before it starts")));
    }

    void badSyntaxFailsNamingTheLine()
    {
        const EventImport r = EventJson::read(fixture("bad_syntax.json"));
        QVERIFY(r.report.error);
        QCOMPARE(r.errorLine, 3);
        QVERIFY(EventJson::read("{\"start\": \"2016-01-01\"}").report.error);
        QVERIFY(EventJson::read(QByteArray("\x00\xff\x13garbage", 10)).report.error);
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_event_json.moc"
