// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pcap/pcapng importer end to end through runImport into a real store: the fixtures of
// tests/data/pcap (made by make_fixtures.py there) and the Zeek DNS captures of the corpus,
// whose lookup counts were derived once from tshark (tests/data/pcap/expected_counts.tsv).
#include "capture_reader.h"
#include "import_job.h"
#include "importer_registry.h"
#include "sqlite_db.h"
#include "sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/pcap/") + QString::fromLatin1(name);
}
} // namespace

class TestPcapImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    struct Imported {
        ImportResult result;
        QStringList rows; // "ts client server qname qtype rcode", in time order
        QString store;
        qint64 mdns = 0; // lookups whose lookup_view.proto is 'mdns'
    };

    Imported import(const QString &file)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.dnstl").arg(++m_stores));
        Imported out;
        out.store = path;
        {
            SqliteStore store(path, StoreOpenMode::Create);
            ImportRequest request;
            request.filePath = file;
            out.result = runImport(store, request, {});
        }
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        out.mdns = db.queryInt("SELECT count(*) FROM lookup_view WHERE proto = 'mdns'");
        Statement st = db.prepare("SELECT ts, coalesce(client, ''), coalesce(server, ''), coalesce(qname, ''), "
                                  "coalesce(qtype, ''), coalesce(rcode, '') FROM lookup_view ORDER BY ts, id");
        while (st.step())
            out.rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                                .arg(st.int64(0))
                                .arg(st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)));
        return out;
    }

    Imported importOk(const char *name)
    {
        Imported out = import(fixture(name));
        if (out.result.report.error)
            qWarning("%s", qPrintable(out.result.report.error->message()));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sniffsEveryCaptureMagic()
    {
        const QByteArray magics[] = {QByteArray::fromHex("d4c3b2a1"), QByteArray::fromHex("a1b2c3d4"),
                                     QByteArray::fromHex("4d3cb2a1"), QByteArray::fromHex("a1b23c4d"),
                                     QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a")};
        for (const QByteArray &magic : magics) {
            const Importer *importer = ImporterRegistry::sniff(magic + QByteArray(32, '\0'));
            QVERIFY(importer);
            QCOMPARE(importer->formatId(), QStringLiteral("pcap"));
        }
        QVERIFY(!ImporterRegistry::byId(QStringLiteral("pcap"))->sniff("timestamp,client\n1,2\n"));
    }

    void pairsQueryWithResponseRcode()
    {
        const Imported r = importOk("query_response.pcap");
        QCOMPARE(r.result.report.records, 1);
        QCOMPARE(r.result.report.rejected, 0);
        QCOMPARE(r.rows,
                 QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 www.example.com A NOERROR")});
    }

    void unansweredQueryHasEmptyRcode()
    {
        const Imported r = importOk("unanswered.pcap");
        QCOMPARE(r.rows, QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 lost.example AAAA ")});
    }

    void responseWithoutQueryIsOneLookup()
    {
        const Imported r = importOk("response_only.pcap");
        QCOMPARE(r.rows,
                 QStringList{QStringLiteral("1700000005000000 192.0.2.10 198.51.100.53 gone.example A NXDOMAIN")});
    }

    void reassemblesDnsOverTcp()
    {
        const Imported r = importOk("tcp_two_messages_split.pcap");
        QCOMPARE(r.result.report.rejected, 0);
        QCOMPARE(r.rows,
                 QStringList({QStringLiteral("1700000000002000 192.0.2.10 198.51.100.53 a.example A NOERROR"),
                              QStringLiteral("1700000000002000 192.0.2.10 198.51.100.53 b.example AAAA NXDOMAIN")}));
    }

    void readsStackedVlanTags()
    {
        const Imported r = importOk("vlan_qinq.pcap");
        QCOMPARE(r.rows,
                 QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 vlan.example A NOERROR")});
    }

    void readsLinuxCookedCaptures()
    {
        QCOMPARE(importOk("sll.pcap").rows,
                 QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 sll.example MX ")});
        QCOMPARE(importOk("sll2.pcap").rows,
                 QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 sll2.example TXT ")});
    }

    void readsIpv6WithExtensionHeader()
    {
        const Imported r = importOk("ipv6_hop_by_hop.pcap");
        QCOMPARE(
            r.rows,
            QStringList{QStringLiteral("1700000000000000 2001:db8::10 2001:db8:0:1::53 six.example AAAA SERVFAIL")});
    }

    void skipsAndCountsFragments()
    {
        const Imported r = importOk("ip_fragments.pcap");
        QCOMPARE(r.result.report.records, 1);
        QCOMPARE(r.result.report.rejected, 1);
        QCOMPARE(r.result.report.firstIssues.value(0).line, 1);
        QVERIFY(r.result.report.firstIssues.value(0).message.contains(QLatin1String("fragment")));
    }

    void readsPcapngWithNanosecondResolution()
    {
        const Imported r = importOk("nanosecond.pcapng");
        QCOMPARE(r.result.report.rejected, 0);
        QCOMPARE(r.rows,
                 QStringList{QStringLiteral("1700000000123456 192.0.2.10 198.51.100.53 www.example.com A NOERROR")});
    }

    void readsBigEndianPcapngWithBinaryResolution()
    {
        // EPB at T0 + 2^19 / 2^20 s, OPB at T0 + 1 s, and a simple packet block (no time of
        // its own: it takes the previous packet's) answering the OPB's query.
        const Imported r = importOk("big_endian_binary_resolution.pcapng");
        QCOMPARE(r.rows,
                 QStringList({QStringLiteral("1700000000500000 192.0.2.10 198.51.100.53 be.example A "),
                              QStringLiteral("1700000001000000 192.0.2.10 198.51.100.53 www.example.com A NOERROR")}));
    }

    void importsWholePacketsBeforeTruncation()
    {
        const Imported r = importOk("truncated.pcap");
        QVERIFY(!r.result.report.error);
        QCOMPARE(r.result.report.records, 1);
        QCOMPARE(r.result.report.rejected, 1);
        QCOMPARE(r.result.report.firstIssues.value(0).line, 3);
        QVERIFY(r.result.report.firstIssues.value(0).message.contains(QLatin1String("ends inside packet 3")));
    }

    void rejectsCompressionLoop()
    {
        const Imported r = importOk("compression_loop.pcap");
        QCOMPARE(r.result.report.records, 1);
        QCOMPARE(r.result.report.rejected, 1);
        QCOMPARE(r.result.report.firstIssues.value(0).line, 1);
        QVERIFY(r.result.report.firstIssues.value(0).message.contains(QLatin1String("loop")));
    }

    void reportsGarbageAfterHeader()
    {
        const Imported r = import(fixture("garbage_after_header.pcap"));
        QVERIFY(r.result.report.error);
        QVERIFY(r.result.report.error->message().contains(QLatin1String("no valid lookup")));
        QCOMPARE(r.result.report.rejected, 1);
        QVERIFY(r.result.report.firstIssues.value(0).message.contains(QLatin1String("no valid packet header")));
        QVERIFY(r.rows.isEmpty());
    }

    void cancelsWhenProgressSaysSo()
    {
        SqliteStore store(m_dir.filePath(QStringLiteral("cancel.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = fixture("query_response.pcap");
        const ImportResult r = runImport(store, request, [](const ImportProgress &) { return false; });
        QVERIFY(r.report.cancelled);
        QVERIFY(store.datasets().isEmpty());
    }

    // mDNS (UDP port 5353 on either side, or the group 224.0.0.251 / ff02::fb) is flagged; a
    // view can filter and split on it as the field proto, and the drill-down shows it.
    void flagsMdnsBesideDns()
    {
        const Imported r = importOk("mdns_mixed.pcap");
        // The unicast query to port 5353 pairs with its response although an IPv6 packet came
        // before them (the decoder once left its address bytes in IPv4 keys).
        QCOMPARE(r.result.report.records, 6);
        QVERIFY(r.rows.contains(QStringLiteral("1700000004000000 192.0.2.10 192.0.2.20 nas.local AAAA NOERROR")));
        QCOMPARE(r.mdns, 4);
        SqliteStore store(r.store, StoreOpenMode::ReadOnly);
        auto total = [&](const QString &glob) { // without a split: one series
            BinQuery q;
            q.filters = {{LookupField::Proto, glob}};
            return store.bins(q).series.value(0).total;
        };
        QCOMPARE(total(QStringLiteral("mdns")), 4);
        QCOMPARE(total(QStringLiteral("dns")), 2);
        QCOMPARE(total(QStringLiteral("*dns")), 6);
        QCOMPARE(total(QStringLiteral("udp")), 0);
        BinQuery split;
        split.split = LookupField::Proto;
        const BinTable table = store.bins(split);
        QCOMPARE(table.series.size(), 2);
        QCOMPARE(table.series[0].name, QStringLiteral("mdns"));
        QCOMPARE(table.series[0].total, 4);
        QCOMPARE(table.series[1].name, QStringLiteral("dns"));
        QCOMPARE(table.series[1].total, 2);
        RecordQuery records;
        records.range = {0, std::numeric_limits<qint64>::max()};
        records.filters = {{LookupField::Proto, QStringLiteral("mdns")}};
        QStringList names;
        for (const LookupRecord &rec : store.records(records, 0, 10).records) {
            QCOMPARE(LookupFlags::protoName(rec.flags), QStringLiteral("mdns"));
            names.append(rec.qname);
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("printer.local"), QStringLiteral("_ipp._tcp.local"),
                              QStringLiteral("laptop.local"), QStringLiteral("nas.local")}));
        records.filters.clear();
        records.split = LookupField::Proto;
        records.seriesValue = QStringLiteral("dns");
        const RecordPage dns = store.records(records, 0, 10);
        QCOMPARE(dns.total, 2);
        QCOMPARE(dns.records[1].qname, QStringLiteral("plain.example"));
        QCOMPARE(dns.records[1].flags, quint8(0));
    }

    // Captures written by real tools (tcpdump, dumpcap, mergecap, editcap) and pcapng variants
    // derived from them for what no tool writes (make_tool_fixtures.sh): the lookups must be
    // those tshark sees (tool_fixtures.tsv), one fixture per pcapng feature the README lists.
    void toolCapturesGiveTsharksLookups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lookups"); // "ts qname rcode"
        QFile table(fixture("tool_fixtures.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        QMap<QString, QStringList> expected;
        while (!table.atEnd()) {
            const QByteArray line = table.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split('\t');
            QVERIFY(f.size() >= 3);
            expected[QString::fromUtf8(f[0])].append(
                QStringLiteral("%1 %2 %3")
                    .arg(QString::fromUtf8(f[1]), QString::fromUtf8(f[2]), QString::fromUtf8(f.value(3))));
        }
        QStringList features = {
            QStringLiteral("tool_tcpdump_any.pcap"),       QStringLiteral("tool_tcpdump_lo_nano.pcap"),
            QStringLiteral("tool_dumpcap_lo.pcapng"),      QStringLiteral("tool_mergecap_two_links.pcapng"),
            QStringLiteral("tool_editcap_secrets.pcapng"), QStringLiteral("variant_tsoffset.pcapng"),
            QStringLiteral("variant_big_endian.pcapng"),   QStringLiteral("variant_simple_packets.pcapng")};
        features.sort();
        QCOMPARE(expected.keys(), features);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << fixture(qPrintable(it.key())) << it.value();
    }

    void toolCapturesGiveTsharksLookups()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lookups);
        const Imported r = import(file);
        QVERIFY2(!r.result.report.error,
                 qPrintable(r.result.report.error ? r.result.report.error->message() : QString()));
        QCOMPARE(r.result.report.rejected, 0);
        QStringList got;
        for (const QString &row : r.rows) {
            const QStringList f = row.split(QLatin1Char(' '));
            got.append(QStringLiteral("%1 %2 %3").arg(f[0], f[3], f.value(5)));
        }
        QCOMPARE(got, lookups);
    }

    // What the tool captures are meant to show, checked on the files themselves.
    void toolCapturesHoldTheFeaturesTheyStandFor()
    {
        const auto linkTypes = [](const char *name) {
            QFile f(fixture(name));
            f.open(QIODevice::ReadOnly);
            CaptureReader reader(f);
            QSet<quint32> types;
            if (reader.open() != CaptureReader::Status::Packet)
                return types;
            CapturedPacket p;
            while (reader.next(p) == CaptureReader::Status::Packet)
                types.insert(p.linkType);
            return types;
        };
        QCOMPARE(linkTypes("tool_mergecap_two_links.pcapng"), (QSet<quint32>{1, 276})); // Ethernet, Linux SLL2
        QCOMPARE(linkTypes("variant_big_endian.pcapng"), (QSet<quint32>{1, 276}));
        const auto bytes = [](const char *name) {
            QFile f(fixture(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(bytes("tool_editcap_secrets.pcapng").contains(QByteArrayView("\x0a\0\0\0", 4))); // a DSB
        QVERIFY(bytes("variant_big_endian.pcapng").startsWith(QByteArrayView("\x0a\x0d\x0d\x0a", 4)));
        QCOMPARE(bytes("variant_big_endian.pcapng").mid(8, 4), QByteArray("\x1a\x2b\x3c\x4d", 4)); // byte-order magic
        QVERIFY(bytes("tool_tcpdump_lo_nano.pcap").startsWith(QByteArrayView("\x4d\x3c\xb2\xa1", 4))); // ns pcap
        QVERIFY(bytes("tool_dumpcap_lo.pcapng").contains(QByteArrayView("\x09\0\x01\0\x09", 5)));      // if_tsresol 9
        QVERIFY(bytes("variant_tsoffset.pcapng").contains(QByteArrayView("\x0e\0\x08\0\x10\x0e\0\0", 8))); // +3600 s
        QVERIFY(bytes("variant_simple_packets.pcapng").contains(QByteArrayView("\x03\0\0\0", 4)));         // SPBs
    }

    void corpusCountsMatchTshark_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("lookups");
        QTest::addColumn<int>("rejected");
        const QDir corpus(QStringLiteral(DNSTL_CORPUS_DIR "/zeek-pcaps"));
        if (!corpus.exists())
            QSKIP("the corpus folder is missing");
        QFile table(fixture("expected_counts.tsv"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!table.atEnd()) {
            const QByteArray line = table.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            // file, lookups tshark implies, our lookups, our rejected, why ours differ
            const QList<QByteArray> f = line.split('\t');
            QVERIFY(f.size() >= 4);
            QTest::newRow(f[0].constData()) << corpus.filePath(QString::fromUtf8(f[0])) << f[2].toInt() << f[3].toInt();
            ++rows;
        }
        QCOMPARE(rows, corpus.entryList({QStringLiteral("*.pcap")}, QDir::Files).size());
    }

    void corpusCountsMatchTshark()
    {
        QFETCH(QString, file);
        QFETCH(int, lookups);
        QFETCH(int, rejected);
        const Imported r = import(file);
        QCOMPARE(r.result.report.records, lookups);
        QCOMPARE(r.result.report.rejected, rejected);
        QCOMPARE(r.rows.size(), lookups);
        // Computed once with tshark -Y 'udp.port == 5353' (every packet of these two captures is
        // mDNS; no other corpus capture has port 5353 traffic).
        static const QHash<QString, int> mdnsLookups = {{QStringLiteral("dns_mdns.pcap"), 18},
                                                        {QStringLiteral("dns_mdns-no-assoc.pcap"), 6}};
        QCOMPARE(r.mdns, mdnsLookups.value(QFileInfo(file).fileName(), 0));
        if (lookups == 0)
            QVERIFY(r.result.report.error); // nothing to store
        else
            QVERIFY2(!r.result.report.error,
                     qPrintable((r.result.report.error ? r.result.report.error->message() : QString())));
    }
};

QTEST_GUILESS_MAIN(TestPcapImporter)
#include "tst_pcap_importer.moc"
