// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The per-lookup flags of schema version 3 (LookupFlags: bit 0 mDNS): the lookup_blocks
// codec, the writer (with and without the sorter spilling), the proto field of views, the
// migration of version 2 stores (read-only: served as they are; writable: migrated), and the
// dnstap roles (bits 1-3) in lookup_view.
#include "column_codec.h"
#include "dataset_writer.h"
#include "sqlite_store.h"
#include "store_downgrade.h"
#include "store_schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <vector>

namespace {
std::vector<LookupRow> rowsWithFlags(const std::vector<quint8> &flags)
{
    std::vector<LookupRow> rows(flags.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].tsUs = qint64(i) * 1000;
        rows[i].flags = flags[i];
    }
    return rows;
}

std::vector<quint32> roundTrip(const std::vector<LookupRow> &rows, QByteArray *blob)
{
    *blob = ColumnCodec::encodeFlags(rows);
    std::vector<quint32> out(rows.size(), 99);
    if (!ColumnCodec::decodeFlags(*blob, out.data(), qsizetype(out.size())))
        out.clear();
    return out;
}

qint64 total(const BinTable &table)
{
    qint64 n = 0;
    for (const BinSeries &s : table.series)
        n += s.total;
    return n;
}

BinQuery protoFilter(const QString &glob)
{
    BinQuery q;
    q.filters = {{LookupField::Proto, glob}};
    return q;
}
} // namespace

