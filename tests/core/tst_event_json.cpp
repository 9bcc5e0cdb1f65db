// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventJson: events as a JSON array, ids on export, bad elements reported by line.
#include "event_csv.h"
#include "event_json.h"
#include "event_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace event_test;

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
        compareReadBack(back, events);
        if (QTest::currentTestFailed())
            return;
        for (const TimelineEvent &e : back.events)
            QCOMPARE(e.id, 0); // ids are the store's, not the file's
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
        QCOMPARE(issueLines(r.report), (QList<qint64>{3, 4, 5, 6}));
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
