// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pcap/pcapng importer end to end through runImport into a real store: the fixtures of
// tests/data/pcap (made by make_fixtures.py there) and the Zeek DNS captures of the corpus,
// whose lookup counts and answers were derived once from tshark (tests/data/pcap/
// expected_counts.tsv, and expected_answers.tsv written by tshark_answers.py).
#include "answer_set_text.h"
#include "capture_reader.h"
#include "dns_names.h"
#include "import_job.h"
#include "importer_registry.h"
#include "shared_corpus.h"
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

// The rows of a tab-separated fixture, without blank lines and # comments.
QList<QList<QByteArray>> tsvRows(const char *name)
{
    QFile table(fixture(name));
    if (!table.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    QList<QList<QByteArray>> rows;
    while (!table.atEnd()) {
        const QByteArray line = table.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            rows.append(line.split('\t'));
    }
    return rows;
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
        qint64 mdns = 0;             // lookups whose lookup_view.proto is 'mdns'
        QList<LookupRecord> records; // in time order, with their answers
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
        {
            SqliteStore store(path, StoreOpenMode::ReadOnly);
            RecordQuery all;
            all.range = {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
            out.records = store.records(all, 0, std::numeric_limits<int>::max()).records;
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

    void reassemblesIpv4Fragments()
    {
        // The two fragments of a response without its query (offsets 0 and 24), then a query.
        const Imported r = importOk("ip_fragments.pcap");
        QCOMPARE(r.result.report.rejected, 0);
        QCOMPARE(r.rows,
                 (QStringList{QStringLiteral("1700000000000000 192.0.2.10 198.51.100.53 frag.example A NOERROR"),
                              QStringLiteral("1700000001000000 192.0.2.10 198.51.100.53 www.example.com A ")}));
    }

    // Unbound's large answers as the kernel fragmented them on a 1280-byte link, captured by
    // tcpdump (make_fragment_fixtures.sh): every answer is reassembled and keeps its records.
    // tshark shows the same 4 queries, each with its response.
    void reassemblesRealFragmentsOfLargeAnswers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("IPv4") << QStringLiteral("fragments_ipv4.pcap");
        QTest::newRow("IPv6") << QStringLiteral("fragments_ipv6.pcap");
        QTest::newRow("IPv4, out of order, a duplicate") << QStringLiteral("fragments_ipv4_reordered.pcap");
        QTest::newRow("IPv6, out of order, a duplicate") << QStringLiteral("fragments_ipv6_reordered.pcap");
    }

    void reassemblesRealFragmentsOfLargeAnswers()
    {
        QFETCH(QString, file);
        const Imported r = importOk(file.toLatin1().constData());
        QCOMPARE(r.result.report.rejected, 0);
        QCOMPARE(r.records.size(), 4);
        QHash<QString, LookupRecord> byName;
        for (const LookupRecord &rec : r.records)
            byName.insert(rec.qname, rec);
        const LookupRecord txt = byName.value(QStringLiteral("txt.frag.test"));
        QCOMPARE(txt.rcode, QStringLiteral("NOERROR"));
        QCOMPARE(txt.answers.size(), 12);
        QCOMPARE(txt.answers[0].type, QStringLiteral("TXT"));
        QCOMPARE(txt.answers[0].ttl, 3600);
        QVERIFY(txt.answers[0].rdata.startsWith(QLatin1String("\"chunk")));
        QCOMPARE(txt.answers[0].rdata.size(), 2 + 248);
        const LookupRecord many = byName.value(QStringLiteral("many.frag.test"));
        QCOMPARE(many.answers.size(), 150);
        QSet<QString> addresses;
        for (const LookupAnswer &a : many.answers) {
            QCOMPARE(a.type, QStringLiteral("A"));
            QCOMPARE(a.ttl, 300);
            addresses.insert(a.rdata);
        }
        QVERIFY(addresses.contains(QStringLiteral("198.51.101.50")));
        QCOMPARE(addresses.size(), 150);
        QCOMPARE(byName.value(QStringLiteral("www.frag.test")).answers,
                 (QList<LookupAnswer>{{QStringLiteral("CNAME"), QStringLiteral("many.frag.test"), 600}}));
        QCOMPARE(byName.value(QStringLiteral("small.frag.test")).rcode, QStringLiteral("NXDOMAIN"));
    }

    // The same captures with the TXT answer's fragments overlapping (RFC 5722: the datagram is
    // discarded), its last fragment 31 s late (past the 30 s a host waits), or missing: the
    // answer is lost and counted once as rejected at its first fragment; the query stays a
    // lookup without an rcode, and the other answers are unharmed.
    void dropsDatagramsItCannotReassemble_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        for (const char *family : {"ipv4", "ipv6"}) {
            QTest::addRow("%s overlap", family)
                << QStringLiteral("fragments_%1_overlap.pcap").arg(QLatin1String(family)) << QStringLiteral("RFC 5722");
            QTest::addRow("%s late", family)
                << QStringLiteral("fragments_%1_late.pcap").arg(QLatin1String(family)) << QStringLiteral("30 s");
            QTest::addRow("%s missing", family)
                << QStringLiteral("fragments_%1_missing.pcap").arg(QLatin1String(family))
                << QStringLiteral("end of the capture");
        }
    }

    void dropsDatagramsItCannotReassemble()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Imported r = importOk(file.toLatin1().constData());
        QCOMPARE(r.result.report.rejected, 1);
        QCOMPARE(r.result.report.firstIssues.value(0).line, 2); // the first fragment
        QVERIFY2(r.result.report.firstIssues.value(0).message.contains(message),
                 qPrintable(r.result.report.firstIssues.value(0).message));
        QCOMPARE(r.records.size(), 4);
        for (const LookupRecord &rec : r.records) {
            const bool lost = rec.qname == QLatin1String("txt.frag.test");
            QCOMPARE(rec.rcode.isEmpty(), lost);
            QCOMPARE(rec.answers.isEmpty(), lost || rec.qname == QLatin1String("small.frag.test"));
        }
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

    // Every lookup of a UDP response in the corpus keeps the answer section tshark decodes: the
    // records' types and TTLs, and the rdata of A, AAAA, CNAME, PTR, NS and MX records.
    void corpusAnswersMatchTshark()
    {
        const QDir corpus(QStringLiteral(DNSTL_CORPUS_DIR "/zeek-pcaps"));
        DNSTL_REQUIRE_CORPUS(corpus.path());
        QHash<QString, QHash<QString, QList<LookupAnswer>>> ours; // file -> "ts client server qname" -> answers
        int rows = 0;
        for (const QList<QByteArray> &f : tsvRows("expected_answers.tsv")) {
            QCOMPARE(f.size(), 6);
            const QString file = QString::fromUtf8(f[0]);
            if (!ours.contains(file)) {
                QHash<QString, QList<LookupAnswer>> &byKey = ours[file];
                for (const LookupRecord &r : import(corpus.filePath(file)).records) {
                    QString qname; // control characters as tshark writes them (\DDD)
                    for (QChar c : r.qname)
                        qname +=
                            c.unicode() < 0x20 ? QStringLiteral("\\%1").arg(c.unicode(), 3, 10, QLatin1Char('0')) : c;
                    byKey.insert(QStringLiteral("%1 %2 %3 %4").arg(r.tsUs).arg(r.client, r.server, qname), r.answers);
                }
            }
            const QString key = QString::fromUtf8(f[1] + ' ' + f[2] + ' ' + f[3] + ' ' + f[4]);
            QVERIFY2(ours[file].contains(key), qPrintable(file + QLatin1String(": no lookup ") + key));
            const QList<LookupAnswer> got = ours[file].value(key);
            const QList<QByteArray> expected = f[5].split(';');
            QVERIFY2(got.size() == expected.size(),
                     qPrintable(file + QLatin1Char(' ') + key + QLatin1String(": ") + AnswerSetText::display(got)));
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const QList<QByteArray> e = expected[i].trimmed().split(' ');
                QCOMPARE(got[i].type, QString::fromLatin1(DnsNames::qtypeName(e[0].toInt())));
                QCOMPARE(got[i].ttl, e[1].toLongLong());
                if (e.value(2) != "*")
                    QCOMPARE(got[i].rdata, QString::fromUtf8(expected[i].trimmed().mid(e[0].size() + e[1].size() + 2)));
            }
            ++rows;
        }
        QCOMPARE(rows, 97);
    }

    // Captures written by real tools (tcpdump, dumpcap, mergecap, editcap) and pcapng variants
    // derived from them for what no tool writes (make_tool_fixtures.sh): the lookups must be
    // those tshark sees (tool_fixtures.tsv), one fixture per pcapng feature the README lists.
    void toolCapturesGiveTsharksLookups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lookups"); // "ts qname rcode"
        QMap<QString, QStringList> expected;
        for (const QList<QByteArray> &f : tsvRows("tool_fixtures.tsv")) {
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
        if (!corpus.exists()) { // the test function skips it, or fails under CI
            QTest::newRow("corpus missing") << corpus.path() << 0 << 0;
            return;
        }
        int rows = 0;
        for (const QList<QByteArray> &f : tsvRows("expected_counts.tsv")) {
            // file, lookups tshark implies, our lookups, our rejected, why ours differ
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
        DNSTL_REQUIRE_CORPUS(file);
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
