// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dnstap importer on files written by real producers (tests/data/dnstap, made by
// make_fixtures.sh there: unbound through fstrm_capture, and kdig -E), compared with an
// independent reader, BIND's `dnstap-read -y`, and on the damaged copies of those files.
#include "importer_test_support.h"

#include "dnstap_importer.h"
#include "importer_registry.h"
#include "lookup_field.h"
#include "sqlite_db.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <map>

using namespace importer_test;

namespace {

QString dnstapFixture(const char *name)
{
    return fixture("dnstap", name);
}

// One lookup as text: "seconds client server qname qtype rcode proto | answers…", the
// seconds being all dnstap-read -y prints of a time.
QString lookupLine(qint64 seconds, const QString &client, const QString &server, const QString &qname,
                   const QString &qtype, const QString &rcode, const QString &proto, const QStringList &answers)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 | %8")
        .arg(seconds)
        .arg(client, server, qname, qtype, rcode, proto, answers.join(QStringLiteral("; ")));
}

QStringList ourLookups(const RecordingSink &sink)
{
    QStringList lines;
    for (const RecordingSink::Lookup &l : sink.lookups) {
        QStringList answers;
        for (const QByteArray &a : l.answers)
            answers.append(QString::fromUtf8(a));
        lines.append(lookupLine(l.tsUs / 1000000, QString::fromUtf8(l.client), QString::fromUtf8(l.server),
                                QString::fromUtf8(l.qname), QString::fromUtf8(l.qtype), QString::fromUtf8(l.rcode),
                                LookupFlags::protoName(l.flags), answers));
    }
    lines.sort();
    return lines;
}

// One message as dnstap-read -y prints it.
struct OracleMessage {
    QString type, client, server, queryPort, responsePort, id, status, qname, qtype;
    qint64 seconds = 0;
    QStringList answers;  // "TYPE rdata ttl"
    bool decoded = false; // dnstap-read could decode the DNS message
};

// The name of a dnstap-read name without the trailing dot, lower-cased.
QString bare(QString name)
{
    name = name.toLower();
    return name.size() > 1 && name.endsWith(u'.') ? name.chopped(1) : name;
}

QList<OracleMessage> readOracle(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("dnstap-read"), {QStringLiteral("-y"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("dnstap-read -y %s failed", qPrintable(path));
    QList<OracleMessage> messages;
    static const QRegularExpression field(QStringLiteral("^\\s+(\\w+):\\s*\"?([^\"]*)\"?$"));
    static const QRegularExpression item(QStringLiteral("^\\s+- '(.*)'$"));
    QString section;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines) {
        if (line == QLatin1String("message:"))
            messages.append(OracleMessage());
        if (messages.isEmpty())
            continue;
        OracleMessage &m = messages.last();
        if (line.startsWith(QLatin1String("  query_message:")) || line.startsWith(QLatin1String("  response_message:")))
            section = QStringLiteral("text");
        if (const auto i = item.match(line); i.hasMatch() && section != QLatin1String("text")) {
            const QStringList parts = i.captured(1).split(u' ', Qt::SkipEmptyParts);
            if (section == QLatin1String("QUESTION_SECTION") && parts.size() >= 3) {
                m.qname = bare(parts[0]);
                m.qtype = parts[2];
                m.decoded = true;
            } else if (section == QLatin1String("ANSWER_SECTION") && parts.size() >= 5) {
                QStringList rdata = parts.mid(4);
                for (QString &word : rdata) {
                    if (word.endsWith(u'.') && !word.contains(u'"')) // a name, not hex or quoted text
                        word = bare(word);
                }
                m.answers.append(parts[3] + u' ' + rdata.join(u' ') + u' ' + parts[1]);
            }
            continue;
        }
        const auto f = field.match(line);
        if (!f.hasMatch())
            continue;
        const QString key = f.captured(1), value = f.captured(2);
        if (key.endsWith(QLatin1String("_SECTION")))
            section = key;
        else if (key == QLatin1String("type") && line.startsWith(QLatin1String("  type")))
            m.type = value;
        else if (key == QLatin1String("query_time") || (key == QLatin1String("response_time") && !m.seconds))
            m.seconds = QDateTime::fromString(value.section(u' ', 1), Qt::ISODate).toSecsSinceEpoch();
        else if (key == QLatin1String("query_address"))
            m.client = value;
        else if (key == QLatin1String("response_address"))
            m.server = value;
        else if (key == QLatin1String("query_port"))
            m.queryPort = value;
        else if (key == QLatin1String("response_port"))
            m.responsePort = value;
        else if (key == QLatin1String("id"))
            m.id = value;
        else if (key == QLatin1String("status"))
            m.status = value;
    }
    return messages;
}

// The lookups the README promises, built from dnstap-read's view of the file: a query and the
// response of the same role, addresses, ports and id are one lookup; a lone query or
// response is one too; messages whose DNS part dnstap-read cannot decode are none.
QStringList oracleLookups(const QList<OracleMessage> &messages)
{
    static const std::map<QString, QString> protos = {{QStringLiteral("CLIENT"), QStringLiteral("dns")},
                                                      {QStringLiteral("RESOLVER"), QStringLiteral("resolver")},
                                                      {QStringLiteral("FORWARDER"), QStringLiteral("forwarder")},
                                                      {QStringLiteral("AUTH"), QStringLiteral("auth")},
                                                      {QStringLiteral("STUB"), QStringLiteral("stub")},
                                                      {QStringLiteral("TOOL"), QStringLiteral("tool")}};
    QStringList lines;
    std::map<QString, OracleMessage> pending;
    for (const OracleMessage &m : messages) {
        if (!m.decoded)
            continue;
        const QString role = m.type.section(u'_', 0, 0);
        const QString key = QStringList{role, m.client, m.server, m.queryPort, m.responsePort, m.id}.join(u' ');
        if (m.type.endsWith(QLatin1String("_QUERY"))) {
            pending[key] = m;
            continue;
        }
        const auto query = pending.find(key);
        const OracleMessage &asked = query != pending.end() ? query->second : m;
        lines.append(lookupLine(asked.seconds, m.client, m.server, asked.qname, asked.qtype, m.status, protos.at(role),
                                m.answers));
        if (query != pending.end())
            pending.erase(query);
    }
    for (const auto &[key, m] : pending)
        lines.append(lookupLine(m.seconds, m.client, m.server, m.qname, m.qtype, QString(),
                                protos.at(m.type.section(u'_', 0, 0)), {}));
    lines.sort();
    return lines;
}

bool haveDnstapRead()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dnstap-read")).isEmpty();
}

} // namespace

