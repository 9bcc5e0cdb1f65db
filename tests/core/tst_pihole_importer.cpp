// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Pi-hole FTL database importer, on databases this test builds with SQLite (the current
// query_storage schema and the older queries table), plus the files it must refuse.
#include "importer_test_support.h"
#include "pihole_ftl_importer.h"
#include "sqlite_db.h"

#include <QRandomGenerator>

using namespace importer_test;

namespace {
// The current schema (FTL v5.9+), in WAL mode like FTL keeps it.
void makeQueryStorageDb(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadWriteCreate);
    db.exec(
        "PRAGMA journal_mode=WAL;"
        "CREATE TABLE query_storage (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER NOT NULL,"
        " type INTEGER NOT NULL, status INTEGER NOT NULL, domain INTEGER NOT NULL, client INTEGER NOT NULL,"
        " forward INTEGER, additional_info INTEGER, reply_type INTEGER, reply_time REAL, dnssec INTEGER);"
        "CREATE TABLE domain_by_id (id INTEGER PRIMARY KEY, domain TEXT NOT NULL);"
        "CREATE TABLE client_by_id (id INTEGER PRIMARY KEY, ip TEXT NOT NULL, name TEXT);"
        "CREATE TABLE forward_by_id (id INTEGER PRIMARY KEY, forward TEXT NOT NULL);"
        "INSERT INTO domain_by_id VALUES (1, 'example.com'), (2, 'Ads.Example.NET'), (3, 'svc.example'), (4, ''),"
        " (5, 'odd.example');"
        "INSERT INTO client_by_id VALUES (1, '192.168.1.10', 'laptop'), (2, 'fe80::1', NULL);"
        "INSERT INTO forward_by_id VALUES (1, '8.8.8.8#53');"
        "INSERT INTO query_storage (id, timestamp, type, status, domain, client, forward, additional_info, reply_type)"
        " VALUES (1, 1700000000, 1, 2, 1, 1, 1, NULL, 4)," // forwarded, answered with an address
        " (2, 1700000001.5, 2, 1, 2, 2, NULL, NULL, 4),"   // gravity-blocked (blocking IP)
        " (3, 1700000002, 14, 3, 3, 1, NULL, 65, 2),"      // OTHER = HTTPS, cached NXDOMAIN
        " (4, 1700000003, 99, 17, 5, 1, NULL, NULL, 0),"   // unknown type, stale cache
        " (5, 1700000004, 1, 99, 5, 1, NULL, NULL, NULL)," // unknown status
        " (6, 1700000005, 1, 2, 4, 1, 1, NULL, 4),"        // empty domain: rejected
        " (7, 'soon', 1, 2, 1, 1, 1, NULL, 4);");          // bad timestamp: rejected
}

// The schema before FTL v5.9: one plain queries table without reply_type.
void makeQueriesDb(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadWriteCreate);
    db.exec(
        "CREATE TABLE queries (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp INTEGER NOT NULL,"
        " type INTEGER NOT NULL, status INTEGER NOT NULL, domain TEXT NOT NULL, client TEXT NOT NULL, forward TEXT);"
        "INSERT INTO queries VALUES (1, 1600000000, 1, 2, 'example.org', '10.0.0.2', '1.1.1.1#53'),"
        " (2, 1600000001, 1, 5, 'blocked.example', '10.0.0.2', NULL),"
        " (3, 1600000002, 6, 0, '2.0.0.10.in-addr.arpa', '10.0.0.3', NULL);");
}

ImportReport readDb(const QString &path, RecordingSink &sink, const ImportOptions &options = {},
                    const ProgressFn &progress = {})
{
    return readFile(PiholeFtlImporter(), path, sink, options, progress);
}
} // namespace

