// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_db.h"
#include "sqlite_store.h"

#include <QTemporaryDir>
#include <QTest>

// The drill-down API (records, extent) against brute force over lookup_view, on a store of
// two interleaved datasets with a few names and some lookups without a server.
class TstStoreRecords : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsOfARangeMatchLookupView();
    void filtersAndSeriesSelectExactlyTheirLookups();
    void otherSeriesIsEverythingNotListed();
    void splitByDatasetSelectsDatasetsByName();
    void pagesCoverTheMatchesOnceInBothOrders();
    void seriesInKeepsOnlyListedValues();
    void excludedPairsAreLeftOut();
    void extentCoversChosenDatasets();

private:
    QList<LookupRecord> bruteForce(const TimeRange &range, const std::function<bool(const LookupRecord &)> &keep);
    QList<LookupRecord> all(const RecordQuery &q);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    static constexpr qint64 kStart = 1'468'800'000'000'000;
};

void TstStoreRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("r.dnstl")), StoreOpenMode::Create);
    for (int ds = 0; ds < 2; ++ds) {
        DatasetInfo meta;
        meta.name = ds == 0 ? QStringLiteral("alpha") : QStringLiteral("beta");
        auto sink = m_store->beginImport(meta);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray client = "10.0.0." + QByteArray::number((i * 7 + ds) % 9);
            const QByteArray qname = "mail" + QByteArray::number(i % 13) + ".example.com";
            const QByteArray server = i % 5 == 0 ? QByteArray() : QByteArrayLiteral("192.0.2.53");
            sink->add(RawLookup{kStart + qint64((i * 7919) % 3000) * 1'000'000 + ds * 500'000, client, qname,
                                i % 3 ? "A" : "AAAA", i % 11 ? "NOERROR" : "NXDOMAIN", server});
        }
        sink->commit(QStringLiteral("sha%1").arg(ds), 0);
    }
}

QList<LookupRecord> TstStoreRecords::bruteForce(const TimeRange &range,
                                                const std::function<bool(const LookupRecord &)> &keep)
{
    SqliteDb db(m_store->location(), SqliteDb::Mode::ReadOnly);
    Statement st = db.prepare("SELECT id, dataset, ts, client, qname, qtype, rcode, server FROM lookup_view"
                              " WHERE ts >= ? AND ts < ? ORDER BY ts, dataset, id");
    st.bind(1, range.fromUs).bind(2, range.toUs);
    QList<LookupRecord> out;
    while (st.step()) {
        LookupRecord r{st.int64(0), st.int64(1), st.int64(2), st.text(3),
                       st.text(4),  st.text(5),  st.text(6),  st.text(7)};
        if (keep(r))
            out.append(r);
    }
    return out;
}

QList<LookupRecord> TstStoreRecords::all(const RecordQuery &q)
{
    const RecordPage page = m_store->records(q, 0, 1'000'000);
    [&] { QCOMPARE(page.total, page.records.size()); }();
    return page.records;
}

void TstStoreRecords::recordsOfARangeMatchLookupView()
{
    RecordQuery q;
    q.range = {kStart + 100'000'000, kStart + 900'000'000};
    const auto expected = bruteForce(q.range, [](const LookupRecord &) { return true; });
    QCOMPARE(expected.size(), 1600);
    QCOMPARE(all(q), expected);
    q.datasets = {2};
    QCOMPARE(all(q), bruteForce(q.range, [](const LookupRecord &r) { return r.dataset == 2; }));
}

