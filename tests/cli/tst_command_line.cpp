// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the built `dnstimeline` run as a user would run it.
#include "cli_run.h"

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
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

using cli_test::dnstimeline;
using cli_test::Run;
} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("cli.dnstl"));
    }

    void importPrintsOneJsonLinePerFile()
    {
        const Run r = dnstimeline({QStringLiteral("import"), m_store, fixture("simple.csv"), fixture("bad_rows.csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("dataset")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("records")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("rejected")).toInt(), 0);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(QStringLiteral("dataset")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("records")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("rejected")).toInt(), 3);
        QVERIFY2(r.err.contains("bad_rows.csv:3: bad timestamp"), r.err.constData());
    }

    void failedImportExitsNonZeroWithOneLineAndChangesNothing()
    {
        const Run r = dnstimeline({QStringLiteral("import"), m_store, fixture("header_only.csv")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("header_only.csv"));
        QVERIFY(r.out.isEmpty());
        const Run again = dnstimeline({QStringLiteral("import"), m_store, fixture("simple.csv")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("--force"));
        const Run list = dnstimeline({QStringLiteral("datasets"), m_store});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);
    }

    void datasetsDescribeEachImport()
    {
        const Run r = dnstimeline({QStringLiteral("datasets"), m_store});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("simple.csv"));
        QCOMPARE(d.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(d.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(d.value(QStringLiteral("first")).toString(), QStringLiteral("2016-07-18T09:15:00+00:00"));
    }

    void binsListEveryBinWithTheZoneOffset()
    {
        const Run r = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--dataset"), QStringLiteral("1"),
                                   QStringLiteral("--tz"), QStringLiteral("America/New_York"), QStringLiteral("--bin"),
                                   QStringLiteral("1d"), QStringLiteral("--from"), QStringLiteral("2016-07-17"),
                                   QStringLiteral("--to"), QStringLiteral("2016-07-20")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QByteArray("bin_start,series,count\n"
                            "2016-07-17T00:00:00-04:00,,0\n"
                            "2016-07-18T00:00:00-04:00,,4\n"
                            "2016-07-19T00:00:00-04:00,,0\n"));
        const Run utc = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--dataset"), QStringLiteral("1"),
                                     QStringLiteral("--bin"), QStringLiteral("1d")});
        QCOMPARE(utc.out,
                 QByteArray("bin_start,series,count\n"
                            "2016-07-18T00:00:00+00:00,,3\n"
                            "2016-07-19T00:00:00+00:00,,1\n"));
    }

    void binsSplitAndFilter()
    {
        const Run r = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--dataset"), QStringLiteral("1"),
                                   QStringLiteral("--bin"), QStringLiteral("1d"), QStringLiteral("--split"),
                                   QStringLiteral("qname"), QStringLiteral("--top"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QByteArray("bin_start,series,count\n"
                            "2016-07-18T00:00:00+00:00,mail1.example.com,2\n"
                            "2016-07-18T00:00:00+00:00,other,1\n"
                            "2016-07-19T00:00:00+00:00,mail1.example.com,0\n"
                            "2016-07-19T00:00:00+00:00,other,1\n"));
        const Run f =
            dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--dataset"), QStringLiteral("1"),
                         QStringLiteral("--bin"), QStringLiteral("1d"), QStringLiteral("--where"),
                         QStringLiteral("qname=WWW.*"), QStringLiteral("--where"), QStringLiteral("rcode=nx*")});
        QCOMPARE(f.out,
                 QByteArray("bin_start,series,count\n"
                            "2016-07-18T00:00:00+00:00,,1\n"
                            "2016-07-19T00:00:00+00:00,,0\n"));
        const Run json = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--bin"), QStringLiteral("1d"),
                                      QStringLiteral("--split"), QStringLiteral("dataset"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("bin_width")).toString(), QStringLiteral("1d"));
        QCOMPARE(o.value(QStringLiteral("series")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("series")).toArray().at(0).toObject().value(QStringLiteral("total")).toInt(),
                 4);
    }

    // mDNS is the field proto (dns or mdns) for --where and --split.
    void binsFilterAndSplitByProto()
    {
        const QString store = m_dir.filePath(QStringLiteral("mdns.dnstl"));
        const Run imported =
            dnstimeline({QStringLiteral("import"), store, QStringLiteral(DNSTL_TEST_DATA_DIR "/pcap/mdns_mixed.pcap")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto bins = [&](const QStringList &view) {
            return dnstimeline(
                QStringList{QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1d")} + view);
        };
        const Run mdns = bins({QStringLiteral("--where"), QStringLiteral("proto=mdns")});
        QCOMPARE(mdns.exitCode, 0);
        QCOMPARE(mdns.out, QByteArray("bin_start,series,count\n2023-11-14T00:00:00+00:00,,4\n"));
        QCOMPARE(bins({QStringLiteral("--where"), QStringLiteral("PROTO=dns")}).out,
                 QByteArray("bin_start,series,count\n2023-11-14T00:00:00+00:00,,2\n"));
        QCOMPARE(
            bins({QStringLiteral("--split"), QStringLiteral("proto")}).out,
            QByteArray("bin_start,series,count\n2023-11-14T00:00:00+00:00,mdns,4\n2023-11-14T00:00:00+00:00,dns,2\n"));
        QCOMPARE(bins({QStringLiteral("--split"), QStringLiteral("proto"), QStringLiteral("--where"),
                       QStringLiteral("qname=*.local")})
                     .out,
                 QByteArray("bin_start,series,count\n2023-11-14T00:00:00+00:00,mdns,4\n"));
        const Run help = dnstimeline({QStringLiteral("bins"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("proto"));
    }

    void badOptionsFailWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bin") << QStringList{QStringLiteral("--bin"), QStringLiteral("7m")}
                             << QByteArray("bad bin width");
        QTest::newRow("tz") << QStringList{QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")}
                            << QByteArray("time zone");
        QTest::newRow("split") << QStringList{QStringLiteral("--split"), QStringLiteral("colour")}
                               << QByteArray("--split");
        QTest::newRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("soon"), QStringLiteral("--to"),
                                             QStringLiteral("2016-01-01")}
                              << QByteArray("--from");
        QTest::newRow("where") << QStringList{QStringLiteral("--where"), QStringLiteral("qname")}
                               << QByteArray("--where");
    }
    void badOptionsFailWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = dnstimeline(QStringList{QStringLiteral("bins"), m_store} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void missingStoreIsAClearError()
    {
        const Run r = dnstimeline({QStringLiteral("bins"), m_dir.filePath(QStringLiteral("nope.dnstl"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such store"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.dnstl"))));
    }

    void renderWritesEachFormatWithoutADisplay()
    {
        for (const char *ext : {"png", "jpg", "pdf", "svg"}) {
            const QString out = m_dir.filePath(QStringLiteral("chart.") + QLatin1String(ext));
            const Run r =
                dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("-o"), out, QStringLiteral("--title"),
                             QStringLiteral("Lookups per day"), QStringLiteral("--width"), QStringLiteral("800"),
                             QStringLiteral("--height"), QStringLiteral("500")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(8);
            if (qstrcmp(ext, "png") == 0)
                QCOMPARE(head, QByteArray("\x89PNG\r\n\x1a\n"));
            else if (qstrcmp(ext, "jpg") == 0)
                QVERIFY(head.startsWith("\xff\xd8\xff"));
            else if (qstrcmp(ext, "pdf") == 0)
                QVERIFY(head.startsWith("%PDF"));
            else
                QVERIFY((head + f.readAll()).contains("Lookups per day"));
        }
    }

    void passiveDnsImportsAsObservationsThatBinsRefuses()
    {
        const QString store = m_dir.filePath(QStringLiteral("cof.dnstl"));
        const Run r =
            dnstimeline({QStringLiteral("import"), store, QStringLiteral(DNSTL_TEST_DATA_DIR "/cof/simple.jsonl")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject imported = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(imported.value(QStringLiteral("kind")).toString(), QStringLiteral("observations"));
        QCOMPARE(imported.value(QStringLiteral("format")).toString(), QStringLiteral("cof"));
        QCOMPARE(imported.value(QStringLiteral("records")).toInt(), 5);
        const Run list = dnstimeline({QStringLiteral("datasets"), store});
        QCOMPARE(QJsonDocument::fromJson(list.out).array()[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("observations"));
        const Run bins = dnstimeline({QStringLiteral("bins"), store});
        QCOMPARE(bins.exitCode, 1);
        QVERIFY2(bins.err.contains("passive-DNS observations") && bins.err.contains("not lookups"),
                 bins.err.constData());
        // With lookups beside them, bins counts the lookups and leaves the observations out.
        QCOMPARE(dnstimeline({QStringLiteral("import"), store, fixture("simple.csv")}).exitCode, 0);
        const Run mixed = dnstimeline({QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1d")});
        QCOMPARE(mixed.exitCode, 0);
        qint64 total = 0;
        for (const QByteArray &line : mixed.out.trimmed().split('\n').mid(1))
            total += line.split(',').last().toLongLong();
        QCOMPARE(total, 4);
    }

    void windowsDebugLogImportSaysItsPatternZoneAndSkippedPackets()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("w.dnstl"));
        const QString log = QStringLiteral(DNSTL_TEST_DATA_DIR "/windows-dns/de_de.log");
        const Run r =
            dnstimeline({QStringLiteral("import"), store, log, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                         QStringLiteral("--locale"), QStringLiteral("de-DE")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("windows-dns"));
        QCOMPARE(o.value(QStringLiteral("records")).toInteger(), 2);
        QCOMPARE(o.value(QStringLiteral("first")).toString(), QStringLiteral("2013-06-05T08:20:33+00:00"));
        const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
        QVERIFY(notes.size() >= 2);
        QVERIFY2(
            notes[0].toString().startsWith(QStringLiteral("dates read as d.M.yyyy H:mm:ss (de-DE), as --locale de-DE")),
            qPrintable(notes[0].toString()));
        QCOMPARE(notes[1].toString(), QStringLiteral("times read as local time in Europe/Berlin, as given"));
        QCOMPARE(o.value(QStringLiteral("import_options")).toObject().value(QStringLiteral("locale")).toString(),
                 QStringLiteral("de-DE"));
        // The server's own recursion is counted as skipped, not as lookups.
        const Run en = dnstimeline(
            {QStringLiteral("import"), store, QStringLiteral(DNSTL_TEST_DATA_DIR "/windows-dns/en_us.log")});
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(en.out).object().value(QStringLiteral("skipped")).toInteger(), 3);
        const Run bad = dnstimeline(
            {QStringLiteral("import"), store, log, QStringLiteral("--locale"), QStringLiteral("xx-nowhere")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown locale 'xx-nowhere'"));
    }

    void helpAndVersion()
    {
        const Run v = dnstimeline({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("dnstimeline "));
        const Run h = dnstimeline({QStringLiteral("bins"), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("--split"));
        QVERIFY(h.out.contains("--where"));
        const Run top = dnstimeline({QStringLiteral("--help")});
        for (const char *command : {"import", "datasets", "bins", "render"})
            QVERIFY(top.out.contains(command));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