class TestStoreFlags : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // n lookups one second apart, given in reverse time order; every third one mDNS.
    DatasetInfo writeDataset(const QString &path, int n, DatasetWriter::Options options = {})
    {
        DatasetInfo meta;
        meta.name = QStringLiteral("mixed");
        DatasetWriter writer(path, meta, options);
        for (int i = n - 1; i >= 0; --i) {
            const QByteArray qname = "n" + QByteArray::number(i % 5) + ".local";
            RawLookup l;
            l.tsUs = 1'700'000'000'000'000 + qint64(i) * 1'000'000;
            l.client = "10.0.0.1";
            l.qname = qname;
            l.flags = i % 3 == 0 ? LookupFlags::kMdns : 0;
            writer.add(l);
        }
        return writer.commit(QString(), 0);
    }

    // One lookup of each proto value LookupFlags knows.
    void writeEveryProto(const QString &path)
    {
        DatasetInfo meta;
        meta.name = QStringLiteral("roles");
        DatasetWriter writer(path, meta, {});
        const quint8 flags[] = {0,
                                LookupFlags::kMdns,
                                LookupFlags::kResolver,
                                LookupFlags::kForwarder,
                                LookupFlags::kAuth,
                                LookupFlags::kStub,
                                LookupFlags::kTool,
                                LookupFlags::kUpdate};
        for (int i = 0; i < int(std::size(flags)); ++i) {
            RawLookup l;
            l.tsUs = 1'700'000'000'000'000 + qint64(i) * 1'000'000;
            l.qname = "example.com";
            l.flags = flags[i];
            writer.add(l);
        }
        writer.commit(QString(), 0);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void codecRoundTripsMixedFlags()
    {
        QByteArray blob;
        const std::vector<LookupRow> zeros = rowsWithFlags(std::vector<quint8>(1000, 0));
        QCOMPARE(roundTrip(zeros, &blob), std::vector<quint32>(1000, 0));
        QVERIFY(blob.isEmpty()); // an all-DNS block costs nothing

        std::vector<quint8> runs(1000, 0);
        std::fill(runs.begin() + 300, runs.begin() + 700, 1);
        runs[999] = 1;
        const std::vector<quint32> decoded = roundTrip(rowsWithFlags(runs), &blob);
        QCOMPARE(decoded, std::vector<quint32>(runs.begin(), runs.end()));
        QCOMPARE(blob[0], char(1)); // runs
        QCOMPARE(blob.size(), 12);  // tag, then 2 + 1 bytes for runs of 300, 400, 299 and 1 + 1 for the last

        std::vector<quint8> alternating(501);
        for (size_t i = 0; i < alternating.size(); ++i)
            alternating[i] = quint8(i % 2);
        QCOMPARE(roundTrip(rowsWithFlags(alternating), &blob),
                 std::vector<quint32>(alternating.begin(), alternating.end()));
        QCOMPARE(blob[0], char(2)); // one byte per row is shorter than 501 runs
        QCOMPARE(blob.size(), 502);
    }

    void codecRejectsDamagedFlags()
    {
        std::vector<quint32> out(10);
        const auto bad = [&](const QByteArray &blob, qsizetype count) {
            return !ColumnCodec::decodeFlags(blob, out.data(), count);
        };
        QVERIFY(bad(QByteArray::fromHex("010b01"), 10));  // a run past the end
        QVERIFY(bad(QByteArray::fromHex("010901"), 10));  // one row short
        QVERIFY(bad(QByteArray::fromHex("010001"), 10));  // an empty run
        QVERIFY(bad(QByteArray::fromHex("018a"), 10));    // a varint cut off
        QVERIFY(bad(QByteArray::fromHex("0209"), 10));    // tag 2 without its bytes
        QVERIFY(bad(QByteArray::fromHex("030a01"), 10));  // an unknown tag
        QVERIFY(!bad(QByteArray::fromHex("010a01"), 10)); // one run of 10 mDNS lookups
        QCOMPARE(out, std::vector<quint32>(10, 1));
    }

    void storesAndFiltersFlags_data()
    {
        QTest::addColumn<int>("sortChunkRows");
        QTest::newRow("in memory") << (1 << 18);
        QTest::newRow("spilling") << 64; // the reversed input spills; rows are re-read from lookups
    }

    void storesAndFiltersFlags()
    {
        QFETCH(int, sortChunkRows);
        const QString path = m_dir.filePath(QStringLiteral("flags-%1.dnstl").arg(sortChunkRows));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        const int n = 1000;
        const DatasetInfo info = writeDataset(path, n, {qsizetype(sortChunkRows)});
        QCOMPARE(info.records, n);
        const int mdns = (n + 2) / 3;
        {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_view WHERE proto = 'mdns' AND flags = 1"), mdns);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookups WHERE flags = 1 AND (ts / 1000000) % 3 = 2"), mdns);
        }
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        QCOMPARE(total(store.bins(protoFilter(QStringLiteral("mdns")))), mdns);
        QCOMPARE(total(store.bins(protoFilter(QStringLiteral("DNS")))), n - mdns);
        BinQuery both = protoFilter(QStringLiteral("mdns"));
        both.filters.append({LookupField::Qname, QStringLiteral("n0.local")});
        QCOMPARE(total(store.bins(both)), (n / 5 + 2) / 3); // i % 15 == 0
        BinQuery split;
        split.split = LookupField::Proto;
        const BinTable table = store.bins(split);
        QCOMPARE(table.series.size(), 2);
        QCOMPARE(table.series[0].name, QStringLiteral("dns"));
        QCOMPARE(table.series[0].total, n - mdns);
        QCOMPARE(table.series[1].name, QStringLiteral("mdns"));
        QCOMPARE(table.series[1].total, mdns);
        RecordQuery records;
        records.range = {0, std::numeric_limits<qint64>::max()};
        records.split = LookupField::Proto;
        records.seriesValue = QStringLiteral("mdns");
        const RecordPage page = store.records(records, 0, 5);
        QCOMPARE(page.total, mdns);
        for (const LookupRecord &r : page.records) {
            QCOMPARE(r.flags, LookupFlags::kMdns);
            QCOMPARE((r.tsUs / 1'000'000) % 3, 2); // 1'700'000'000 % 3 == 2 and i % 3 == 0
        }
    }

    // A version 2 store opened read-only keeps version 2 and reads every lookup as plain DNS;
    // opened for writing it becomes the current version with its lookups unchanged, and takes flags.
    void migratesVersionTwoStores()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.dnstl"));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        writeDataset(path, 300);
        QVERIFY(downgradeToVersion2(path));
        {
            SqliteStore store(path, StoreOpenMode::ReadOnly);
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), 2);
            QCOMPARE(total(store.bins(protoFilter(QStringLiteral("dns")))), 300);
            QCOMPARE(total(store.bins(protoFilter(QStringLiteral("mdns")))), 0);
            RecordQuery all;
            all.range = {0, std::numeric_limits<qint64>::max()};
            const RecordPage page = store.records(all, 0, 300);
            QCOMPARE(page.total, 300);
            QVERIFY(std::all_of(page.records.begin(), page.records.end(),
                                [](const LookupRecord &r) { return r.flags == 0; }));
            QVERIFY(!page.records.front().qname.isEmpty());
        }
        {
            SqliteStore store(path, StoreOpenMode::ReadWrite);
            QCOMPARE(store.datasets().size(), 1);
        }
        {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), StoreSchema::kVersion);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_view WHERE proto = 'dns' AND flags = 0"), 300);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_blocks WHERE flags IS NULL"), 1);
        }
        writeDataset(path, 30);
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        QCOMPARE(total(store.bins(protoFilter(QStringLiteral("mdns")))), 10);
        QCOMPARE(total(store.bins(protoFilter(QStringLiteral("dns")))), 320);
    }

    // lookup_view spells every proto; a view written by an older version (proto dns or mdns
    // only) is replaced on a writable open and left as it is on a read-only one.
    void lookupViewNamesEveryProtoAfterAWritableOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("roles.dnstl"));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        writeEveryProto(path);
        const auto protos = [&] {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QStringList out;
            Statement st = db.prepare("SELECT proto FROM lookup_view ORDER BY ts");
            while (st.step())
                out.append(st.text(0));
            return out;
        };
        const QStringList every = {QStringLiteral("dns"),       QStringLiteral("mdns"),  QStringLiteral("resolver"),
                                   QStringLiteral("forwarder"), QStringLiteral("auth"),  QStringLiteral("stub"),
                                   QStringLiteral("tool"),      QStringLiteral("update")};
        QCOMPARE(protos(), every);
        {
            SqliteDb db(path, SqliteDb::Mode::ReadWrite);
            Statement st = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'lookup_view'");
            QVERIFY(st.step());
            QByteArray older = st.text(0).toUtf8();
            st = Statement();
            const qsizetype from = older.indexOf("CASE l.flags & 15"), to = older.indexOf(" AS proto");
            QVERIFY(from > 0 && to > from);
            older.replace(from, to - from, "CASE WHEN l.flags & 1 THEN 'mdns' ELSE 'dns' END");
            db.exec("DROP VIEW lookup_view; " + older + ";");
        }
        {
            SqliteStore readOnly(path, StoreOpenMode::ReadOnly);
        }
        QCOMPARE(protos()[2], QStringLiteral("dns")); // the older view, untouched
        {
            SqliteStore writable(path, StoreOpenMode::ReadWrite);
        }
        QCOMPARE(protos(), every);
    }
};

QTEST_GUILESS_MAIN(TestStoreFlags)
#include "tst_store_flags.moc"
