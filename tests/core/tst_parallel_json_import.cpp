// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON importers and dnsmasq's parse on two threads (OrderedChunkParse) and import exactly
// what one thread imports: files of many chunks with records straddling the chunk edges,
// Suricata queries paired with answers and dnsmasq queries with their replies in a later chunk,
// malformed lines in later chunks named by their line, strict mode stopping at the same line,
// and a cancel in the middle.
#include "dnsmasq_log_importer.h"
#include "importer_test_support.h"
#include "record_chunk.h"
#include "route53_resolver_importer.h"
#include "suricata_eve_importer.h"
#include "zeek_json_importer.h"

using namespace importer_test;

namespace {

// A Suricata EVE v2 log of `queries` transactions, each answer written `lag` transactions after
// its query (so pairs straddle the chunk edges), a flow event after every 97th line, and the
// answer of transaction `broken` cut short.
struct SuricataLog {
    QByteArray text;
    qint64 brokenLine = 0; // 1-based
    qint64 flows = 0;
};

SuricataLog suricataLog(int queries, int lag, int broken)
{
    SuricataLog log;
    qint64 n = 0;
    auto line = [&](const QByteArray &text) {
        log.text += text + '\n';
        if (++n % 97 == 0) {
            ++n;
            ++log.flows;
            log.text += QByteArrayLiteral("{\"timestamp\":\"2024-03-05T10:00:00.000000+0000\",\"flow_id\":1,"
                                          "\"event_type\":\"flow\",\"src_ip\":\"10.0.0.5\",\"proto\":\"TCP\"}\n");
        }
    };
    auto ts = [](int ms) {
        return QByteArrayLiteral("2024-03-05T10:") + QByteArray::number(ms / 60000).rightJustified(2, '0') + ':' +
            QByteArray::number(ms / 1000 % 60).rightJustified(2, '0') + '.' +
            QByteArray::number(ms % 1000).rightJustified(3, '0') + "000+0000";
    };
    auto head = [&](int i, int ms) {
        return "{\"timestamp\":\"" + ts(ms) + "\",\"flow_id\":" + QByteArray::number(10000 + i) +
            ",\"event_type\":\"dns\",\"src_ip\":\"10.0." + QByteArray::number(i % 200) +
            ".5\",\"src_port\":41000,\"dest_ip\":\"10.0.0.1\",\"dest_port\":53,\"proto\":\"UDP\",\"dns\":{";
    };
    auto query = [&](int i) {
        line(head(i, i) + "\"type\":\"query\",\"id\":" + QByteArray::number(i % 65536) + ",\"rrname\":\"Host" +
             QByteArray::number(i) + ".Example.COM\",\"rrtype\":\"A\",\"tx_id\":0}}");
    };
    auto answer = [&](int i) {
        const QByteArray text = head(i, i + lag) +
            "\"version\":2,\"type\":\"answer\",\"id\":" + QByteArray::number(i % 65536) + ",\"rrname\":\"host" +
            QByteArray::number(i) + ".example.com\",\"rrtype\":\"A\",\"rcode\":\"" +
            (i % 7 == 0 ? "NXDOMAIN" : "NOERROR") + "\",\"answers\":[{\"rrname\":\"host" + QByteArray::number(i) +
            ".example.com\",\"rrtype\":\"A\",\"ttl\":" + QByteArray::number(i % 3600) + ",\"rdata\":\"192.0.2." +
            QByteArray::number(i % 250) + "\"}]}}";
        if (i == broken)
            log.brokenLine = n + 1;
        line(i == broken ? text.first(text.size() / 2) : text);
    };
    for (int i = 0; i < queries + lag; ++i) {
        if (i < queries)
            query(i);
        if (i >= lag)
            answer(i - lag);
    }
    return log;
}

// A Route 53 Resolver log of `count` lines; the lines in `bad` have "query_name" as a number.
QByteArray route53Log(int count, const QList<qint64> &bad)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i) {
        const QByteArray name = bad.contains(i) ? QByteArray::number(i) : "\"n" + QByteArray::number(i) + ".example.\"";
        out += "{\"version\":\"1.100000\",\"query_timestamp\":\"2024-01-02T03:04:05Z\",\"query_name\":" + name +
            ",\"query_type\":\"AAAA\",\"rcode\":\"NOERROR\",\"answers\":[{\"Rdata\":\"2001:db8::" +
            QByteArray::number(i % 999) + "\",\"Type\":\"AAAA\",\"Class\":\"IN\"}],\"srcaddr\":\"10.1.2." +
            QByteArray::number(i % 250) + "\",\"srcport\":\"33333\"}\n";
    }
    return out;
}

ImportOptions strictly()
{
    ImportOptions options;
    options.strict = true;
    return options;
}

struct Imported {
    ImportReport report;
    RecordingSink sink;
};

