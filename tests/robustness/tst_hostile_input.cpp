// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input through the command line: limits (a 10 MB line, a 4 GB length claim, deeply
// nested JSON, a DNS compression loop, 100,000 clients) with bounded memory and time, and
// filter text that looks like SQL (quotes, %, _, ;, NUL) treated as a plain glob.
#include "bin_query.h"
#include "child_process.h"
#include "lookup_store.h"
#include "robustness_support.h"
#include "store_probe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Peak RSS a hostile input may add over importing a tiny file (the inputs are 10 MB or claim 4 GB).
constexpr long kMaxExtraRssKiB = 96 * 1024;
// Address space for the child: an allocation the input merely claims (never touched, so not in
// the RSS) fails instead of passing unnoticed. Not under ASan, which reserves terabytes.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kAddressSpace = -1;
#else
constexpr qint64 kAddressSpace = qint64(3) << 30;
#endif

qint64 totalCount(const QByteArray &binsCsv)
{
    qint64 total = 0;
    const QList<QByteArray> lines = binsCsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            total += lines[i].mid(lines[i].lastIndexOf(',') + 1).toLongLong();
    return total;
}

QByteArray le32(quint32 v)
{
    return QByteArray(reinterpret_cast<const char *>(&v), 4); // a little-endian host
}
} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ChildProcess m_cli{QStringLiteral(DNSTL_BINARY)};
    long m_baselineRssKiB = 0;
    QString m_injectionStore;

    QString write(const char *name, const QByteArray &data)
    {
        const QString p = m_dir.filePath(QString::fromLatin1(name));
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return p;
    }
    QString store(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Runs the CLI; checks no crash, no sanitizer report, bounded time and memory.
    ChildProcess::Result bounded(const QStringList &args, long maxExtraRssKiB = kMaxExtraRssKiB)
    {
        ChildProcess::Limits limits;
        limits.addressSpaceBytes = kAddressSpace;
        const ChildProcess::Result r = m_cli.run(args, limits, 120000);
        qInfo("%s: exit %d, %.2f s, peak RSS %ld MiB", qPrintable(args.value(0)), r.exitCode, r.seconds,
              r.maxRssKiB / 1024);
        [&] {
            QVERIFY2(r.exited, "signal " + QByteArray::number(r.signal) + ": " + r.err.right(3000));
            QVERIFY2(r.exitCode == 0 || (r.exitCode == 1 && r.err.contains("dnstimeline: ")), r.err.right(3000));
            QVERIFY2(!r.err.contains("Sanitizer") && !r.err.contains("runtime error"), r.err.right(3000));
            QVERIFY2(r.maxRssKiB < m_baselineRssKiB + maxExtraRssKiB,
                     QByteArray::number(r.maxRssKiB / 1024) + " MiB peak RSS");
        }();
        return r;
    }

    qint64 count(const QString &where)
    {
        const ChildProcess::Result r = m_cli.run({QStringLiteral("bins"), m_injectionStore, QStringLiteral("--bin"),
                                                  QStringLiteral("1d"), QStringLiteral("--where"), where});
        if (!r.exited || r.exitCode != 0)
            return -1;
        return totalCount(r.out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ChildProcess::Result r = m_cli.run(
            {QStringLiteral("import"), store("baseline.dnstl"), QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv")});
        QVERIFY2(r.exited && r.exitCode == 0, r.err);
        m_baselineRssKiB = r.maxRssKiB;
        qInfo("baseline import: peak RSS %ld MiB", r.maxRssKiB / 1024);
    }

    void tenMegabyteLineIsRejectedByLine_data()
    {
        const QByteArray huge(10 << 20, 'a');
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "timestamp,client,qname\n2024-01-01T00:00:00Z,10.0.0.1,a.example\n"
                                "2024-01-01T00:00:01Z,10.0.0.1," +
                huge + "\n2024-01-01T00:00:02Z,10.0.0.1,b.example\n"
                             << QStringLiteral("csv");
        QTest::newRow("zeek") << "#separator \\x09\n#fields\tts\tid.orig_h\tquery\n#types\ttime\taddr\tstring\n"
                                 "1700000000.0\t10.0.0.1\t" +
                huge + "\n1700000001.0\t10.0.0.1\tb.example\n"
                              << QStringLiteral("zeek");
        QTest::newRow("zeek-json") << "{\"ts\":1700000000.0,\"query\":\"" + huge +
                "\"}\n"
                "{\"ts\":1700000001.0,\"query\":\"b.example\"}\n"
                                   << QStringLiteral("zeek-json");
        QTest::newRow("bind") << "02-Jan-2023 03:04:05.678 client 127.0.0.1#5968 (x): query: " + huge +
                " IN A + (127.0.0.1)\n02-Jan-2023 03:04:06.000 client 127.0.0.1#5968 (b.example):"
                " query: b.example IN A + (127.0.0.1)\n"
                              << QStringLiteral("bind");
        QTest::newRow("dnsmasq") << "Jan  5 13:45:01 dnsmasq[1234]: query[A] " + huge +
                " from 192.168.1.10\n"
                "Jan  5 13:45:02 dnsmasq[1234]: query[A] b.example from 192.168.1.10\n"
                                 << QStringLiteral("dnsmasq");
        QTest::newRow("windows-dns")
            << "6/15/2013 10:20:33 AM 0E70 PACKET  00000000033397A0 UDP Rcv 10.0.0.1        0001   Q "
               "[0001   D   NOERROR] A      (1)a(7)example(0)\n6/15/2013 10:20:34 AM 0E70 PACKET  "
               "00000000033397A0 UDP Rcv 10.0.0.1        0002   Q [0001   D   NOERROR] A      (1)" +
                huge + "\n"
            << QStringLiteral("windows-dns");
        QTest::newRow("evtx xml")
            << "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>"
               "<Provider Name=\"Microsoft-Windows-Sysmon\"/><EventID>22</EventID><TimeCreated "
               "SystemTime=\"2024-03-01T00:00:00Z\"/><Computer>WS</Computer></System><EventData>"
               "<Data Name=\"QueryName\">a.example</Data><Data Name=\"Image\">x.exe</Data></EventData>"
               "</Event><Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><" +
                huge + "\n"
            << QStringLiteral("evtx");
    }
    void tenMegabyteLineIsRejectedByLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        const QString file = write("long_line.txt", data);
        const ChildProcess::Result r =
            bounded({QStringLiteral("import"), store("long.dnstl"), file, QStringLiteral("--format"), format,
                     QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"rejected\":1"), r.out + r.err);
        QVERIFY2(r.err.contains("long_line.txt:"), r.err);
    }

    void fourGigabyteLengthClaimIsBounded_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray pcapHeader =
            le32(0xa1b2c3d4) + QByteArray("\x02\x00\x04\x00", 4) + QByteArray(8, '\0') + le32(0xffffffff) + le32(1);
        QTest::newRow("pcap record") << pcapHeader + le32(1700000000) + le32(0) + le32(0xfffffff0) + le32(0xfffffff0) +
                QByteArray(4096, 'x');
        QTest::newRow("pcapng block") << le32(0x0a0d0d0a) + le32(0xfffffff0) + le32(0x1a2b3c4d) + QByteArray(4096, 'x');
    }
    void fourGigabyteLengthClaimIsBounded()
    {
        QFETCH(QByteArray, data);
        const QString file = write("claim.pcap", data);
        const ChildProcess::Result r =
            bounded({QStringLiteral("import"), store("claim.dnstl"), file, QStringLiteral("--force")});
        // The claim is reported as a bad record, not believed (an allocation of 4 GB: "out of memory").
        QVERIFY2(r.err.contains("claim.pcap:1: ") && !r.err.contains("out of memory"), r.err);
    }

    void deeplyNestedJsonIsBounded_data()
    {
        const QByteArray open(1 << 20, '['), close(1 << 20, ']');
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("zeek-json") << "{\"ts\":1700000000.0,\"x\":" + open + close +
                ",\"query\":\"a.example\"}\n"
                "{\"ts\":1700000001.0,\"query\":\"b.example\"}\n"
                                   << QStringList{QStringLiteral("import"), QStringLiteral("STORE"),
                                                  QStringLiteral("FILE"), QStringLiteral("--format"),
                                                  QStringLiteral("zeek-json")};
        QTest::newRow("events json") << open + close << QStringList{QStringLiteral("events"),   QStringLiteral("STORE"),
                                                                    QStringLiteral("import"),   QStringLiteral("FILE"),
                                                                    QStringLiteral("--format"), QStringLiteral("json")};
    }
    void deeplyNestedJsonIsBounded()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, command);
        command.replace(command.indexOf(QStringLiteral("STORE")), store("nested.dnstl"));
        command.replace(command.indexOf(QStringLiteral("FILE")), write("nested.json", data));
        bounded(command);
    }

    void compressionLoopIsRejected()
    {
        const ChildProcess::Result r = bounded({QStringLiteral("import"), store("loop.dnstl"),
                                                QStringLiteral(DNSTL_TEST_DATA_DIR "/pcap/compression_loop.pcap")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("loop") || r.err.contains("pointer"), r.err);
    }

    void hundredThousandClientsAreBounded()
    {
        const QString file = m_dir.filePath(QStringLiteral("clients.csv"));
        QVERIFY(RobustnessSupport::writeLookupsCsv(file, 300000, 100000, 1000));
        const QString s = store("clients.dnstl");
        const ChildProcess::Result imported = bounded({QStringLiteral("import"), s, file}, 512 * 1024);
        QCOMPARE(imported.exitCode, 0);
        const ChildProcess::Result bins =
            bounded({QStringLiteral("bins"), s, QStringLiteral("--split"), QStringLiteral("client"),
                     QStringLiteral("--top"), QStringLiteral("10"), QStringLiteral("--bin"), QStringLiteral("1h")},
                    512 * 1024);
        QCOMPARE(bins.exitCode, 0);
        QCOMPARE(totalCount(bins.out), 300000);
        QVERIFY2(bins.seconds < 30, QByteArray::number(bins.seconds));
    }

    void sqlLookingFiltersAreGlobsAndStoreStaysIntact()
    {
        m_injectionStore = store("injection.dnstl");
        const QString file = write("names.csv",
                                   QByteArray("timestamp,client,qname\n"
                                              "2024-01-01T00:00:00Z,10.0.0.1,\"x'; drop table lookups; --\"\n"
                                              "2024-01-01T00:00:01Z,10.0.0.1,100%.example\n"
                                              "2024-01-01T00:00:02Z,10.0.0.1,a_c.example\n"
                                              "2024-01-01T00:00:03Z,10.0.0.1,abc.example\n"
                                              "2024-01-01T00:00:04Z,10.0.0.1,\"quo\"\"te.example\"\n"
                                              "2024-01-01T00:00:05Z,10.0.0.1,star*name.example\n"
                                              "2024-01-01T00:00:06Z,10.0.0.1,nul") +
                                       QByteArray("\0byte.example\n", 14));
        const ChildProcess::Result r =
            m_cli.run({QStringLiteral("import"), m_injectionStore, file, QStringLiteral("--format"),
                       QStringLiteral("csv")}); // the NUL byte defeats sniffing
        QVERIFY2(r.exited && r.exitCode == 0, r.err);
        const StoreProbe::State before = StoreProbe::read(m_injectionStore);
        QCOMPARE(count(QStringLiteral("qname=x'; DROP TABLE lookups; --")), 1);
        QCOMPARE(count(QStringLiteral("qname=*'*")), 1);
        QCOMPARE(count(QStringLiteral("qname=*;*")), 1);
        QCOMPARE(count(QStringLiteral("qname=\"; DELETE FROM datasets; --")), 0);
        QCOMPARE(count(QStringLiteral("qname=100%.example")), 1);
        QCOMPARE(count(QStringLiteral("qname=%")), 0);
        QCOMPARE(count(QStringLiteral("qname=a_c.example")), 1); // _ is no LIKE wildcard: abc.example stays out
        QCOMPARE(count(QStringLiteral("qname=*\"*")), 1);
        QCOMPARE(count(QStringLiteral("qname=star*name.example")), 1);
        QCOMPARE(count(QStringLiteral("qname=*")), 7);
        QCOMPARE(count(QStringLiteral("client=10.0.0.1' OR '1'='1")), 0);

        // NUL cannot travel in argv: ask the store directly. The NUL is a character like any other.
        auto opened = openStore(m_injectionStore, StoreOpenMode::ReadOnly);
        auto nulCount = [&](const QString &glob) {
            BinQuery q;
            q.filters = {FieldFilter{LookupField::Qname, glob}};
            qint64 n = 0;
            for (const BinSeries &s : opened->bins(q).series)
                n += s.total;
            return n;
        };
        const qint64 withNul = nulCount(QStringLiteral("nul") + QChar(0) + QStringLiteral("byte.example"));
        QCOMPARE(withNul, nulCount(QStringLiteral("nul?byte.example")));
        QCOMPARE(nulCount(QString(QChar(0))), 0);
        QCOMPARE(nulCount(QStringLiteral("*") + QChar(0) + QStringLiteral("*")), withNul);
        opened.reset();
        QVERIFY(StoreProbe::read(m_injectionStore) == before);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        QCOMPARE(before.lookupRows, 7);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