void TstStoreRecords::filtersAndSeriesSelectExactlyTheirLookups()
{
    RecordQuery q;
    q.range = {kStart, kStart + 3000'000'000};
    q.filters = {{LookupField::Qname, QStringLiteral("MAIL1*")}, {LookupField::Rcode, QStringLiteral("no?rror")}};
    auto keep = [](const LookupRecord &r) {
        return r.qname.startsWith(QLatin1String("mail1")) && r.rcode == QLatin1String("NOERROR");
    };
    QCOMPARE(all(q), bruteForce(q.range, keep));
    q.split = LookupField::Client;
    q.seriesValue = QStringLiteral("10.0.0.3");
    const auto expected =
        bruteForce(q.range, [&](const LookupRecord &r) { return keep(r) && r.client == QLatin1String("10.0.0.3"); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(all(q), expected);
    q.filters.clear();
    q.split = LookupField::Server;
    q.seriesValue = QStringLiteral("(none)");
    QCOMPARE(all(q), bruteForce(q.range, [](const LookupRecord &r) { return r.server.isEmpty(); }));
}

void TstStoreRecords::otherSeriesIsEverythingNotListed()
{
    RecordQuery q;
    q.range = {kStart, kStart + 3000'000'000};
    q.split = LookupField::Qname;
    q.notIn = {QStringLiteral("mail1.example.com"), QStringLiteral("mail2.example.com")};
    const auto expected = bruteForce(q.range, [&](const LookupRecord &r) { return !q.notIn.contains(r.qname); });
    QCOMPARE(all(q), expected);
}

void TstStoreRecords::splitByDatasetSelectsDatasetsByName()
{
    RecordQuery q;
    q.range = {kStart, kStart + 3000'000'000};
    q.split = LookupField::Dataset;
    q.seriesValue = QStringLiteral("beta");
    QCOMPARE(all(q), bruteForce(q.range, [](const LookupRecord &r) { return r.dataset == 2; }));
    q.seriesValue.reset();
    q.notIn = {QStringLiteral("beta")};
    QCOMPARE(all(q), bruteForce(q.range, [](const LookupRecord &r) { return r.dataset == 1; }));
}

void TstStoreRecords::pagesCoverTheMatchesOnceInBothOrders()
{
    RecordQuery q;
    q.range = {kStart, kStart + 3000'000'000};
    q.filters = {{LookupField::Qtype, QStringLiteral("A")}};
    const QList<LookupRecord> whole = all(q);
    QList<LookupRecord> paged;
    for (qint64 offset = 0;; offset += 128) {
        const RecordPage page = m_store->records(q, offset, 128);
        QCOMPARE(page.total, whole.size());
        if (page.records.isEmpty())
            break;
        QCOMPARE(page.offset, offset);
        paged += page.records;
    }
    QCOMPARE(paged, whole);
    q.descending = true;
    const RecordPage last = m_store->records(q, 0, 3);
    QCOMPARE(last.records.size(), 3);
    QCOMPARE(last.records[0], whole.last());
    QCOMPARE(last.records[2], whole[whole.size() - 3]);
    QVERIFY(m_store->records(q, whole.size() + 10, 5).records.isEmpty());
}

void TstStoreRecords::seriesInKeepsOnlyListedValues()
{
    RecordQuery q;
    q.range = {kStart, kStart + 3000'000'000};
    q.split = LookupField::Client;
    q.seriesIn = QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.4")};
    const auto expected = bruteForce(q.range, [&](const LookupRecord &r) { return q.seriesIn->contains(r.client); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(all(q), expected);
    q.seriesIn = QStringList();
    QCOMPARE(m_store->records(q, 0, 10).total, 0);
    q.split = LookupField::Dataset;
    q.seriesIn = QStringList{QStringLiteral("alpha")};
    QCOMPARE(all(q), bruteForce(q.range, [](const LookupRecord &r) { return r.dataset == 1; }));
}

// Names of listed rows come from the lookups table: matching loads only the columns it
// tests, so a drill-down costs no per-lookup memory its view has not paid already.
void TstStoreRecords::excludedPairsAreLeftOut()
{
    RecordQuery q;
    q.range = m_store->extent({});
    const RecordPage all = m_store->records(q, 0, 1'000'000);
    QVERIFY(!all.records.isEmpty());
    const LookupRecord first = all.records.front();
    q.excludedPairs = {{first.client, first.qname}};
    const auto expected = bruteForce(
        q.range, [&](const LookupRecord &r) { return !(r.client == first.client && r.qname == first.qname); });
    const RecordPage page = m_store->records(q, 0, 1'000'000);
    QVERIFY(page.total < all.total);
    QCOMPARE(page.total, qint64(expected.size()));
}

void TstStoreRecords::extentCoversChosenDatasets()
{
    const TimeRange both = m_store->extent({});
    QCOMPARE(both.fromUs, kStart);
    QCOMPARE(both.toUs, kStart + 2999 * 1'000'000LL + 500'000 + 1);
    QCOMPARE(m_store->extent({1}).toUs, kStart + 2999 * 1'000'000LL + 1);
    QVERIFY(m_store->extent({42}).isEmpty());
}

QTEST_GUILESS_MAIN(TstStoreRecords)
#include "tst_store_records.moc"