Imported import(const Importer &importer, const QByteArray &bytes, const ImportOptions &options = {})
{
    Imported out;
    out.report = readBytes(importer, bytes, out.sink, options);
    return out;
}

// The same lookups, in the same order, and the same report.
void compareImports(const Imported &one, const Imported &two)
{
    QCOMPARE(two.report.error.has_value(), one.report.error.has_value());
    if (one.report.error)
        QCOMPARE(two.report.error->message(), one.report.error->message());
    QCOMPARE(two.report.records, one.report.records);
    QCOMPARE(two.report.rejected, one.report.rejected);
    QCOMPARE(two.report.skipped, one.report.skipped);
    QCOMPARE(two.report.notes, one.report.notes);
    QCOMPARE(issueLines(two.report), issueLines(one.report));
    for (qsizetype i = 0; i < one.report.firstIssues.size(); ++i)
        QCOMPARE(two.report.firstIssues[i].message, one.report.firstIssues[i].message);
    QCOMPARE(two.sink.lookups.size(), one.sink.lookups.size());
    for (qsizetype i = 0; i < one.sink.lookups.size(); ++i) {
        const RecordingSink::Lookup &a = one.sink.lookups[i], &b = two.sink.lookups[i];
        QCOMPARE(b.tsUs, a.tsUs);
        QCOMPARE(fieldsOf(b), fieldsOf(a));
        QCOMPARE(b.flags, a.flags);
        QCOMPARE(b.answers, a.answers);
    }
}

} // namespace

class TestParallelJsonImport : public QObject {
    Q_OBJECT

private slots:
    void suricataPairsAcrossChunkEdgesAsOneThreadDoes()
    {
        const SuricataLog log = suricataLog(12000, 5, 9000);
        QVERIFY(log.text.size() > 4 * RecordChunk::kTargetBytes); // many chunks, many edges
        const Imported one = import(SuricataEveImporter(1), log.text);
        const Imported two = import(SuricataEveImporter(2), log.text);
        compareImports(one, two);
        // Every query is a lookup; the one whose answer line is broken has no rcode.
        QCOMPARE(two.report.records, 12000);
        QCOMPARE(two.report.rejected, 1);
        QCOMPARE(issueLines(two.report), QList<qint64>{log.brokenLine});
        QCOMPARE(two.report.skipped, log.flows);
        qsizetype answered = 0;
        for (const RecordingSink::Lookup &l : two.sink.lookups)
            answered += !l.rcode.isEmpty() && l.answers.size() == 1;
        QCOMPARE(answered, 11999);
        QCOMPARE(two.sink.lookups[9000].qname, QByteArray("host9000.example.com"));
        QCOMPARE(two.sink.lookups[9000].rcode, QByteArray());
        const RecordingSink::Lookup &last = two.sink.lookups.last();
        QCOMPARE(last.tsUs, utc("2024-03-05T10:00:11.999Z"));
        QCOMPARE(last.qname, QByteArray("host11999.example.com"));
        QCOMPARE(last.rcode, QByteArray("NOERROR"));
        QCOMPARE(last.answers, QByteArrayList{"A 192.0.2.249 1199"});
    }

    void malformedLinesOfLaterChunksAreNamedByTheirLine()
    {
        const QList<qint64> bad = {14999, 15000, 27001};
        const QByteArray log = route53Log(30000, bad);
        QVERIFY(log.size() > 4 * RecordChunk::kTargetBytes);
        const Imported one = import(Route53ResolverImporter(1), log);
        const Imported two = import(Route53ResolverImporter(2), log);
        compareImports(one, two);
        QCOMPARE(two.report.records, 30000 - bad.size());
        QCOMPARE(issueLines(two.report), bad);
        QCOMPARE(two.report.firstIssues[0].message, QStringLiteral("\"query_name\" is a number, not a string"));
        QCOMPARE(two.sink.lookups[14997].qname, QByteArray("n14998.example"));
        QCOMPARE(two.sink.lookups[14998].qname, QByteArray("n15001.example"));
    }