class TestPiholeImporter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeQueryStorageDb(path("pihole-FTL.db"));
        makeQueriesDb(path("old-pihole-FTL.db"));
    }

    void readsQueryStorageWithLookupTables()
    {
        RecordingSink sink;
        const ImportReport r = readDb(path("pihole-FTL.db"), sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.records, 5);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.firstIssues[0].line, 6);
        QCOMPARE(r.firstIssues[1].line, 7);
        QCOMPARE(sink.lookups[0].tsUs, 1700000000000000LL);
        QCOMPARE(fieldsOf(sink.lookups[0]), (QByteArrayList{"192.168.1.10", "example.com", "A", "NOERROR", "8.8.8.8"}));
        QCOMPARE(sink.lookups[1].tsUs, 1700000001500000LL);
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 (QByteArrayList{"fe80::1", "ads.example.net", "AAAA", "BLOCKED-GRAVITY", ""}));
        QCOMPARE(fieldsOf(sink.lookups[2]), (QByteArrayList{"192.168.1.10", "svc.example", "HTTPS", "NXDOMAIN", ""}));
        QCOMPARE(sink.lookups[3].qtype, "");
        QCOMPARE(sink.lookups[3].rcode, "CACHED-STALE");
        QCOMPARE(sink.lookups[4].rcode, "STATUS99");
    }

    void readsTheOlderQueriesTable()
    {
        RecordingSink sink;
        const ImportReport r = readDb(path("old-pihole-FTL.db"), sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.records, 3);
        QCOMPARE(fieldsOf(sink.lookups[0]), (QByteArrayList{"10.0.0.2", "example.org", "A", "FORWARDED", "1.1.1.1"}));
        QCOMPARE(sink.lookups[1].rcode, "BLOCKED-EXACT");
        QCOMPARE(sink.lookups[2].qtype, "PTR");
        QCOMPARE(sink.lookups[2].rcode, "UNKNOWN");
    }

    void strictModeFailsOnTheFirstBadRow()
    {
        RecordingSink sink;
        ImportOptions options;
        options.strict = true;
        const ImportReport r = readDb(path("pihole-FTL.db"), sink, options);
        QVERIFY(r.error && r.error->message().startsWith(QLatin1String("line 6:")));
    }

    void cancelsWhileCopying()
    {
        RecordingSink sink;
        const ImportReport r = readDb(path("pihole-FTL.db"), sink, {}, [](const ImportProgress &) { return false; });
        QVERIFY(r.cancelled);
        QCOMPARE(sink.lookups.size(), 0);
    }

    void refusesADnsTimelineStore()
    {
        const QString storePath = path("store.dnstl");
        {
            SqliteStore store(storePath, StoreOpenMode::Create);
        }
        RecordingSink sink;
        const ImportReport r = readDb(storePath, sink);
        QCOMPARE((r.error ? r.error->message() : QString()),
                 QStringLiteral("this is a DNS Timeline store; open it instead of importing it"));
        SqliteStore other(path("other.dnstl"), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = storePath;
        const ImportResult viaJob = runImport(other, request, {});
        QVERIFY(viaJob.report.error &&
                viaJob.report.error->message().contains(QLatin1String("open it instead of importing it")));
    }

    void failsOnOtherSqliteFilesAndDamagedOnes()
    {
        {
            SqliteDb db(path("other.sqlite"), SqliteDb::Mode::ReadWriteCreate);
            db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hi');");
        }
        RecordingSink sink;
        QVERIFY(
            readDb(path("other.sqlite"), sink).error->message().contains(QLatin1String("query_storage or queries")));

        QFile whole(path("pihole-FTL.db"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QByteArray garbage = bytes.first(100);
        QRandomGenerator rng(3);
        for (int i = 0; i < 64 * 1024; ++i)
            garbage.append(char(rng.bounded(256)));
        for (const QByteArray &damaged : {bytes.first(60), bytes.first(bytes.size() / 2), garbage}) {
            QFile out(path("damaged.db"));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            RecordingSink none;
            const ImportReport r = readDb(path("damaged.db"), none);
            QVERIFY(r.error || r.records < 5);
        }
        QFile text(path("text.db"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database at all\n");
        text.close();
        const ImportReport notSqlite = readDb(path("text.db"), sink);
        QVERIFY(notSqlite.error);
        QCOMPARE(notSqlite.error->message(), QStringLiteral("not an SQLite database"));
        QCOMPARE(notSqlite.error->kind(), Failure::Kind::BadInput);
    }

    void runImportRecognisesBothSchemas()
    {
        for (const char *name : {"pihole-FTL.db", "old-pihole-FTL.db"})
            QCOMPARE(importIntoNewStore(path(name)).dataset.format, QStringLiteral("pihole-ftl"));
    }
};

QTEST_GUILESS_MAIN(TestPiholeImporter)
#include "tst_pihole_importer.moc"
