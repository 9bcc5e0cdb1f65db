// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The address book's schema step (version 6, after version 5's answers): a version 5 store
// gains an empty book when first opened for writing and keeps its lookups, answers and events;
// a version 4 store goes through both steps in one open; a read-only older store shows an
// empty book, refuses changes and is left as it was.
#include "failure.h"
#include "sqlite_store.h"
#include "store_downgrade.h"
#include "store_schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <vector>

namespace {

constexpr qint64 kStartUs = 1'700'000'000'000'000;
constexpr int kLookups = 200;

RecordQuery everything()
{
    RecordQuery q;
    q.range = {0, std::numeric_limits<qint64>::max()};
    return q;
}

AddressBookEntry row(const char *pattern, const char *label)
{
    return {0, QString::fromLatin1(pattern), QString::fromUtf8(label), {}, {}};
}

// A store of the current version with kLookups lookups (every other one answered with an A
// record) and one event, then downgraded to schema version `version` (5 or 4).
void makeOlderStore(const QString &path, int version)
{
    {
        SqliteStore store(path, StoreOpenMode::Create);
        DatasetInfo meta;
        meta.name = QStringLiteral("older");
        auto sink = store.beginImport(meta);
        const std::vector<RawAnswer> answers = {{"A", "192.0.2.1", 300}};
        for (int i = 0; i < kLookups; ++i) {
            RawLookup lookup{
                kStartUs + qint64(i) * 1'000'000, "217.12.96.7", "mail.example.com", "A", "NOERROR", "198.51.100.53"};
            if (i % 2)
                lookup.answers = answers;
            sink->add(lookup);
        }
        sink->commit(QStringLiteral("sha"), 0);
        TimelineEvent event;
        event.startUs = kStartUs;
        event.title = QStringLiteral("outage");
        store.addEvent(event);
    }
    QVERIFY(version == 5 ? downgradeToVersion5(path) : downgradeToVersion4(path));
}

int versionOf(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    return StoreSchema::version(db);
}

bool hasAddressBookTable(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadOnly);
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'address_book'") == 1;
}

// The lookups of a split by client_owner, per series.
QMap<QString, qint64> clientOwnerTotals(SqliteStore &store)
{
    BinQuery split;
    split.split = LookupField::ClientOwner;
    split.topK = 10;
    QMap<QString, qint64> out;
    for (const BinSeries &s : store.bins(split).series)
        out[s.name] += s.total;
    return out;
}

} // namespace

class TstAddressBookMigration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void olderStoresMigrateToTheAddressBookKeepingTheirData_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("version 5 (answers)") << 5;
        QTest::newRow("version 4 (through 5 and 6)") << 4;
    }

    void olderStoresMigrateToTheAddressBookKeepingTheirData()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("migrate-v%1.dnstl").arg(from));
        makeOlderStore(path, from);
        QCOMPARE(versionOf(path), from);
        QVERIFY(!hasAddressBookTable(path));
        {
            SqliteStore store(path, StoreOpenMode::ReadWrite);
            QCOMPARE(versionOf(path), StoreSchema::kVersion);
            QVERIFY(store.addressBook().isEmpty());
            QCOMPARE(store.datasets().size(), 1);
            QCOMPARE(store.events().size(), 1);
            const RecordPage page = store.records(everything(), 0, kLookups);
            QCOMPARE(page.total, kLookups);
            // A version 5 store keeps its answers; a version 4 one had none to keep.
            const QList<LookupAnswer> expected = {{QStringLiteral("A"), QStringLiteral("192.0.2.1"), 300}};
            QCOMPARE(page.records[1].answers, from == 5 ? expected : QList<LookupAnswer>());
            QVERIFY(page.records[0].answers.isEmpty());
            store.addAddressEntry(row("217.12.96.0/24", "Alfa Bank"));
        }
        SqliteStore again(path, StoreOpenMode::ReadOnly);
        QCOMPARE(again.addressBook().size(), 1);
        QCOMPARE(clientOwnerTotals(again), (QMap<QString, qint64>{{QStringLiteral("Alfa Bank"), kLookups}}));
    }

    void aReadOnlyVersionFiveStoreHasAnEmptyBookAndStaysAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly-v5.dnstl"));
        makeOlderStore(path, 5);
        {
            SqliteStore store(path, StoreOpenMode::ReadOnly);
            QVERIFY(store.addressBook().isEmpty());
            try {
                store.addAddressEntry(row("192.0.2.0/24", "X"));
                QFAIL("a read-only store took a row");
            } catch (const Failure &e) {
                QCOMPARE(e.kind(), Failure::Kind::Refused);
            }
            QCOMPARE(clientOwnerTotals(store), (QMap<QString, qint64>{{QStringLiteral("(none)"), kLookups}}));
        }
        QCOMPARE(versionOf(path), 5);
        QVERIFY(!hasAddressBookTable(path));
    }
};

QTEST_GUILESS_MAIN(TstAddressBookMigration)
#include "tst_address_book_migration.moc"