class TestDnstapImporter : public QObject {
    Q_OBJECT

private slots:
    void sniffsDnstapByItsStartFrame()
    {
        QFile file(dnstapFixture("unbound_resolver.dnstap"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Importer *found = ImporterRegistry::sniff(file.read(4096));
        QVERIFY(found);
        QCOMPARE(found->formatId(), QStringLiteral("dnstap"));
        QFile other(dnstapFixture("wrong_content_type.fstrm"));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY(!DnstapImporter().sniff(other.read(4096)));
    }

    void matchesDnstapRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("lookups");
        QTest::addColumn<qint64>("rejected");
        QTest::newRow("unbound: client, resolver and forwarder messages")
            << dnstapFixture("unbound_resolver.dnstap") << 19LL << 0LL;
        QTest::newRow("unbound: SOA, NS, PTR, HTTPS, SVCB, TXT, an unknown type")
            << dnstapFixture("unbound_record_types.dnstap") << 14LL << 0LL;
        QTest::newRow("unbound: client responses only")
            << dnstapFixture("unbound_responses_only.dnstap") << 19LL << 0LL;
        QTest::newRow("unbound: undecodable queries") << dnstapFixture("bad_dns_payload.dnstap") << 4LL << 4LL;
        QTest::newRow("kdig -E: tool messages") << dnstapFixture("kdig_tool.dnstap") << 1LL << 0LL;
        QTest::newRow("unbound: kdig's query") << dnstapFixture("kdig_server.dnstap") << 2LL << 0LL;
    }

    // Counts, times (to the second, as dnstap-read prints them), addresses, names, types,
    // rcodes, roles and answers with TTLs: the same lookups as dnstap-read's reading gives.
    void matchesDnstapRead()
    {
        QFETCH(QString, file);
        QFETCH(qint64, lookups);
        QFETCH(qint64, rejected);
        RecordingSink sink;
        const ImportReport report = readFile(DnstapImporter(), file, sink);
        QVERIFY2(!report.error, qPrintable((report.error ? report.error->message() : QString())));
        QCOMPARE(report.records, lookups);
        QCOMPARE(report.rejected, rejected);
        QCOMPARE(qint64(sink.lookups.size()), lookups);
        if (!haveDnstapRead()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("dnstap-read (bind9-dnsutils) is missing: ./dev test installs it");
            QSKIP("dnstap-read (bind9-dnsutils) is not installed: the comparison is skipped");
        }
        const QStringList expected = oracleLookups(readOracle(file));
        QCOMPARE(qint64(expected.size()), lookups);
        QCOMPARE(ourLookups(sink), expected);
    }

    // A handful of records exactly, times to the microsecond (dnstap-read prints milliseconds:
    // 06:11:58.477, .498, .517, .522, .540, .552), in the order of their responses.
    void keepsExactRecordsOfUnboundLog()
    {
        RecordingSink sink;
        const ImportReport report = readFile(DnstapImporter(), dnstapFixture("unbound_resolver.dnstap"), sink);
        QCOMPARE(report.records, 19);
        QCOMPARE(report.rejected, 0);
        QStringList lines;
        for (const RecordingSink::Lookup &l : sink.lookups)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 | %8")
                             .arg(l.tsUs)
                             .arg(QString::fromUtf8(l.client), QString::fromUtf8(l.server), QString::fromUtf8(l.qname),
                                  QString::fromUtf8(l.qtype), QString::fromUtf8(l.rcode),
                                  LookupFlags::protoName(l.flags), QString::fromUtf8(l.answers.join("; "))));
        QCOMPARE(lines[0],
                 QStringLiteral(
                     "1796623918477550 0.0.0.0 127.0.0.1 www.corp.example A NOERROR resolver | A 192.0.2.10 300"));
        QCOMPARE(
            lines[1],
            QStringLiteral("1796623918477043 127.0.0.1 127.0.0.1 www.corp.example A NOERROR dns | A 192.0.2.10 300"));
        QCOMPARE(lines[5],
                 QStringLiteral("1796623918498007 127.0.0.1 127.0.0.1 alias.corp.example A NOERROR dns | "
                                "CNAME www.corp.example 120; A 192.0.2.10 300"));
        QCOMPARE(lines[9], QStringLiteral("1796623918517987 127.0.0.1 127.0.0.1 nope.corp.example A NXDOMAIN dns | "));
        QCOMPARE(lines[10],
                 QStringLiteral("1796623918522316 0.0.0.0 127.0.0.1 api.fwd.example A NOERROR forwarder | "
                                "A 198.51.100.7 60"));
        QCOMPARE(lines[14],
                 QStringLiteral("1796623918540904 127.0.0.1 127.0.0.1 mail.corp.example A NOERROR dns | "
                                "A 192.0.2.25 600; A 192.0.2.26 600"));
        QCOMPARE(lines[16],
                 QStringLiteral("1796623918544909 127.0.0.1 127.0.0.1 _sip._tcp.corp.example SRV NOERROR dns | "
                                "SRV 5 10 5060 sip.corp.example 900"));
        QCOMPARE(lines[18],
                 QStringLiteral("1796623918552979 ::1 ::1 corp.example TXT NOERROR dns | TXT \"v=spf1 -all\" 3600"));
    }

