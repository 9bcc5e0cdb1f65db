// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows DNS Server debug log importer: queries paired with the server's responses, the
// server's own recursion skipped, the date pattern of three locales detected (or guessed, or
// given), UTF-16 and ANSI files, the answers of the Details option, and each malformed line.
#include "answer_recording_sink.h"
#include "importer_registry.h"
#include "importer_test_support.h"
#include "windows_date_format.h"
#include "windows_dns_importer.h"

using namespace importer_test;

namespace {

ImportReport readFixture(const char *name, RecordingSink &sink, const ImportOptions &options = {})
{
    return readFile(WindowsDnsImporter(), fixture("windows-dns", name), sink, options);
}

ImportOptions withLocale(const char *locale)
{
    ImportOptions options;
    options.locale = QString::fromLatin1(locale);
    return options;
}

bool hasNote(const ImportReport &r, const QString &part)
{
    for (const QString &note : r.notes) {
        if (note.contains(part))
            return true;
    }
    qWarning() << "notes:" << r.notes;
    return false;
}

} // namespace

class TestWindowsDnsImporter : public QObject {
    Q_OBJECT

private slots:
    void pairsReceivedQueriesWithTheServersResponses()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("en_us.log", sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 5);
        const QList<QByteArrayList> expected = {
            {"10.161.60.71", "www.example.com", "A", "NOERROR", ""},
            {"10.161.60.72", "cdn.example.net", "A", "NOERROR", ""},
            {"fe80::1c2d:3e4f:5a6b:7c8d", "nothere.example.com", "AAAA", "NXDOMAIN", ""},
            {"10.161.60.73", "lost.example.org", "MX", "", ""},         // no response: rcode empty
            {"10.161.60.74", "alone.example.org", "A", "SERVFAIL", ""}, // response without its query
        };
        QCOMPARE(sink.lookups.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldsOf(sink.lookups[i]), expected[i]);
        // The query's time, not the response's (10:20:35).
        QCOMPARE(sink.lookups[1].tsUs, utc("2013-06-05T10:20:34Z"));
        QCOMPARE(sink.lookups[2].tsUs, utc("2013-06-05T13:05:09Z"));
        QCOMPARE(sink.lookups[3].tsUs, utc("2013-06-05T23:59:59Z"));
        QCOMPARE(sink.lookups[4].tsUs, utc("2013-06-13T00:00:01Z"));
    }

    void skipsTheServersOwnRecursionAndOtherOpcodesAndCountsThem()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("en_us.log", sink);
        QCOMPARE(r.skipped, 3); // Snd Q + Rcv R to 8.8.8.8, one notify
        QVERIFY(hasNote(r, QStringLiteral("2 of the server's own recursion (Snd Q, Rcv R), 1 of other opcodes")));
        QVERIFY(hasNote(r, QStringLiteral("1 queries have no response")));
        QVERIFY(hasNote(r, QStringLiteral("1 responses have no query")));
    }

    void detectsMonthFirstTwelveHourDatesAndSaysSo()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("en_us.log", sink);
        QVERIFY(hasNote(r,
                        QStringLiteral("dates read as M/d/yyyy h:mm:ss tt, detected from the file (a second "
                                       "number over 12 (line 42))")));
        QVERIFY(hasNote(r, QStringLiteral("times read as UTC, guessed")));
    }

    void readsGermanDatesInTheGivenZone()
    {
        RecordingSink sink;
        ImportOptions options = inZone("Europe/Berlin");
        options.zoneGiven = true;
        const ImportReport r = readFixture("de_de.log", sink, options);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(fieldsOf(sink.lookups[0]), (QByteArrayList{"192.168.1.20", "mail.example.de", "MX", "NOERROR", ""}));
        QCOMPARE(sink.lookups[0].tsUs, utc("2013-06-05T08:20:33Z")); // CEST
        QCOMPARE(sink.lookups[1].tsUs, utc("2013-06-13T20:15:00Z"));
        QVERIFY(hasNote(r, QStringLiteral("dates read as d.M.yyyy H:mm:ss, detected")));
        QVERIFY(hasNote(r, QStringLiteral("times read as local time in Europe/Berlin, as given")));
    }

    void readsSwedishYearFirstDates()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("sv_se.log", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.lookups[1].tsUs, utc("2013-06-05T23:59:59Z"));
        QCOMPARE(fieldsOf(sink.lookups[1]), (QByteArrayList{"192.168.2.21", "ftp.example.se", "AAAA", "REFUSED", ""}));
        QVERIFY(
            hasNote(r, QStringLiteral("dates read as yyyy-M-d H:mm:ss, detected from the file (the year comes first")));
    }

    void guessesTheOrderWhenNoDayIsOverTwelveAndSaysSo()
    {
        RecordingSink twelve, twentyFour;
        const ImportReport r12 = readFixture("ambiguous_dates.log", twelve);
        QCOMPARE(twelve.lookups[0].tsUs, utc("2013-06-05T10:20:33Z")); // month first with AM/PM and '/'
        QVERIFY(hasNote(r12, QStringLiteral("dates read as M/d/yyyy h:mm:ss tt, guessed")));
        QVERIFY(hasNote(r12, QStringLiteral("give --locale")));
        const ImportReport r24 = readFixture("ambiguous_dates_24h.log", twentyFour);
        QCOMPARE(twentyFour.lookups[0].tsUs, utc("2013-05-06T10:20:33Z")); // day first otherwise
        QVERIFY(hasNote(r24, QStringLiteral("dates read as d/M/yyyy H:mm:ss, guessed")));
    }

    void aGivenLocaleDecidesTheOrder()
    {
        RecordingSink gb, us;
        const ImportReport rgb = readFixture("ambiguous_dates_24h.log", gb, withLocale("en-GB"));
        QCOMPARE(gb.lookups[0].tsUs, utc("2013-05-06T10:20:33Z"));
        QVERIFY(hasNote(rgb, QStringLiteral("as --locale en-GB gives")));
        const ImportReport rus = readFixture("ambiguous_dates.log", us, withLocale("en_US"));
        QCOMPARE(rus.records, 1);
        QCOMPARE(us.lookups[0].tsUs, utc("2013-06-05T10:20:33Z"));
    }

    void aLocaleThatDoesNotFitRejectsTheLines()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("de_de.log", sink, withLocale("en-US")); // 12-hour, month first
        QCOMPARE(r.records, 0);
        QCOMPARE(r.rejected, 4);
        QVERIFY(r.firstIssues[0].message.contains(QStringLiteral("no AM/PM")));
    }

    void refusesAnUnknownLocale()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("en_us.log", sink, withLocale("xx-nowhere"));
        QVERIFY(r.error);
        QVERIFY(r.error->message().contains(QStringLiteral("unknown locale 'xx-nowhere'")));
    }

    void readsUtf16LittleEndianWithByteOrderMark()
    {
        RecordingSink plain, wide;
        readFixture("en_us.log", plain);
        const ImportReport r = readFixture("utf16.log", wide);
        QCOMPARE(r.records, 5);
        QCOMPARE(r.rejected, 0);
        for (qsizetype i = 0; i < plain.lookups.size(); ++i) {
            QCOMPARE(fieldsOf(wide.lookups[i]), fieldsOf(plain.lookups[i]));
            QCOMPARE(wide.lookups[i].tsUs, plain.lookups[i].tsUs);
        }
        QVERIFY(hasNote(r, QStringLiteral("text read as UTF-16 LE")));
    }

    void readsAnsiNamesAsWindows1252()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("ansi.log", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.lookups[0].qname, QByteArray("caf\xc3\xa9.example"));
        QCOMPARE(sink.lookups[1].qname, QByteArray("\xe2\x82\xac.example"));
        QVERIFY(hasNote(r, QStringLiteral("4 names not UTF-8 read as Windows-1252")));
    }

    void fillsAnswersFromTheDetailsOption()
    {
        AnswerRecordingSink sink;
        const ImportReport r = readFixture("details.log", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(sink.answers[0],
                 (QByteArrayList{"CNAME edge.example.net 3600", "A 93.184.216.34 60", "A 93.184.216.35 60"}));
        QCOMPARE(sink.answers[1], (QByteArrayList{"MX 10 mx.example.com 300"}));
        QCOMPARE(fieldsOf(sink.lookups[1]), (QByteArrayList{"10.28.2.141", "example.com", "MX", "NOERROR", ""}));
        QCOMPARE(sink.lookups[1].tsUs, utc("2015-07-15T23:59:59Z"));
    }

    void rejectsEachMalformedLineWithItsNumber()
    {
        RecordingSink sink;
        const ImportReport r = readFixture("malformed.log", sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(fieldsOf(sink.lookups[1]), (QByteArrayList{"10.0.0.1", "good2.example", "A", "NOERROR", ""}));
        QCOMPARE(issueLines(r), (QList<qint64>{33, 34, 35, 36, 37, 38, 39, 40, 41, 42}));
        const QStringList parts = {QStringLiteral("bad date '6/31/2013 10:20:34 AM'"),
                                   QStringLiteral("no AM/PM"),
                                   QStringLiteral("without UDP or TCP"),
                                   QStringLiteral("without Rcv or Snd"),
                                   QStringLiteral("hexadecimal xid"),
                                   QStringLiteral("[flags rcode]"),
                                   QStringLiteral("question type and name"),
                                   QStringLiteral("label lengths"),
                                   QStringLiteral("bad date '13/5/2013"),
                                   QStringLiteral("without an opcode")};
        for (qsizetype i = 0; i < parts.size(); ++i)
            QVERIFY2(r.firstIssues[i].message.contains(parts[i]), qPrintable(r.firstIssues[i].message));
    }

    void strictFailsAtTheFirstMalformedLine()
    {
        RecordingSink sink;
        ImportOptions options;
        options.strict = true;
        const ImportReport r = readFixture("malformed.log", sink, options);
        QVERIFY(r.error);
        QVERIFY2(r.error->message().startsWith(QStringLiteral("line 33:")), qPrintable(r.error->message()));
    }

    void aHeaderAloneFailsTheImport()
    {
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = fixture("windows-dns", "header_only.log");
        const ImportResult result = runImport(store, request, {});
        QVERIFY(result.report.error);
        QVERIFY(result.report.error->message().contains(QStringLiteral("no valid lookup")));
        QCOMPARE(store.datasets().size(), 0);
    }

    void isRecognisedByContent_data()
    {
        addFormatRows("windows-dns", {"en_us.log", "de_de.log", "sv_se.log", "utf16.log", "ansi.log", "details.log"},
                      QStringLiteral("windows-dns"));
    }
    void isRecognisedByContent() { importsAsItsFormat(); }

    void otherLogsAreNotTakenForIt()
    {
        const WindowsDnsImporter importer;
        for (const char *path : {"dnsmasq/pihole.log", "bind/new_style.log", "csv/simple.csv", "zeek/escapes.log"}) {
            QFile f(QStringLiteral(DNSTL_TEST_DATA_DIR "/") + QString::fromLatin1(path));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!importer.sniff(f.read(64 * 1024)), path);
        }
    }

    void scansStampsOfManyLocales_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("iso");
        QTest::newRow("en-US") << QByteArray("6/5/2013 10:20:33 PM 0E70 PACKET") << "en-US"
                               << "2013-06-05 22:20:33";
        QTest::newRow("en-US midnight") << QByteArray("6/5/2013 12:00:01 AM 0E70") << "en-US"
                                        << "2013-06-05 00:00:01";
        QTest::newRow("de-DE") << QByteArray("05.06.2013 10:20:33 0E70") << "de-DE"
                               << "2013-06-05 10:20:33";
        QTest::newRow("sv-SE") << QByteArray("2013-06-05 10:20:33 0E70") << "sv-SE"
                               << "2013-06-05 10:20:33";
        QTest::newRow("zh-CN") << QByteArray("2013/6/5 10:20:33 0E70") << "zh-CN"
                               << "2013-06-05 10:20:33";
        QTest::newRow("en-GB") << QByteArray("05/06/2013 10:20:33 0E70") << "en-GB"
                               << "2013-06-05 10:20:33";
        QTest::newRow("nl-NL") << QByteArray("5-6-2013 10:20:33 0E70") << "nl-NL"
                               << "2013-06-05 10:20:33";
        QTest::newRow("fi-FI dots in the time") << QByteArray("5.6.2013 10.20.33 0E70") << "fi-FI"
                                                << "2013-06-05 10:20:33";
        QTest::newRow("ko-KR designator first")
            << QByteArray("2013-06-05 \xec\x98\xa4\xed\x9b\x84 1:20:33 0E70") << "ko-KR"
            << "2013-06-05 13:20:33";
    }
    void scansStampsOfManyLocales()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, locale);
        QFETCH(QString, iso);
        const auto fields = WindowsDateFormat::scan(line);
        QVERIFY(fields);
        const auto format = WindowsDateFormat::fromLocale(locale);
        QVERIFY(format);
        WindowsDateFormat::LocalTime t;
        QVERIFY_THROWS_NO_EXCEPTION(t = format->read(*fields));
        QCOMPARE(QString::asprintf("%04d-%02d-%02d %02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second),
                 iso);
    }
};

QTEST_GUILESS_MAIN(TestWindowsDnsImporter)
#include "tst_windows_dns_importer.moc"
