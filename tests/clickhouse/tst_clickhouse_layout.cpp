// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ClickHouse store's layouts 2 and 3 against the two-shard cluster: names are hashed as
// the server hashes them, concurrent imports get distinct dataset ids, a layout-1 database is
// refused with a clear message, a layout-2 one reads without answers until a writable open
// adds them, and qname globs read the per-(qname, hour) rollup, which a writable open adds to
// and fills for older databases.
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "failure.h"
#include "sip_hash.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <mutex>
#include <thread>

class TstClickHouseLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void namesHashAsTheServerDoes();
    void concurrentReservationsGetDistinctIds();
    void concurrentImportsAreBothComplete();
    void layoutOneIsRefusedClearly();
    void twoShardsOnOneHostAskForTheirEndpoints();
    void layoutTwoReadsWithoutAnswersAndMigratesOnAWritableOpen();
    void qnameGlobsReadTheHourlyRollupThatWritableOpensFillForOlderDatasets();
    void globsOfManyNamesCountInTheRollupWhatTheLookupsHold();

private:
    QString urlOf(const QString &database) const;
    void dropDatabase(const QByteArray &database) const;
    int m_base = 18120;
};

QString TstClickHouseLayout::urlOf(const QString &database) const
{
    return QStringLiteral("clickhouse://127.0.0.1:%1/%3?cluster=dnstl&shards=127.0.0.1:%1,127.0.0.1:%2")
        .arg(m_base + 1)
        .arg(m_base + 2)
        .arg(database);
}

void TstClickHouseLayout::dropDatabase(const QByteArray &database) const
{
    for (int shard : {1, 2})
        ClickHouseHttp(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000)
            .query("DROP DATABASE IF EXISTS " + database);
}

void TstClickHouseLayout::initTestCase()
{
    const QByteArray base = qgetenv("DNSTL_CH_PORT_BASE");
    if (!base.isEmpty())
        m_base = base.toInt();
    dropDatabase("dnstl_layout");
}

void TstClickHouseLayout::namesHashAsTheServerDoes()
{
    ClickHouseStore store(urlOf(QStringLiteral("dnstl_layout")), StoreOpenMode::Create);
    const QList<QByteArray> names = {"a",
                                     "abc",
                                     "12345678",
                                     "123456789012345678",
                                     "mail.example.com",
                                     "it's\\x",
                                     QByteArray("nul\0byte", 8),
                                     "B\xc3\x9c"
                                     "CHER.example.com",
                                     QByteArray(300, 'q')};
    for (const QByteArray &name : names) {
        const QByteArray answer =
            store.entry().query("SELECT sipHash64(" + ClickHouseSql::quote(QByteArrayView(name)) + ")");
        QCOMPARE(answer.trimmed(), QByteArray::number(sipHash64(name)));
        QCOMPARE(ClickHouseSql::nameHash(QByteArrayView(name)), sipHash64(name));
    }
    QCOMPARE(ClickHouseSql::nameHash(QByteArrayView()), quint64(0)); // the absent name
}

void TstClickHouseLayout::concurrentReservationsGetDistinctIds()
{
    ClickHouseStore store(urlOf(QStringLiteral("dnstl_layout")), StoreOpenMode::Create);
    std::mutex mutex;
    QList<qint64> ids;
    QStringList errors;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                try {
                    const qint64 id = store.newDatasetId();
                    std::lock_guard guard(mutex);
                    ids.append(id);
                } catch (const Failure &e) {
                    std::lock_guard guard(mutex);
                    errors.append(e.message());
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(ids.size(), 20);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 20);
    for (qint64 id : ids)
        QVERIFY(id > 0 && id < 1000); // ids stay short
}

