// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dnstimeline stats` end to end: the view's --where filters reach every analysis, including
// the two that read lookups one by one (periodicity, the name counts of derived); periodicity
// read in passes under a small --gap-memory prints the same.
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using cli_test::dnstimeline;
using cli_test::Run;

QJsonObject stats(const QStringList &args)
{
    const Run r = dnstimeline(QStringList{QStringLiteral("stats")} + args);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestStatsCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Two clients each looking up a beacon name every 10 minutes for a day, and a third
        // ten other names once an hour at scattered minutes.
        const QString csvPath = m_dir.filePath(QStringLiteral("pairs.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("timestamp,client,qname\n");
        const qint64 start = 1'467'331'200; // 2016-07-01T00:00:00Z, s
        for (int i = 0; i < 144; ++i) {
            for (int c = 1; c <= 2; ++c)
                csv.write(QStringLiteral("%1,10.0.0.%2,beacon%2.example\n").arg(start + i * 600 + c).arg(c).toUtf8());
        }
        for (int h = 0; h < 24; ++h) {
            for (int n = 0; n < 10; ++n)
                csv.write(QStringLiteral("%1,10.0.0.3,name%2.example\n")
                              .arg(start + h * 3600 + (n * 7919 + h * 104729 + n * h * 31) % 3600)
                              .arg(n)
                              .toUtf8());
        }
        csv.close();
        m_store = m_dir.filePath(QStringLiteral("pairs.dnstl"));
        const Run import = dnstimeline({QStringLiteral("import"), m_store, csvPath});
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void whereReachesPeriodicity()
    {
        const QJsonObject all = stats({m_store, QStringLiteral("periodicity")});
        QCOMPARE(all.value(QStringLiteral("pairs")).toInt(), 12);
        QVERIFY(all.value(QStringLiteral("automated_pairs")).toInt() >= 2);
        const QJsonObject one = stats(
            {m_store, QStringLiteral("periodicity"), QStringLiteral("--where"), QStringLiteral("qname=beacon1.*")});
        QCOMPARE(one.value(QStringLiteral("pairs")).toInt(), 1);
        QCOMPARE(one.value(QStringLiteral("automated_pairs")).toInt(), 1);
        QCOMPARE(one.value(QStringLiteral("top")).toArray().at(0).toObject().value(QStringLiteral("client")).toString(),
                 QStringLiteral("10.0.0.1"));
    }

    // 528 lookups hold at most 2,112 bytes of gaps: 0.001 MB (1,048 bytes) reads them in three
    // passes, each over a share of the pairs, and prints the same.
    void gapMemoryReadsInPassesWithTheSameOutput()
    {
        const QStringList args{m_store, QStringLiteral("periodicity"), QStringLiteral("--top"), QStringLiteral("12")};
        const Run whole = dnstimeline(QStringList{QStringLiteral("stats")} + args);
        const Run passes = dnstimeline(QStringList{QStringLiteral("stats")} + args +
                                       QStringList{QStringLiteral("--gap-memory"), QStringLiteral("0.001")});
        QCOMPARE(whole.exitCode, 0);
        QCOMPARE(passes.exitCode, 0);
        QCOMPARE(passes.out, whole.out);
        QCOMPARE(QJsonDocument::fromJson(whole.out).object().value(QStringLiteral("top")).toArray().size(), 12);
        const Run bad = dnstimeline(QStringList{QStringLiteral("stats")} + args +
                                    QStringList{QStringLiteral("--gap-memory"), QStringLiteral("0")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("--gap-memory"), bad.err.constData());
    }

    void whereReachesDerivedNameCounts()
    {
        const auto sum = [](const QJsonObject &o, const char *key) {
            qint64 n = 0;
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                n += v.toInteger();
            return n;
        };
        const QStringList daily = {m_store, QStringLiteral("derived"), QStringLiteral("--bin"), QStringLiteral("1d")};
        const QJsonObject all = stats(daily);
        QCOMPARE(sum(all, "unique_qnames"), 12);
        QCOMPARE(sum(all, "first_seen_qnames"), 12);
        const QJsonObject some =
            stats(daily + QStringList{QStringLiteral("--where"), QStringLiteral("client=10.0.0.3")});
        QCOMPARE(sum(some, "lookups"), 240);
        QCOMPARE(sum(some, "unique_qnames"), 10);
        QCOMPARE(sum(some, "first_seen_qnames"), 10);
    }

    // The mail host's history from a Zeek dns.log with answers: an address, a new one with the
    // address book's label, then SERVFAIL and NXDOMAIN, then nothing; counts by hand.
    void resolutionsPrintTheHistoryOfTheFilteredNames()
    {
        const QString logPath = m_dir.filePath(QStringLiteral("dns.log"));
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tdns\n"
                  "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\tquery\tqtype\t"
                  "qtype_name\trcode\trcode_name\tanswers\tTTLs\n");
        const qint64 start = 1'467'331'200; // 2016-07-01T00:00:00Z, s
        const auto line = [&](int hour, const char *qname, const char *rcode, const char *answers) {
            log.write(QStringLiteral("%1.000000\t-\t10.0.0.7\t-\t192.0.2.53\t-\tudp\t-\t%2\t1\tA\t-\t%3\t%4\t-\n")
                          .arg(start + hour * 3600)
                          .arg(QLatin1String(qname), QLatin1String(rcode), QLatin1String(answers))
                          .toUtf8());
        };
        for (int h = 0; h < 10; ++h)
            line(h, "mail.example.com", "NOERROR", "192.0.2.10");
        for (int h = 10; h < 15; ++h)
            line(h, "mail.example.com", "NOERROR", "192.0.2.20");
        for (int h = 15; h < 18; ++h)
            line(h, "mail.example.com", "SERVFAIL", "-");
        line(18, "mail.example.com", "NXDOMAIN", "-");
        for (int h = 0; h < 30; ++h)
            line(h, "www.example.com", "NOERROR", "198.51.100.1");
        log.close();
        const QString store = m_dir.filePath(QStringLiteral("answers.dnstl"));
        Run r = dnstimeline({QStringLiteral("import"), store, logPath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString book = m_dir.filePath(QStringLiteral("book.csv"));
        QFile bookFile(book);
        QVERIFY(bookFile.open(QIODevice::WriteOnly));
        bookFile.write("pattern,label\n192.0.2.20,New mail host\n");
        bookFile.close();
        r = dnstimeline({QStringLiteral("owners"), store, QStringLiteral("import"), book});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QJsonObject result =
            stats({store, QStringLiteral("resolutions"), QStringLiteral("--where"), QStringLiteral("qname=mail.*")});
        QCOMPARE(result.value(QStringLiteral("analysis")).toString(), QStringLiteral("resolutions"));
        QCOMPARE(result.value(QStringLiteral("lookups")).toInt(), 19);
        const QJsonArray rows = result.value(QStringLiteral("resolutions")).toArray();
        QCOMPARE(rows.size(), 4);
        const auto row = [&](int i, const char *field) { return rows.at(i).toObject().value(QLatin1String(field)); };
        QCOMPARE(row(0, "answer").toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(row(0, "lookups").toInt(), 10);
        QCOMPARE(row(0, "first").toString(), QStringLiteral("2016-07-01T00:00:00.000+00:00"));
        QCOMPARE(row(0, "last").toString(), QStringLiteral("2016-07-01T09:00:00.000+00:00"));
        QVERIFY(!rows.at(0).toObject().contains(QStringLiteral("owner")));
        QCOMPARE(row(1, "answer").toString(), QStringLiteral("192.0.2.20"));
        QCOMPARE(row(1, "owner").toString(), QStringLiteral("New mail host"));
        QCOMPARE(row(1, "error_lookups").toInt(), 0);
        QCOMPARE(row(2, "rcode").toString(), QStringLiteral("SERVFAIL"));
        QCOMPARE(row(2, "answer").toString(), QString());
        QCOMPARE(row(2, "lookups").toInt(), 3);
        QCOMPARE(row(2, "error_lookups").toInt(), 3);
        QCOMPARE(row(3, "rcode").toString(), QStringLiteral("NXDOMAIN"));
        QCOMPARE(row(3, "last").toString(), QStringLiteral("2016-07-01T18:00:00.000+00:00"));
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("mail.example.com"));

        r = dnstimeline({QStringLiteral("stats"), store, QStringLiteral("resolutions")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("qname"), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_store;
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_stats_command.moc"
