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
    QStringList answers; // "TYPE rdata ttl"
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
                for (QString &word : rdata)
                    word = word.startsWith(u'"') ? word : bare(word);
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
        lines.append(lookupLine(asked.seconds, m.client, m.server, asked.qname, asked.qtype, m.status,
                                protos.at(role), m.answers));
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
        QTest::newRow("unbound: client, resolver and forwarder messages") << dnstapFixture("unbound_resolver.dnstap") << 19LL << 0LL;
        QTest::newRow("unbound: client responses only") << dnstapFixture("unbound_responses_only.dnstap") << 19LL << 0LL;
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
        QVERIFY2(!report.error, qPrintable(report.error.value_or(QString())));
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
};

QTEST_GUILESS_MAIN(TestDnstapImporter)
#include "tst_dnstap_importer.moc"
