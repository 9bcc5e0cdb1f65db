// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TstClickHouseStore's address book and owner fields: the book round-trips through the server
// with undo and all-or-nothing imports, and bins split or filtered by owner equal SQLite's.
#include "tst_clickhouse_store.h"

#include "../core/mmdb_test_support.h"
#include "clickhouse_store.h"
#include "failure.h"
#include "sqlite_store.h"
#include "test_cluster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TstClickHouseData;

void TstClickHouseStore::addressBookRoundTripsWithUndoAndAllOrNothingImports()
{
    QVERIFY(m_ch->addressBook().isEmpty());
    const qint64 id = m_ch->addAddressEntry({0, QStringLiteral("10.0.0.0/24"), QStringLiteral("Net A"), {}, {}});
    QCOMPARE(m_ch->addressBook().size(), 1);
    AddressBookEntry edited{id, QStringLiteral("10.0.0.0/24"), QStringLiteral("Net A, renamed"),
                            QStringLiteral("a note"), QStringLiteral("https://example.org")};
    m_ch->updateAddressEntry(edited);
    QCOMPARE(m_ch->addressBook(), QList<AddressBookEntry>{edited});
    m_ch->deleteAddressEntry(id);
    QVERIFY(m_ch->addressBook().isEmpty());
    m_ch->restoreAddressEntry(edited); // an undo of the delete: the same id
    QCOMPARE(m_ch->addressBook(), QList<AddressBookEntry>{edited});
    try {
        m_ch->addAddressEntry({0, QStringLiteral("10.0.0.0/24"), QStringLiteral("Again"), {}, {}});
        QFAIL("a pattern was taken twice");
    } catch (const Failure &e) {
        QCOMPARE(e.kind(), Failure::Kind::Refused);
    }
    try {
        m_ch->importAddressBook({{0, QStringLiteral("10.0.1.0/28"), QStringLiteral("B"), {}, {}},
                                 {0, QStringLiteral("10.0.1.1/28"), QStringLiteral("bits"), {}, {}}},
                                true);
        QFAIL("a malformed row was imported");
    } catch (const Failure &e) {
        QCOMPARE(e.kind(), Failure::Kind::BadInput);
    }
    QCOMPARE(m_ch->addressBook(), QList<AddressBookEntry>{edited});
    m_ch->deleteAddressEntry(id);
}

void TstClickHouseStore::ownerFieldsAreIdenticalToSqlite()
{
    const QList<AddressBookEntry> book = {
        {0, QStringLiteral("10.0.0.0/24"), QStringLiteral("Net A"), {}, {}},
        {0, QStringLiteral("10.0.1.0/28"), QStringLiteral("Net B"), {}, {}},
        {0, QStringLiteral("10.0.1.3"), QStringLiteral("B three"), {}, {}},
        {0, QStringLiteral("10.0.1.1[01]"), QStringLiteral("B glob"), {}, {}},
        // The answers' owners: addresses, and CNAME targets by glob.
        {0, QStringLiteral("198.51.100.1"), QStringLiteral("Doc one"), {}, {}},
        {0, QStringLiteral("192.0.2.0/30"), QStringLiteral("Doc low"), {}, {}},
        {0, QStringLiteral("edge[01].cdn.example"), QStringLiteral("Edge low"), {}, {}}};
    m_sqlite->importAddressBook(book, true);
    m_ch->importAddressBook(book, true);
    const QString mmdb = m_dir.filePath(QStringLiteral("asn.mmdb"));
    const QString error = mmdb_test::write(mmdb, QStringLiteral("GeoLite2-ASN"),
                                           {mmdb_test::network("192.0.2.0/24", mmdb_test::asn(64496, "Example Net")),
                                            mmdb_test::network("10.0.1.0/24", mmdb_test::asn(64511, "Lab"))});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<BinQuery> queries;
    BinQuery q;
    q.width = BinWidth::parse(QStringLiteral("1h"));
    q.ownerDatabases = {mmdb};
    for (const auto &[split, topK] : QList<std::pair<LookupField, int>>{{LookupField::ClientOwner, 10},
                                                                        {LookupField::ClientOwner, 2},
                                                                        {LookupField::ServerAsn, 5},
                                                                        {LookupField::ClientOrg, 5}}) {
        q.split = split;
        q.topK = topK;
        queries.append(q);
    }
    q.split = LookupField::Qname;
    q.topK = 3;
    q.filters = {{LookupField::ClientOwner, QStringLiteral("B *")}};
    queries.append(q);
    q.split = LookupField::ClientOwner;
    q.filters = {{LookupField::ServerOrg, QStringLiteral("example*")},
                 {LookupField::ClientAsn, QStringLiteral("AS64511")}};
    queries.append(q);
    // The answer owner fields: several per lookup (a CNAME chain, two addresses), none for a
    // lookup without answers or with only TXT ones.
    q.filters.clear();
    for (const auto &[split, topK] : QList<std::pair<LookupField, int>>{
             {LookupField::AnswerOwner, 10}, {LookupField::AnswerOwner, 2}, {LookupField::AnswerAsn, 5}}) {
        q.split = split;
        q.topK = topK;
        queries.append(q);
    }
    q.split = LookupField::Qname;
    q.topK = 4;
    q.filters = {{LookupField::AnswerOwner, QStringLiteral("Edge*")}};
    queries.append(q);
    q.split = LookupField::AnswerOwner;
    q.filters = {{LookupField::AnswerOrg, QStringLiteral("example*")}, {LookupField::ClientOwner, QStringLiteral("*")}};
    queries.append(q);
    for (const BinQuery &query : queries) {
        const BinTable a = m_sqlite->bins(query);
        const BinTable b = m_ch->bins(query);
        QVERIFY(a.binCount() > 0);
        QCOMPARE(b.series.size(), a.series.size());
        for (qsizetype s = 0; s < a.series.size(); ++s) {
            QCOMPARE(b.series[s].name, a.series[s].name);
            QCOMPARE(b.series[s].total, a.series[s].total);
            QCOMPARE(b.series[s].counts, a.series[s].counts);
        }
    }
    RecordQuery r;
    r.range = TimeRange{kStart + 3 * 3600 * kSec, kStart + 5 * 3600 * kSec};
    r.ownerDatabases = {mmdb};
    r.split = LookupField::ClientOwner;
    r.seriesValue = QStringLiteral("B three");
    const RecordPage a = m_sqlite->records(r, 0, 1'000'000), b = m_ch->records(r, 0, 1'000'000);
    QVERIFY(a.total > 0);
    QCOMPARE(b.total, a.total);
    QCOMPARE(withoutIds(b.records), withoutIds(a.records));
    QCOMPARE(a.records.front().owner(LookupField::ClientAsn), QStringLiteral("AS64511"));
    r.split = LookupField::AnswerOwner;
    for (const QString &series : {QStringLiteral("Doc one"), QStringLiteral("Edge low"), QStringLiteral("(none)")}) {
        r.seriesValue = series;
        const RecordPage sa = m_sqlite->records(r, 0, 1'000'000), sb = m_ch->records(r, 0, 1'000'000);
        QVERIFY2(sa.total > 0, qPrintable(series));
        QCOMPARE(sb.total, sa.total);
        QCOMPARE(withoutIds(sb.records), withoutIds(sa.records));
    }
    m_sqlite->importAddressBook({}, true);
    m_ch->importAddressBook({}, true);
}
