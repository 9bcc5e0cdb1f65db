// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Unbound log importer on logs Unbound 1.17 wrote (tests/data/unbound/make_fixtures.sh):
// queries paired with their replies, log-time-ascii stamps and their year, replies alone, each
// malformed case by line, and runImport recognising the format.
#include "importer_registry.h"
#include "importer_test_support.h"
#include "unbound_log_importer.h"

using namespace importer_test;

namespace {
// The lookups of every fixture: the readiness probe, then the eight queries of the script.
const QList<QByteArrayList> kExpected = {
    {"127.0.0.1", "example.com", "SOA", "NOERROR", ""},     {"127.0.0.1", "www.example.com", "A", "NOERROR", ""},
    {"127.0.0.1", "web.example.com", "A", "NOERROR", ""},   {"127.0.0.1", "nothere.example.com", "A", "NXDOMAIN", ""},
    {"127.0.0.1", "mail.example.com", "MX", "NOERROR", ""}, {"127.0.0.1", "example.com", "TXT", "NOERROR", ""},
    {"127.0.0.1", "v6.example.com", "AAAA", "NOERROR", ""}, {"127.0.0.1", "web.example.com", "AAAA", "NOERROR", ""},
    {"127.0.0.1", "x.blocked.test", "A", "REFUSED", ""},
};
} // namespace

class TestUnboundImporter : public QObject {
    Q_OBJECT

private slots:
    void pairsQueriesWithReplies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("firstUs");
        QTest::newRow("epoch") << fixture("unbound", "epoch.log") << utc("2026-12-07T06:19:43Z");
        QTest::newRow("log-time-ascii") << fixture("unbound", "ascii.log") << utc("2026-12-07T06:19:44Z");
        QTest::newRow("replies only") << fixture("unbound", "replies_only.log") << utc("2026-12-07T06:19:44Z");
    }
    void pairsQueriesWithReplies()
    {
        QFETCH(QString, file);
        QFETCH(qint64, firstUs);
        RecordingSink sink;
        const ImportReport r = readFile(UnboundLogImporter(), file, sink, inYear(2026));
        QVERIFY(!r.error);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, kExpected.size());
        for (qsizetype i = 0; i < kExpected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), kExpected[i]);
        QCOMPARE(sink.lookups[0].tsUs / 1000000, firstUs / 1000000);
    }

    void saysWhereTheYearOfAsciiTimesCameFrom()
    {
        RecordingSink sink;
        ImportOptions options;
        options.fileModifiedUs = utc("2027-01-03T00:00:00Z"); // written after New Year: still 2026
        const ImportReport r = readFile(UnboundLogImporter(), fixture("unbound", "ascii.log"), sink, options);
        QCOMPARE(r.records, 9);
        QCOMPARE(sink.lookups[0].tsUs / 1000000, utc("2026-12-07T06:19:44Z") / 1000000);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY2(r.notes[0].contains(QLatin1String("2026")) &&
                     r.notes[0].contains(QLatin1String("modification time")) &&
                     r.notes[0].contains(QLatin1String("--year")),
                 qPrintable(r.notes[0]));
        RecordingSink epochSink;
        QVERIFY(readFile(UnboundLogImporter(), fixture("unbound", "epoch.log"), epochSink).notes.isEmpty());
    }

    void readsAsciiTimesInTheZoneGiven()
    {
        RecordingSink sink;
        ImportOptions options = inYear(2026);
        options.zone = QTimeZone("Europe/Berlin");
        readFile(UnboundLogImporter(), fixture("unbound", "ascii.log"), sink, options);
        QCOMPARE(sink.lookups[0].tsUs / 1000000, utc("2026-12-07T05:19:44Z") / 1000000);
    }

    void rejectsEachMalformedLine()
    {
        RecordingSink sink;
        const ImportReport r = readFile(UnboundLogImporter(), fixture("unbound", "malformed.log"), sink, inYear(2026));
        QCOMPARE(issueLines(r), QList<qint64>({3, 4, 5, 6}));
        QCOMPARE(r.rejected, 4);
        QCOMPARE(r.records, 3);
        QVERIFY(r.firstIssues[0].message.contains(QLatin1String("5 fields"))); // a reply cut short
        QVERIFY(r.firstIssues[1].message.contains(QLatin1String("no time")));
        QVERIFY(r.firstIssues[2].message.contains(QLatin1String("no time")));
        QVERIFY(r.firstIssues[3].message.contains(QLatin1String("bad time"))); // 30 February
        QCOMPARE(fieldsOf(sink.lookups[0]), QByteArrayList({"127.0.0.1", "ok.example.com", "A", "NOERROR", ""}));
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 QByteArrayList({"127.0.0.1", "reply-only.example.com", "AAAA", "SERVFAIL", ""}));
        QCOMPARE(fieldsOf(sink.lookups[2]), QByteArrayList({"127.0.0.1", "waiting.example.com", "A", "", ""}));
    }

    void isRecognisedAndImported_data()
    {
        addFormatRows("unbound", {"epoch.log", "ascii.log", "replies_only.log"}, QStringLiteral("unbound"));
    }
    void isRecognisedAndImported() { QCOMPARE(importsAsItsFormat().dataset.records, 9); }
};

QTEST_GUILESS_MAIN(TestUnboundImporter)
#include "tst_unbound_importer.moc"