void TstClickHouseLayout::concurrentImportsAreBothComplete()
{
    const QString url = urlOf(QStringLiteral("dnstl_layout"));
    QList<DatasetInfo> made(2);
    QStringList errors(2);
    auto import = [&](int which) {
        try {
            ClickHouseStore store(url, StoreOpenMode::Create);
            DatasetInfo meta;
            meta.name = QStringLiteral("concurrent-%1").arg(which);
            auto sink = store.beginImport(meta);
            for (int i = 0; i < 200'000; ++i) {
                const QByteArray client = "10.7." + QByteArray::number(which) + "." + QByteArray::number(i % 50);
                sink->add(
                    RawLookup{1'500'000'000'000'000 + qint64(i) * 1'000'000, client, "c.example", "A", "NOERROR", "s"});
            }
            made[which] = sink->commit(QStringLiteral("concurrent-%1").arg(which), 0);
        } catch (const Failure &e) {
            errors[which] = e.message();
        }
    };
    std::thread a(import, 0), b(import, 1);
    a.join();
    b.join();
    QVERIFY2(errors.join(QString()).isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(made[0].id != made[1].id);
    ClickHouseStore store(url, StoreOpenMode::ReadOnly);
    for (const DatasetInfo &d : made) {
        BinQuery q;
        q.datasets = {d.id};
        q.width = BinWidth::parse(QStringLiteral("1d"));
        q.split = LookupField::Client;
        q.topK = 100;
        const BinTable t = store.bins(q);
        qint64 total = 0;
        for (const BinSeries &s : t.series) {
            total += s.total;
            QVERIFY2(s.name.startsWith(QStringLiteral("10.7.%1.").arg(d.name.back())), qPrintable(s.name)); // no mixing
        }
        QCOMPARE(t.series.size(), 50);
        QCOMPARE(total, qint64(200'000));
    }
}

void TstClickHouseLayout::layoutOneIsRefusedClearly()
{
    dropDatabase("dnstl_layout1");
    for (int shard : {1, 2}) {
        ClickHouseHttp http(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000);
        http.query("CREATE DATABASE dnstl_layout1");
        http.query("CREATE TABLE dnstl_layout1.lookups_local (dataset UInt32, ts UInt64, seq UInt64, client String, "
                   "qname String,"
                   " qtype String, rcode String, server String) ENGINE = MergeTree() PARTITION BY dataset ORDER BY "
                   "(dataset, ts)");
        http.query("CREATE TABLE dnstl_layout1.datasets (id UInt32) ENGINE = MergeTree() ORDER BY id");
    }
    for (StoreOpenMode mode : {StoreOpenMode::ReadOnly, StoreOpenMode::Create}) {
        try {
            ClickHouseStore store(urlOf(QStringLiteral("dnstl_layout1")), mode);
            QFAIL("a layout-1 database was opened");
        } catch (const Failure &e) {
            QVERIFY2(e.message().contains(QLatin1String("layout 1")) && e.message().contains(QLatin1String("README")),
                     qPrintable(e.message()));
        }
    }
    dropDatabase("dnstl_layout1");
}

void TstClickHouseLayout::twoShardsOnOneHostAskForTheirEndpoints()
{
    // The test cluster's two servers share 127.0.0.1: without `shards`, both shards would be
    // the URL's port and one server would get every lookup.
    dropDatabase("dnstl_onehost");
    const QString url = QStringLiteral("clickhouse://127.0.0.1:%1/dnstl_onehost?cluster=dnstl").arg(m_base + 1);
    for (StoreOpenMode mode : {StoreOpenMode::ReadOnly, StoreOpenMode::Create}) {
        try {
            ClickHouseStore store(url, mode);
            QFAIL("two shards on one host were taken for one");
        } catch (const Failure &e) {
            QCOMPARE(e.kind(), Failure::Kind::BadInput);
            QVERIFY2(e.message().contains(QLatin1String("shards=")) &&
                         e.message().contains(QLatin1String("127.0.0.1")) &&
                         e.message().contains(QString::number(m_base + 1002)),
                     qPrintable(e.message()));
        }
    }
    // Nothing was created on either server.
    for (int shard : {1, 2}) {
        ClickHouseHttp http(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000);
        QCOMPARE(http.query("SELECT count() FROM system.databases WHERE name = 'dnstl_onehost'").trimmed(),
                 QByteArray("0"));
    }
    // With the endpoints named, the same cluster opens.
    ClickHouseStore store(urlOf(QStringLiteral("dnstl_onehost")), StoreOpenMode::Create);
    QVERIFY(store.datasets().isEmpty());
    dropDatabase("dnstl_onehost");
}

// A layout-2 database (lookups without the answer columns) opened read-only is read as it is:
// no lookup has answers. A writable open adds the columns without rewriting the lookups, which
// then read without answers while a new import keeps its own.
void TstClickHouseLayout::layoutTwoReadsWithoutAnswersAndMigratesOnAWritableOpen()
{
    dropDatabase("dnstl_layout2");
    const QString url = urlOf(QStringLiteral("dnstl_layout2"));
    const auto import = [&](const QByteArray &qname, qint64 startUs) {
        ClickHouseStore store(url, StoreOpenMode::ReadWrite);
        auto sink = store.beginImport(DatasetInfo{});
        const std::vector<RawAnswer> answers = {{"CNAME", "cdn.example.net", 300}, {"A", "192.0.2.7", 20}};
        for (int i = 0; i < 100; ++i) {
            RawLookup l{startUs + i * 1'000'000, "10.0.0.1", qname, "A", "NOERROR", "10.0.0.53"};
            l.answers = answers;
            sink->add(l);
        }
        sink->commit(QString::fromLatin1(qname), 0);
    };
    {
        ClickHouseStore create(url, StoreOpenMode::Create);
    }
    import("old.example", 1'700'000'000'000'000);
    // What layout 2 had: no answer columns, no per-answer counts.
    for (int shard : {1, 2}) {
        ClickHouseHttp http(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000);
        for (const char *table : {"lookups", "lookups_local"})
            for (const char *column : {"answers_h", "answer_ttl", "answer_values"})
                http.query(QByteArray("ALTER TABLE dnstl_layout2.") + table + " DROP COLUMN " + column);
    }
    ClickHouseHttp entry(QStringLiteral("127.0.0.1"), m_base + 1, {}, {}, 30'000);
    entry.query("CREATE TABLE dnstl_layout2.counts2 AS dnstl_layout2.name_counts");
    entry.query("INSERT INTO dnstl_layout2.counts2 SELECT * FROM dnstl_layout2.name_counts WHERE kind != 6");
    entry.query("DROP TABLE dnstl_layout2.name_counts");
    entry.query("RENAME TABLE dnstl_layout2.counts2 TO dnstl_layout2.name_counts");
    BinQuery split;
    split.split = LookupField::Answer;
    RecordQuery all;
    all.range = {0, std::numeric_limits<qint64>::max()};
    {
        ClickHouseStore store(url, StoreOpenMode::ReadOnly);
        QVERIFY(!store.hasAnswers());
        const BinTable t = store.bins(split);
        QCOMPARE(t.series.size(), 1);
        QCOMPARE(t.series[0].name, QStringLiteral("(none)"));
        QCOMPARE(t.series[0].total, 100);
        BinQuery filtered;
        filtered.filters = {{LookupField::Answer, QStringLiteral("192.0.2.7")}};
        QVERIFY(store.bins(filtered).series.value(0).total == 0);
        const RecordPage page = store.records(all, 0, 5);
        QCOMPARE(page.total, 100);
        QVERIFY(page.records.front().answers.isEmpty());
    }
    import("new.example", 1'700'000'100'000'000);
    ClickHouseStore store(url, StoreOpenMode::ReadOnly);
    QVERIFY(store.hasAnswers());
    const BinTable t = store.bins(split);
    QCOMPARE(t.series.size(), 3);
    QCOMPARE(t.series[0].name, QStringLiteral("(none)")); // the old lookups
    QCOMPARE(t.series[0].total, 100);
    QCOMPARE(t.series[1].name, QStringLiteral("192.0.2.7"));
    QCOMPARE(t.series[2].name, QStringLiteral("cdn.example.net"));
    const RecordPage page = store.records(all, 100, 1);
    QCOMPARE(page.records.front().qname, QStringLiteral("new.example"));
    QCOMPARE(page.records.front().answers,
             (QList<LookupAnswer>{{QStringLiteral("CNAME"), QStringLiteral("cdn.example.net"), 300},
                                  {QStringLiteral("A"), QStringLiteral("192.0.2.7"), 20}}));
}

void TstClickHouseLayout::qnameGlobsReadTheHourlyRollupThatWritableOpensFillForOlderDatasets()
{
    dropDatabase("dnstl_qname_hours");
    const QString url = urlOf(QStringLiteral("dnstl_qname_hours"));
    constexpr qint64 kHour = 3'600'000'000;
    const qint64 hour0 = 1'700'000'000'000'000 / kHour * kHour;
    // 300 lookups 10 s apart from startUs (over both hours' edges): a0, a1, a2.example in turn.
    const auto import = [&](const QByteArray &prefix, qint64 startUs) {
        ClickHouseStore store(url, StoreOpenMode::ReadWrite);
        auto sink = store.beginImport(DatasetInfo{});
        QList<QByteArray> names;
        for (int i = 0; i < 3; ++i)
            names.append(prefix + QByteArray::number(i) + ".example");
        for (int i = 0; i < 300; ++i)
            sink->add(
                RawLookup{startUs + qint64(i) * 10'000'000, "10.0.0.1", names[i % 3], "A", "NOERROR", "10.0.0.53"});
        return sink->commit(QString::fromLatin1(prefix), 0).id;
    };
    const auto rolledUp = [&](qint64 id) {
        qint64 n = 0;
        for (int shard : {1, 2})
            n += ClickHouseHttp(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000)
                     .query("SELECT sum(n) FROM dnstl_qname_hours.lookups_1h_qname_local WHERE dataset = " +
                            QByteArray::number(id))
                     .trimmed()
                     .toLongLong();
        return n;
    };
    const auto shardsRun = [&](const QByteArray &sql) {
        for (int shard : {1, 2})
            ClickHouseHttp(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000).query(sql);
    };
    const auto total = [](const BinTable &t) {
        qint64 n = 0;
        for (const BinSeries &s : t.series)
            n += s.total;
        return n;
    };
    {
        ClickHouseStore create(url, StoreOpenMode::Create);
    }
    const qint64 older = import("old", hour0 - 1'000'000'000);
    QCOMPARE(rolledUp(older), 300); // filled at commit
    // A database of an earlier version: no rollup. Read as it is; a writable open fills it.
    shardsRun("DROP TABLE dnstl_qname_hours.lookups_1h_qname");
    shardsRun("DROP TABLE dnstl_qname_hours.lookups_1h_qname_local");
    BinQuery glob;
    glob.width = BinWidth::parse(QStringLiteral("1h"));
    glob.filters = {{LookupField::Qname, QStringLiteral("*1.EXAMPLE")}};
    QCOMPARE(total(ClickHouseStore(url, StoreOpenMode::ReadOnly).bins(glob)), 100);
    {
        ClickHouseStore writable(url, StoreOpenMode::ReadWrite);
    }
    QCOMPARE(rolledUp(older), 300);
    // A dataset an earlier version imported into a database that has the rollup has no rows
    // in it: views of it read the lookups until a writable open fills it (once).
    const qint64 newer = import("new", hour0 + 10 * kHour);
    shardsRun("ALTER TABLE dnstl_qname_hours.lookups_1h_qname_local DROP PARTITION " + QByteArray::number(newer));
    QCOMPARE(total(ClickHouseStore(url, StoreOpenMode::ReadOnly).bins(glob)), 200);
    {
        ClickHouseStore writable(url, StoreOpenMode::ReadWrite);
    }
    QCOMPARE(rolledUp(older), 300);
    QCOMPARE(rolledUp(newer), 300);
    // Where the counts come from: with the lookups gone (the datasets still registered), views
    // on whole hours still count them from the rollup, split by qname or dataset too; a zone
    // with a half-hour offset (edges at :30 UTC) reads the lookups.
    shardsRun("ALTER TABLE dnstl_qname_hours.lookups_local DROP PARTITION " + QByteArray::number(older));
    shardsRun("ALTER TABLE dnstl_qname_hours.lookups_local DROP PARTITION " + QByteArray::number(newer));
    ClickHouseStore store(url, StoreOpenMode::ReadOnly);
    QCOMPARE(total(store.bins(glob)), 200);
    BinQuery byName = glob;
    byName.filters = {{LookupField::Qname, QStringLiteral("old*")}};
    byName.split = LookupField::Qname;
    byName.topK = 2;
    const BinTable names = store.bins(byName);
    QCOMPARE(names.series.size(), 3);
    QCOMPARE(names.series[0].name, QStringLiteral("old0.example"));
    QCOMPARE(names.series[2].name, QStringLiteral("other"));
    QCOMPARE(names.series[2].total, 100);
    BinQuery daily = glob;
    daily.width = BinWidth::parse(QStringLiteral("1d"));
    daily.split = LookupField::Dataset;
    QCOMPARE(store.bins(daily).series.size(), 2);
    QCOMPARE(total(store.bins(daily)), 200);
    BinQuery halfHour = glob;
    halfHour.zone = QTimeZone("Asia/Kolkata");
    QCOMPARE(total(store.bins(halfHour)), 0);
}

// A glob of more names than become a literal list (ClickHouseBinQuery: 1,000) tests the
// rollup's qname_h against the `names` subquery: hourly bins from the rollup equal pairs of
// half-hour bins counted from the lookups, split by qname too.
void TstClickHouseLayout::globsOfManyNamesCountInTheRollupWhatTheLookupsHold()
{
    dropDatabase("dnstl_qname_wide");
    const QString url = urlOf(QStringLiteral("dnstl_qname_wide"));
    constexpr qint64 kHour = 3'600'000'000;
    const qint64 hour0 = 1'700'000'000'000'000 / kHour * kHour;
    ClickHouseStore store(url, StoreOpenMode::Create);
    auto sink = store.beginImport(DatasetInfo{});
    QList<QByteArray> names;
    for (int i = 0; i < 1500; ++i)
        names.append("w" + QByteArray::number(i) + ".example");
    for (qint64 i = 0; i < 6000; ++i) // uneven: name i % 1500, at a time that wanders over 5 hours
        sink->add(RawLookup{hour0 + (i * i * 7919) % (5 * kHour), "10.0.0.1", names[int(i * 37 % 1500)], "A", "NOERROR",
                            "10.0.0.53"});
    const qint64 id = sink->commit(QStringLiteral("wide"), 0).id;
    BinQuery hourly;
    hourly.width = BinWidth::parse(QStringLiteral("1h"));
    hourly.range = TimeRange{hour0, hour0 + 6 * kHour};
    hourly.filters = {{LookupField::Qname, QStringLiteral("W1*")}, {LookupField::Qname, QStringLiteral("*.example")}};
    hourly.split = LookupField::Qname;
    hourly.topK = 3;
    BinQuery halfHourly = hourly;
    halfHourly.width = BinWidth::parse(QStringLiteral("30m"));
    const BinTable a = store.bins(hourly), b = store.bins(halfHourly);
    QCOMPARE(a.binCount(), 6);
    QCOMPARE(b.binCount(), 12);
    QCOMPARE(a.series.size(), 4);
    qint64 total = 0;
    for (qsizetype s = 0; s < a.series.size(); ++s) {
        QCOMPARE(a.series[s].name, b.series[s].name);
        for (qsizetype i = 0; i < 6; ++i)
            QCOMPARE(a.series[s].counts[i], b.series[s].counts[2 * i] + b.series[s].counts[2 * i + 1]);
        total += a.series[s].total;
    }
    QCOMPARE(total, 6000 * 611 / 1500); // w1, w10–w19, w100–w199, w1000–w1499: 611 names, 4 lookups each
    // The hourly bins came from the rollup: with the lookups gone they still count them.
    for (int shard : {1, 2})
        ClickHouseHttp(QStringLiteral("127.0.0.1"), m_base + shard, {}, {}, 30'000)
            .query("ALTER TABLE dnstl_qname_wide.lookups_local DROP PARTITION " + QByteArray::number(id));
    hourly.split.reset();
    QCOMPARE(store.bins(hourly).series.front().total, total);
    halfHourly.split.reset();
    QCOMPARE(store.bins(halfHourly).series.front().total, 0);
}

QTEST_GUILESS_MAIN(TstClickHouseLayout)
#include "tst_clickhouse_layout.moc"
