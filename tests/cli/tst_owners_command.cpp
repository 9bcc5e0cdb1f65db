// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dnstimeline owners` and the owner fields end to end, with the built binary: an address
// book imported, listed, exported and refused whole when malformed; bins split and filtered
// by client_owner and server_asn (--mmdb), and by answer_owner and answer_asn over answers
// imported from Zeek JSON; provenance.json naming the database; owners readable in a redacted
// bundle while addresses are pseudonymised.
#include "../core/mmdb_test_support.h"
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cli_test::dnstimeline;

class TstOwnersCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store, m_mmdb;

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // series → total of `bins --format csv` output.
    static QMap<QString, qint64> totals(const QByteArray &csv)
    {
        QMap<QString, qint64> out;
        for (const QByteArray &line : csv.split('\n').mid(1)) {
            const QList<QByteArray> f = line.split(',');
            if (f.size() == 3)
                out[QString::fromUtf8(f[1])] += f[2].toLongLong();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("o.dnstl"));
        QByteArray csv = "timestamp,client,qname,qtype,rcode,server\n";
        for (int i = 0; i < 600; ++i)
            csv += "2016-07-18T00:" + QByteArray::number(i / 60).rightJustified(2, '0') + ':' +
                QByteArray::number(i % 60).rightJustified(2, '0') + "Z,195.51.100." + QByteArray::number(16 + i % 4) +
                ",mail1.example.com,A,NOERROR," + (i % 3 ? "192.0.2.53" : "198.51.100.53") + '\n';
        QCOMPARE(dnstimeline({QStringLiteral("import"), m_store, write("l.csv", csv)}).exitCode, 0);
        m_mmdb = m_dir.filePath(QStringLiteral("asn.mmdb"));
        const QString error =
            mmdb_test::write(m_mmdb, QStringLiteral("GeoLite2-ASN"),
                             {mmdb_test::network("192.0.2.0/24", mmdb_test::asn(64496, "Net One")),
                              mmdb_test::network("198.51.100.0/24", mmdb_test::asn(64497, "Net Two"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aMalformedBookIsRefusedWholeNamingTheLine()
    {
        const QString bad = write("bad.csv", "pattern,label\n195.51.100.16/30,Bank\n195.51.100.17/30,Bits\n");
        const auto r = dnstimeline({QStringLiteral("owners"), m_store, QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad.toUtf8() + ":3: '195.51.100.17/30': has bits set after the prefix"), r.err);
        const auto list = dnstimeline({QStringLiteral("owners"), m_store, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void importListExportAndSplitByOwner()
    {
        const QString book =
            write("book.json",
                  "[{\"pattern\": \"195.51.100.16/31\", \"label\": \"Bank A\"},\n"
                  " {\"pattern\": \"195.51.100.18\", \"label\": \"Bank B\", \"source_url\": \"https://example.org\"}]");
        auto r = dnstimeline({QStringLiteral("owners"), m_store, QStringLiteral("import"), book});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(), 2);
        r = dnstimeline({QStringLiteral("owners"), m_store, QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QByteArray("pattern,label,note,source_url\n195.51.100.16/31,Bank A,,\n"
                            "195.51.100.18/32,Bank B,,https://example.org\n"));
        r = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--split"), QStringLiteral("client_owner"),
                         QStringLiteral("--bin"), QStringLiteral("1h")});
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, qint64> expected = {
            {QStringLiteral("Bank A"), 300}, {QStringLiteral("Bank B"), 150}, {QStringLiteral("(none)"), 150}};
        QCOMPARE(totals(r.out), expected);
    }

    void serverAsnComesFromMmdbAndBundlesNameTheDatabase()
    {
        auto r = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--mmdb"), m_mmdb,
                              QStringLiteral("--split"), QStringLiteral("server_asn"), QStringLiteral("--where"),
                              QStringLiteral("client_owner=Bank*"), QStringLiteral("--bin"), QStringLiteral("1h")});
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, qint64> expected = {{QStringLiteral("AS64496"), 300}, {QStringLiteral("AS64497"), 150}};
        QCOMPARE(totals(r.out), expected);
        r = dnstimeline({QStringLiteral("owners"), m_store, QStringLiteral("label"), QStringLiteral("192.0.2.9"),
                         QStringLiteral("--mmdb"), m_mmdb});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("org")).toString(),
                 QStringLiteral("Net One"));

        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        r = dnstimeline({QStringLiteral("render"), m_store, QStringLiteral("--bundle"), bundle,
                         QStringLiteral("--redact"), QStringLiteral("--mmdb"), m_mmdb, QStringLiteral("--split"),
                         QStringLiteral("client_owner")});
        QCOMPARE(r.exitCode, 0);
        QFile provenance(bundle + QStringLiteral("/provenance.json"));
        QVERIFY(provenance.open(QIODevice::ReadOnly));
        const QJsonObject view =
            QJsonDocument::fromJson(provenance.readAll()).object().value(QStringLiteral("view")).toObject();
        const QJsonObject db = view.value(QStringLiteral("owner_databases")).toArray().first().toObject();
        QCOMPARE(db.value(QStringLiteral("file")).toString(), QStringLiteral("asn.mmdb"));
        QCOMPARE(db.value(QStringLiteral("database_type")).toString(), QStringLiteral("GeoLite2-ASN"));
        QCOMPARE(db.value(QStringLiteral("built")).toString(), QStringLiteral("2023-11-14T22:13:20Z"));
        QCOMPARE(db.value(QStringLiteral("sha256")).toString().size(), 64);
        QFile bins(bundle + QStringLiteral("/bins.csv"));
        QVERIFY(bins.open(QIODevice::ReadOnly));
        const QByteArray csv = bins.readAll();
        QVERIFY2(csv.contains(",Bank A,"), csv.left(300)); // owners stay readable when redacted
        QVERIFY(!csv.contains("195.51.100."));
    }

    void answerOwnersSplitFilterAndBundleFromTheCommandLine()
    {
        // Zeek JSON lookups: a CNAME chain to a name the book labels then a bank address; an
        // address only the database knows; no answers; two addresses of two owners.
        const QString store = m_dir.filePath(QStringLiteral("answers.dnstl"));
        const QByteArray head = R"({"ts":1468800000.5,"id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.53","query":)";
        const QByteArray log = head + R"("mail.example.org","qtype_name":"A","rcode_name":"NOERROR","answers":)" +
            R"(["mail1.example.com","195.51.100.16"],"TTLs":[300,60]})" + '\n' + head +
            R"("b.example.org","qtype_name":"A","rcode_name":"NOERROR","answers":["192.0.2.9"],"TTLs":[60]})" + '\n' +
            head + R"("c.example.org","qtype_name":"A","rcode_name":"NXDOMAIN"})" + '\n' + head +
            R"("d.example.org","qtype_name":"A","rcode_name":"NOERROR","answers":)" +
            R"(["195.51.100.18","195.51.100.17"],"TTLs":[60,60]})" + '\n';
        auto r = dnstimeline({QStringLiteral("import"), store, write("answers.json", log)});
        QCOMPARE(r.exitCode, 0);
        r = dnstimeline({QStringLiteral("owners"), store, QStringLiteral("import"),
                         write("answer-book.csv",
                               "pattern,label\n195.51.100.16/31,Bank A\n195.51.100.18,Bank B\n"
                               "*.example.com,Example mail\n")});
        QCOMPARE(r.exitCode, 0);
        const auto bins = [&](QStringList args) {
            const auto run = dnstimeline(
                QStringList{QStringLiteral("bins"), store, QStringLiteral("--bin"), QStringLiteral("1d")} + args);
            return run.exitCode == 0 ? totals(run.out) : QMap<QString, qint64>{{QString::fromUtf8(run.err), -1}};
        };
        QMap<QString, qint64> expected = {{QStringLiteral("Bank A"), 2},
                                          {QStringLiteral("Bank B"), 1},
                                          {QStringLiteral("Example mail"), 1},
                                          {QStringLiteral("(none)"), 2}};
        QCOMPARE(bins({QStringLiteral("--split"), QStringLiteral("answer_owner")}), expected);
        expected = {{QString(), 2}};
        QCOMPARE(bins({QStringLiteral("--where"), QStringLiteral("answer_owner=Bank*")}), expected);
        expected = {{QStringLiteral("AS64496"), 1}, {QStringLiteral("(none)"), 3}};
        QCOMPARE(bins({QStringLiteral("--mmdb"), m_mmdb, QStringLiteral("--split"), QStringLiteral("answer_asn")}),
                 expected);

        const QString bundle = m_dir.filePath(QStringLiteral("answer-bundle"));
        r = dnstimeline({QStringLiteral("render"), store, QStringLiteral("--bundle"), bundle,
                         QStringLiteral("--redact"), QStringLiteral("--split"), QStringLiteral("answer_owner")});
        QCOMPARE(r.exitCode, 0);
        QFile provenance(bundle + QStringLiteral("/provenance.json"));
        QVERIFY(provenance.open(QIODevice::ReadOnly));
        const QJsonObject view =
            QJsonDocument::fromJson(provenance.readAll()).object().value(QStringLiteral("view")).toObject();
        QCOMPARE(view.value(QStringLiteral("split")).toString(), QStringLiteral("answer_owner"));
        QFile csv(bundle + QStringLiteral("/bins.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY2(text.contains(",Bank A,") && text.contains(",Example mail,"), text.left(300));
    }

    void badOwnerFieldsAndDatabasesAreClear()
    {
        auto r =
            dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--split"), QStringLiteral("client_owners")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("client_owner, client_asn"), r.err);
        const QString junk = write("junk.mmdb", QByteArray(100, 'x'));
        r = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--mmdb"), junk, QStringLiteral("--split"),
                         QStringLiteral("client_asn")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(junk.toUtf8() + ": not a MaxMind DB file"), r.err);
    }
};

QTEST_GUILESS_MAIN(TstOwnersCommand)
#include "tst_owners_command.moc"