    // The presentation of answers whose type has fields (as dnstap-read prints them).
    void presentsAnswersAsZoneFilesDo()
    {
        RecordingSink sink;
        QCOMPARE(readFile(DnstapImporter(), dnstapFixture("unbound_record_types.dnstap"), sink).records, 14);
        QStringList answers;
        for (const RecordingSink::Lookup &l : sink.lookups) {
            if (l.flags == 0)
                answers.append(QString::fromUtf8(l.answers.join("; ")));
        }
        QCOMPARE(
            answers,
            (QStringList{
                QStringLiteral("SOA ns.corp.example hostmaster.corp.example 2024010101 7200 3600 1209600 300 3600"),
                QStringLiteral("NS ns.corp.example 3600"),
                QStringLiteral("PTR www.corp.example 300"),
                QStringLiteral("HTTPS 1 . alpn=\"h2,h3\" port=8443 ipv4hint=192.0.2.10 ipv6hint=2001:db8::10 300"),
                QStringLiteral("SVCB 0 www.corp.example 300"),
                QStringLiteral("TXT \"say \\\"hi\\\"\" \"two\" 300"),
                QStringLiteral("TYPE65280 \\# 4 0A000001 300"),
            }));
    }

    // Without CLIENT_QUERY messages each CLIENT_RESPONSE is one lookup, at its response time.
    void countsResponseWithoutQueryOnce()
    {
        RecordingSink sink;
        const ImportReport report = readFile(DnstapImporter(), dnstapFixture("unbound_responses_only.dnstap"), sink);
        QCOMPARE(report.records, 19);
        qint64 client = 0;
        for (const RecordingSink::Lookup &l : sink.lookups)
            client += l.flags == 0;
        QCOMPARE(client, 10);
        const RecordingSink::Lookup &first = sink.lookups[1]; // after the resolver's lookup it made
        QCOMPARE(first.flags, 0);
        QCOMPARE(first.tsUs, 1796623921584161); // the CLIENT_RESPONSE at 06:12:01.584
        QCOMPARE(first.qname, QByteArray("www.corp.example"));
        QCOMPARE(first.rcode, QByteArray("NOERROR"));
        QCOMPARE(first.answers, QByteArrayList{"A 192.0.2.10 300"});
    }