    void dnsmasqPairsRepliesAcrossChunkEdgesAsOneThreadDoes()
    {
        // Each query's forwarded and reply lines come 3 queries later, so many pairs straddle
        // the edges of the chunks (8,192 lines each); other programs' lines and a line without a
        // time in between.
        QByteArray log;
        qint64 n = 0, unstamped = 0;
        const int queries = 30000, lag = 3;
        auto line = [&](const QByteArray &text) {
            log += text + '\n';
            ++n;
        };
        for (int i = 0; i < queries + lag; ++i) {
            const QByteArray stamp = "Jan  5 13:" + QByteArray::number(i / 1000 % 60).rightJustified(2, '0') + ':' +
                QByteArray::number(i / 17 % 60).rightJustified(2, '0') + " pihole dnsmasq[1234]: ";
            if (i < queries)
                line(stamp + "query[A] Host" + QByteArray::number(i) + ".Example from 192.168.1." +
                     QByteArray::number(i % 250));
            if (i >= lag) {
                const QByteArray name = "host" + QByteArray::number(i - lag) + ".example";
                line(stamp + "forwarded " + name + " to 9.9.9.9");
                line(stamp + "reply " + name + " is " +
                     ((i - lag) % 5 == 0 ? QByteArray("NXDOMAIN") : "192.0.2." + QByteArray::number(i % 250)));
            }
            if (i % 101 == 0)
                line("Jan  5 13:00:00 pihole systemd[1]: Started something.");
            if (i == 25000) {
                line("garbage without a time");
                unstamped = n;
            }
        }
        QVERIFY(n > 8 * 8192);
        const Imported one = import(DnsmasqLogImporter(1), log, inYear(2024));
        const Imported two = import(DnsmasqLogImporter(2), log, inYear(2024));
        compareImports(one, two);
        QCOMPARE(two.report.records, queries);
        QCOMPARE(issueLines(two.report), QList<qint64>{unstamped});
        qsizetype nx = 0, answered = 0;
        for (const RecordingSink::Lookup &l : two.sink.lookups) {
            nx += l.rcode == "NXDOMAIN";
            answered += l.rcode == "NOERROR" && l.server == "9.9.9.9" && l.answers.size() == 1;
        }
        QCOMPARE(nx, queries / 5);
        QCOMPARE(answered, queries - queries / 5);
        QCOMPARE(two.sink.lookups[29999].qname, QByteArray("host29999.example"));
        QCOMPARE(two.sink.lookups[29999].answers, QByteArrayList{"A 192.0.2.2 -1"});
    }

    void strictModeStopsAtTheSameLineOfALaterChunk()
    {
        const QByteArray log = route53Log(30000, {22222});
        const Imported one = import(Route53ResolverImporter(1), log, strictly());
        const Imported two = import(Route53ResolverImporter(2), log, strictly());
        compareImports(one, two);
        QVERIFY(two.report.error);
        QVERIFY2(two.report.error->message().contains(QLatin1String("line 22222")),
                 qPrintable(two.report.error->message()));
        QCOMPARE(two.sink.lookups.size(), 22221);
    }

    void zeekJsonLinesWithBlankLinesImportAsOneThreadDoes()
    {
        QByteArray log;
        for (int i = 1; i <= 40000; ++i) {
            log += "{\"ts\":" + QByteArray::number(1700000000 + i) + ".25,\"uid\":\"C" + QByteArray::number(i) +
                "\",\"id.orig_h\":\"10.0.0." + QByteArray::number(i % 250) +
                "\",\"id.orig_p\":5353,\"id.resp_h\":\"10.0.0.1\",\"id.resp_p\":53,\"query\":\"Q" +
                QByteArray::number(i) +
                ".example\",\"qtype_name\":\"A\",\"rcode_name\":\"NOERROR\",\"answers\":[\"192.0.2." +
                QByteArray::number(i % 250) + "\"],\"TTLs\":[60.0]}\n";
            if (i % 1000 == 0)
                log += "\r\n";
            if (i == 33333)
                log += "{\"ts\":\n"; // broken: the next line numbers move on by one
        }
        QVERIFY(log.size() > 4 * RecordChunk::kTargetBytes);
        const Imported one = import(ZeekJsonImporter(1), log);
        const Imported two = import(ZeekJsonImporter(2), log);
        compareImports(one, two);
        QCOMPARE(two.report.records, 40000);
        QCOMPARE(issueLines(two.report), QList<qint64>{33333 + 33 + 1});
        QCOMPARE(two.sink.lookups.last().qname, QByteArray("q40000.example"));
        QCOMPARE(two.sink.lookups.last().flags, quint8(LookupFlags::kMdns));
    }

    void aCancelInTheMiddleEndsTheImportCancelledAfterWhatWasReadBeforeIt()
    {
        const QByteArray log = route53Log(30000, {});
        QCOMPARE_GT(log.size(), 4 << 20);
        const auto cancelled = [&log](int threads) {
            QBuffer buffer;
            buffer.setData(log);
            buffer.open(QIODevice::ReadOnly);
            Imported out;
            out.report = Route53ResolverImporter(threads).read(
                buffer, {}, out.sink, [](const ImportProgress &p) { return p.bytesDone <= 4 << 20; });
            return out;
        };
        const Imported one = cancelled(1), two = cancelled(2);
        QVERIFY(two.report.cancelled);
        QVERIFY(!two.report.error);
        compareImports(one, two);
        QCOMPARE_GT(two.sink.lookups.size(), 10000); // the first 4 MiB
        QCOMPARE_LT(two.sink.lookups.size(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestParallelJsonImport)
#include "tst_parallel_json_import.moc"