    void rejectsMalformedFramesWithTheirNumber_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<QList<qint64>>("frames");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated inside frame 5")
            << dnstapFixture("truncated.dnstap") << 2LL << QList<qint64>{5}
            << QStringLiteral("the file ends inside frame 5 (it starts at byte 599; 59 of its bytes are there)");
        QTest::newRow("protobuf of frame 3 broken")
            << dnstapFixture("bad_protobuf.dnstap") << 19LL << QList<qint64>{3}
            << QStringLiteral("not a dnstap message: the protobuf does not decode");
        QTest::newRow("DNS payloads that do not decode")
            << dnstapFixture("bad_dns_payload.dnstap") << 4LL << QList<qint64>{5, 6, 7, 8}
            << QStringLiteral("CLIENT_QUERY whose DNS message does not decode: "
                              "DNS name runs past the end of the message");
    }

    // The rest is kept; --strict fails at the first one instead.
    void rejectsMalformedFramesWithTheirNumber()
    {
        QFETCH(QString, file);
        QFETCH(qint64, records);
        QFETCH(QList<qint64>, frames);
        QFETCH(QString, message);
        RecordingSink sink;
        const ImportReport report = readFile(DnstapImporter(), file, sink);
        QVERIFY2(!report.error, qPrintable((report.error ? report.error->message() : QString())));
        QCOMPARE(report.records, records);
        QCOMPARE(report.rejected, qint64(frames.size()));
        QCOMPARE(issueLines(report), frames);
        QCOMPARE(report.firstIssues.first().message, message);
        ImportOptions strict;
        strict.strict = true;
        RecordingSink strictSink;
        const ImportReport failed = readFile(DnstapImporter(), file, strictSink, strict);
        QVERIFY(failed.error);
        QVERIFY2(failed.error->message().startsWith(QStringLiteral("frame %1: ").arg(frames.first())),
                 qPrintable(failed.error->message()));
    }

    void failsOnFilesThatAreNotDnstap_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << dnstapFixture("empty.dnstap") << QStringLiteral("the file is empty");
        QTest::newRow("another content type")
            << dnstapFixture("wrong_content_type.fstrm")
            << QStringLiteral(
                   "a Frame Streams file of content type \"protobuf:other.Type\", not protobuf:dnstap.Dnstap");
        QTest::newRow("not Frame Streams")
            << fixture("pcap", "query_response.pcap")
            << QStringLiteral("not a Frame Streams file: it does not begin with a START control frame");
    }

    void failsOnFilesThatAreNotDnstap()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        RecordingSink sink;
        const ImportReport report = readFile(DnstapImporter(), file, sink);
        QCOMPARE((report.error ? report.error->message() : QString()), message);
        QVERIFY(sink.lookups.isEmpty());
    }

    // Through runImport as the window and the command line import: found by content in the
    // gzip file, the roles stored as proto; a file with nothing but control frames fails.
    void importsGzipIntoStoreWithRolesAsProto()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.dnstl"));
        {
            SqliteStore store(path, StoreOpenMode::Create);
            ImportRequest request;
            request.filePath = dnstapFixture("unbound_resolver.dnstap.gz");
            const ImportResult r = runImport(store, request, {});
            QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString())));
            QCOMPARE(r.dataset.format, QStringLiteral("dnstap"));
            QCOMPARE(r.report.records, 19);
        }
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        QStringList protos;
        Statement st = db.prepare("SELECT proto, count(*) FROM lookup_view GROUP BY proto ORDER BY proto");
        while (st.step())
            protos.append(QStringLiteral("%1 %2").arg(st.text(0)).arg(st.int64(1)));
        QCOMPARE(protos,
                 (QStringList{QStringLiteral("dns 10"), QStringLiteral("forwarder 1"), QStringLiteral("resolver 8")}));
    }

    void failsOnFileWithOnlyControlFrames()
    {
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = dnstapFixture("control_frames_only.dnstap");
        const ImportResult r = runImport(store, request, {});
        QVERIFY(r.report.error);
        QVERIFY2(r.report.error->message().contains(QLatin1String("no valid")), qPrintable(r.report.error->message()));
        QVERIFY(store.datasets().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnstapImporter)
#include "tst_dnstap_importer.moc"
