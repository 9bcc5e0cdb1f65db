// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store's views (ViewEngine: rollups, grids of minutes and seconds, blocks) against
// the engine it replaced, TimelineEngine over every column decoded into memory, table for
// table; and its drill-down pages against a merge of those columns. The store is
// planted_store.h's: its lookups have answers, so that splits and filters by answer, which
// have no rollups, are held to the same rule. A copy
// of the store gets a small address book, so that splits and filters on the owner fields
// (derived when a view is computed, from the client's and server's ids, and from the answers'
// addresses and CNAME targets) are held to it too, before and after the book changes.
#include "planted_store.h"
#include "store_columns.h"
#include "timeline_test_support.h"

#include "address_book.h"
#include "name_glob.h"
#include "owner_directory.h"
#include "owner_field_values.h"
#include "rollup_tables.h"

#include <QFile>
#include <QTemporaryDir>

using namespace timeline_test;
using planted_store::kFilterSets;

class TestStoreViews : public QObject, private RandomLookupsFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void viewsMatchTheInMemoryEngine();
    void widthsUnderAMinuteAndOddZonesMatchToo();
    void denseDaysAreCountedFromTheirLookups();
    void valueCountsAreEachValuesLookupsInManyStatements();
    void storesWithoutRollupsReadTheSameAndBuildThem();
    void drillDownPagesMatchAMergeOfTheColumns();
    void ownerSplitsAndFiltersMatchAndFollowTheAddressBook();

private:
    QString compareView(const BinQuery &q, SqliteStore &store, const TimelineEngine::Input &all, bool fromLookups);

    QTemporaryDir m_dir;
    QString m_path;
    TimelineEngine::Input m_decoded;
    qint64 m_denseDay = 0;
};

namespace {

const QList<std::optional<LookupField>> kSplits = {std::nullopt,        LookupField::Dataset, LookupField::Client,
                                                   LookupField::Qname,  LookupField::Qtype,   LookupField::Rcode,
                                                   LookupField::Server, LookupField::Proto,   LookupField::Answer};

} // namespace

void TestStoreViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    buildRandomLookups();
    m_path = m_dir.filePath(QStringLiteral("views.dnstl"));
    m_denseDay = planted_store::write(m_path, *this);
    m_decoded = store_columns::decodeAll(m_path);
    QCOMPARE(m_decoded.datasets.size(), 4);
    QCOMPARE(qsizetype(m_decoded.datasets.back()->ts.size()), 140'000);
}

QString TestStoreViews::compareView(const BinQuery &q, SqliteStore &store, const TimelineEngine::Input &all,
                                    bool fromLookups)
{
    const BinTable expected = TimelineEngine().bin(q, store_columns::selected(all, q.datasets));
    const BinTable got = fromLookups ? store.binsFromLookups(q) : store.bins(q);
    return tableDifference(got, expected);
}

void TestStoreViews::viewsMatchTheInMemoryEngine()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    QRandomGenerator rng(4711);
    QStringList failures;
    qsizetype checked = 0;
    const TimeRange extent = store.extent({});
    int variant = 0;
    for (const QTimeZone &zone : testZones()) {
        for (const BinWidth &width : BinWidth::niceWidths()) {
            // At most 12,000 bins: the whole extent for wide bins, a stretch around a burst else.
            const qint64 longest = 12'000 * width.nominalUs();
            QList<std::optional<TimeRange>> ranges;
            if (extent.length() <= longest)
                ranges.append(std::nullopt);
            const qint64 length = std::min(longest, extent.length()) / (1 + rng.bounded(3));
            const qint64 center = m_bursts[rng.bounded(int(m_bursts.size()))];
            ranges.append(TimeRange{center - length / 2 + randomBelow(rng, kSec), center + length / 2});
            for (const std::optional<TimeRange> &range : ranges) {
                for (const std::optional<LookupField> &split : kSplits) {
                    BinQuery q = makeQuery(range, width, zone);
                    q.split = split;
                    q.topK = 1 + (variant % 4) * 2;
                    q.filters = kFilterSets[variant % kFilterSets.size()];
                    if (variant % 3 == 1)
                        q.rankRange = extent;
                    if (variant % 5 == 2)
                        q.datasets = {1, 3, 4};
                    if (variant % 7 == 3)
                        q.excludedPairs = {{QStringLiteral("10.0.0.1"), QStringLiteral("a.example.com")},
                                           {QStringLiteral("10.0.0.3"), QStringLiteral("b.example.com")}};
                    ++variant;
                    for (bool fromLookups : {false, variant % 2 == 0}) {
                        const QString diff = compareView(q, store, m_decoded, fromLookups);
                        ++checked;
                        if (!diff.isEmpty())
                            failures.append(QStringLiteral("%1 %2 %3 split %4 filters %5%6%7: %8")
                                                .arg(zoneName(zone), width.name(),
                                                     range ? describeRange(*range, zone) : QStringLiteral("all"),
                                                     split ? lookupFieldName(*split) : QStringLiteral("none"))
                                                .arg(q.filters.size())
                                                .arg(q.rankRange ? QStringLiteral(" ranked on the extent") : QString(),
                                                     fromLookups ? QStringLiteral(" from the lookups") : QString(),
                                                     diff));
                    }
                }
            }
        }
    }
    QVERIFY2(checked > 1200, "too few views checked");
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
}

void TestStoreViews::widthsUnderAMinuteAndOddZonesMatchToo()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    const qint64 burst = m_bursts[4];
    const auto check = [&](BinQuery q, ViewEngine::Level level) {
        q.split = LookupField::Client;
        q.rankRange = store.extent({});
        const QString diff = compareView(q, store, m_decoded, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(int(store.lastBinLevel()), int(level));
    };
    // Whole minutes (every width of a minute or more in these zones): the grid of minutes.
    check(makeQuery(TimeRange{burst - kDay, burst + kDay}, widthNamed("15m"), zoneNamed("Asia/Kolkata")),
          ViewEngine::Level::Minutes);
    // Under a minute: a grid of seconds around the view, kept while panning inside it.
    for (qint64 pan : {qint64(0), 7 * kMin, -9 * kMin}) {
        check(makeQuery(TimeRange{burst - kHour + pan, burst + kHour + pan}, widthNamed("30s")),
              ViewEngine::Level::Seconds);
        check(makeQuery(TimeRange{burst - 3 * kMin + pan, burst + 2 * kMin + pan}, widthNamed("1s"),
                        zoneNamed("Australia/Lord_Howe")),
              ViewEngine::Level::Seconds);
    }
    // Monrovia kept −0:44:30 until 1972: hours there are not whole minutes of UTC, but seconds.
    const QTimeZone monrovia = zoneNamed("Africa/Monrovia");
    QVERIFY(monrovia.isValid());
    check(makeQuery(
              TimeRange{usAt(QDate(1971, 3, 1), QTime(0, 0), monrovia), usAt(QDate(1971, 3, 3), QTime(0, 0), monrovia)},
              widthNamed("1h"), monrovia),
          ViewEngine::Level::Seconds);
    // A width of no whole seconds (no view asks for one, a program may): from the lookups.
    check(makeQuery(TimeRange{burst - 2 * kHour, burst + kHour}, BinWidth::fixed(1'234'567)),
          ViewEngine::Level::Lookups);
}

void TestStoreViews::denseDaysAreCountedFromTheirLookups()
{
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    // The dense day's names (field 1) are not worth a rollup; its clients (field 0) are.
    Statement st = db.prepare("SELECT field, minutes IS NULL FROM lookup_rollups WHERE dataset = 4 AND day = ?");
    st.bind(1, m_denseDay);
    QMap<int, bool> left;
    while (st.step())
        left.insert(int(st.int64(0)), st.int64(1) != 0);
    QCOMPARE(left.value(1, false), true);
    QCOMPARE(left.value(0, true), false);
    QCOMPARE(left.size(), 7);
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    for (const char *width : {"1m", "1h", "1d"}) {
        BinQuery q = makeQuery(std::nullopt, widthNamed(width));
        q.datasets = {4};
        q.split = LookupField::Qname;
        q.topK = 3;
        const QString diff = compareView(q, store, m_decoded, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        q.filters = {{LookupField::Qname, QStringLiteral("n1*")}};
        const QString filtered = compareView(q, store, m_decoded, false);
        QVERIFY2(filtered.isEmpty(), qPrintable(filtered));
    }
}

void TestStoreViews::valueCountsAreEachValuesLookupsInManyStatements()
{
    // RollupWriter inserts the counts many rows to a statement, one at a time for the rest: a
    // field with thousands of values and one with a few cover both.
    SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
    const char *const columns[] = {"client", "qname", "qtype", "rcode", "server"};
    for (int field = 0; field < 5; ++field) {
        const QByteArray counted = QByteArray("SELECT dataset, coalesce(") + columns[field] +
            ", 0) AS v, count(*)"
            " FROM lookups GROUP BY 1, 2";
        const QByteArray stored =
            "SELECT dataset, value, lookups FROM lookup_value_counts WHERE field = " + QByteArray::number(field);
        const QByteArray sql = "SELECT (SELECT count(*) FROM (" + stored + ")), (SELECT count(*) FROM (" + counted +
            ")), (SELECT count(*) FROM (" + stored + " EXCEPT " + counted + "))";
        Statement st = db.prepare(sql);
        QVERIFY(st.step());
        QCOMPARE(st.int64(1), st.int64(0));
        QCOMPARE(st.int64(2), 0);
        if (field == 1)
            QVERIFY2(st.int64(0) > 1000, "the qnames need more rows than one statement holds");
    }
}

void TestStoreViews::storesWithoutRollupsReadTheSameAndBuildThem()
{
    const QString old = m_dir.filePath(QStringLiteral("old.dnstl"));
    QVERIFY(QFile::copy(m_path, old));
    {
        SqliteDb db(old, SqliteDb::Mode::ReadWrite);
        db.exec("DROP TABLE lookup_rollups; DROP TABLE lookup_value_counts;");
    }
    QList<BinQuery> queries;
    for (const std::optional<LookupField> &split : kSplits) {
        BinQuery q = makeQuery(std::nullopt, widthNamed("1d"), zoneNamed("America/New_York"));
        q.split = split;
        q.filters = kFilterSets[queries.size() % kFilterSets.size()];
        queries.append(q);
    }
    {
        // Read-only, as an older release left it: no rollup tables, the same tables.
        SqliteStore store(old, StoreOpenMode::ReadOnly);
        QCOMPARE(store.datasetsWithoutRollups(), (QList<qint64>{1, 2, 3, 4}));
        for (const BinQuery &q : queries) {
            const QString diff = compareView(q, store, m_decoded, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QVERIFY_THROWS_EXCEPTION(Failure, store.buildRollups({}));
    }
    SqliteStore store(old, StoreOpenMode::ReadWrite);
    QCOMPARE(store.datasetsWithoutRollups(), (QList<qint64>{1, 2, 3, 4}));
    // A cancel leaves the missing ones missing.
    QVERIFY_THROWS_EXCEPTION(Failure, store.buildRollups([](double f) { return f < 0.5; }));
    QVERIFY(!store.datasetsWithoutRollups().isEmpty());
    QList<double> progress;
    store.buildRollups([&](double f) {
        progress.append(f);
        return true;
    });
    QVERIFY(store.datasetsWithoutRollups().isEmpty());
    QVERIFY(!progress.isEmpty() && progress.back() <= 1.0);
    for (const BinQuery &q : queries) {
        const QString diff = compareView(q, store, m_decoded, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    // Built later, they are the rollups an import writes, byte for byte.
    const auto dump = [](const QString &path) {
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        QByteArray out;
        for (const char *sql : {"SELECT dataset, field, day, quote(minutes) FROM lookup_rollups ORDER BY 1, 2, 3",
                                "SELECT dataset, field, value, lookups FROM lookup_value_counts ORDER BY 1, 2, 3"}) {
            Statement st = db.prepare(sql);
            while (st.step()) {
                for (int c = 0; c < 4; ++c)
                    out += st.text(c).toUtf8() + ' ';
                out += '\n';
            }
        }
        return out;
    };
    QCOMPARE(dump(old), dump(m_path));
}

void TestStoreViews::drillDownPagesMatchAMergeOfTheColumns()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    const auto &names = *m_decoded.names;
    // Every lookup of the decoded columns in drill-down order: time, then dataset, then rowid.
    struct Row {
        qint64 ts, dataset, rowid;
        const DatasetColumns *d;
        size_t i;
    };
    std::vector<Row> rows;
    for (const DatasetColumnsPtr &d : m_decoded.datasets) {
        for (size_t i = 0; i < d->ts.size(); ++i)
            rows.push_back({d->ts[i], d->datasetId, d->firstRowid + qint64(i), d.get(), i});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.ts < b.ts; });
    const auto text = [&](const Row &r, LookupField f) {
        const quint32 id = r.d->names[size_t(nameFieldIndex(f))][r.i];
        return f == LookupField::Proto ? LookupFlags::protoValues()[id] : id == 0 ? QString() : names[id];
    };
    struct Case {
        RecordQuery query;
        std::function<bool(const Row &)> keep;
    };
    const qint64 burst = m_bursts[2];
    QList<Case> cases;
    {
        RecordQuery q;
        q.range = {burst - 4 * kHour, burst + 2 * kDay};
        cases.append({q, [](const Row &) { return true; }});
        q.datasets = {4};
        cases.append({q, [](const Row &r) { return r.dataset == 4; }});
        q.split = LookupField::Client;
        q.seriesValue = QStringLiteral("10.0.0.3");
        cases.append({q, [&text](const Row &r) {
                          return r.dataset == 4 && text(r, LookupField::Client) == QLatin1String("10.0.0.3");
                      }});
    }
    {
        RecordQuery q;
        q.range = {m_spanFrom, m_spanTo};
        q.filters = {{LookupField::Qname, QStringLiteral("*.example.com")}};
        q.split = LookupField::Proto;
        q.notIn = {QStringLiteral("dns")};
        cases.append({q, [&](const Row &r) {
                          return text(r, LookupField::Qname).endsWith(QLatin1String(".example.com")) &&
                              text(r, LookupField::Proto) == QLatin1String("mdns");
                      }});
    }
    {
        // Answers: a filter keeps a lookup when one of its answers matches, a series of a split
        // by answer when one of them is the series' value.
        const AnswerSetTable &sets = *m_decoded.answerSets;
        const auto hasAnswer = [&sets](const Row &r, const std::vector<bool> &match) {
            const auto values = sets.valuesOf(r.d->names[size_t(kAnswerColumn)][r.i]);
            return std::any_of(values.begin(), values.end(), [&](quint32 v) { return bool(match[v]); });
        };
        const std::vector<bool> cdn2 = NameGlob::matchingIds(QStringLiteral("cdn2*"), sets.values());
        const std::vector<bool> five = NameGlob::matchingIds(QStringLiteral("192.0.2.5"), sets.values());
        QVERIFY(std::count(cdn2.begin(), cdn2.end(), true) == 1 && std::count(five.begin(), five.end(), true) == 1);
        RecordQuery q;
        q.range = {m_spanFrom, m_spanTo};
        q.filters = {{LookupField::Answer, QStringLiteral("cdn2*")}};
        q.split = LookupField::Answer;
        q.seriesValue = QStringLiteral("192.0.2.5");
        cases.append({q, [=](const Row &r) { return hasAnswer(r, cdn2) && hasAnswer(r, five); }});
    }
    QRandomGenerator rng(99);
    for (Case &c : cases) {
        std::vector<const Row *> expected;
        for (const Row &r : rows) {
            if (r.ts >= c.query.range.fromUs && r.ts < c.query.range.toUs && c.keep(r))
                expected.push_back(&r);
        }
        QVERIFY(expected.size() > 100);
        for (bool descending : {false, true}) {
            c.query.descending = descending;
            QList<qint64> offsets = {0, 65'535, 65'536, qint64(expected.size()) - 7};
            for (int i = 0; i < 6; ++i)
                offsets.append(randomBelow(rng, qint64(expected.size())));
            for (qint64 offset : offsets) {
                const RecordPage page = store.records(c.query, offset, 300);
                QCOMPARE(page.total, qint64(expected.size()));
                for (qsizetype i = 0; i < page.records.size(); ++i) {
                    const qint64 at = descending ? page.total - 1 - (page.offset + i) : page.offset + i;
                    const Row &want = *expected[size_t(at)];
                    const LookupRecord &got = page.records[i];
                    QVERIFY2(got.id == want.rowid && got.dataset == want.dataset && got.tsUs == want.ts,
                             qPrintable(QStringLiteral("offset %1 row %2: rowid %3, expected %4")
                                            .arg(offset)
                                            .arg(i)
                                            .arg(got.id)
                                            .arg(want.rowid)));
                    QCOMPARE(got.client, text(want, LookupField::Client));
                    QCOMPARE(got.qname, text(want, LookupField::Qname));
                }
                QCOMPARE(page.records.size(), std::min<qsizetype>(300, page.total - page.offset));
                // The same page from a store that has counted nothing: found by walking the
                // blocks from the start (or the end), without the total unless it read to it.
                SqliteStore fresh(m_path, StoreOpenMode::ReadOnly);
                const RecordPage lazy = fresh.recordsUncounted(c.query, offset, 300);
                QVERIFY2(lazy.total == RecordPage::kUncounted || lazy.total == page.total,
                         qPrintable(QStringLiteral("offset %1: total %2").arg(offset).arg(lazy.total)));
                QCOMPARE(lazy.offset, page.offset);
                QCOMPARE(lazy.records.size(), page.records.size());
                for (qsizetype i = 0; i < page.records.size(); ++i) {
                    QVERIFY2(lazy.records[i].id == page.records[i].id &&
                                 lazy.records[i].dataset == page.records[i].dataset &&
                                 lazy.records[i].tsUs == page.records[i].tsUs,
                             qPrintable(QStringLiteral("uncounted, offset %1 row %2").arg(offset).arg(i)));
                    QCOMPARE(lazy.records[i].qname, page.records[i].qname);
                }
                if (offset + 300 > page.total && !descending)
                    QCOMPARE(lazy.total, page.total); // read to the last match
            }
        }
        // Paging through without a count, as the Records dock does before its count arrives,
        // lists every match once and ends with the total.
        SqliteStore fresh(m_path, StoreOpenMode::ReadOnly);
        c.query.descending = false;
        qint64 seen = 0;
        for (qint64 offset = 0;; offset += 20'000) {
            const RecordPage lazy = fresh.recordsUncounted(c.query, offset, 20'000);
            for (qsizetype i = 0; i < lazy.records.size(); ++i)
                QCOMPARE(lazy.records[i].id, expected[size_t(offset + i)]->rowid);
            seen += lazy.records.size();
            if (lazy.records.size() < 20'000) {
                QCOMPARE(lazy.total, qint64(expected.size()));
                break;
            }
        }
        QCOMPARE(seen, qint64(expected.size()));
    }
}

namespace {

// The in-memory engine's table for q, with the owner fields' values that the address book
// gives for the decoded columns (as the store derived them before its blocks).
BinTable expectedWithOwners(const BinQuery &q, const TimelineEngine::Input &all, const QList<AddressBookEntry> &book)
{
    TimelineEngine::Input input = store_columns::selected(all, q.datasets);
    const auto directory =
        std::make_shared<const OwnerDirectory>(std::make_shared<const AddressBook>(book), QList<MmdbDatabasePtr>{});
    OwnerFieldValues values;
    input.derived = values.derive(OwnerFieldValues::fieldsOf(q.split, q.filters), directory, input.names,
                                  input.datasets, input.answerSets);
    return TimelineEngine().bin(q, input);
}

} // namespace

void TestStoreViews::ownerSplitsAndFiltersMatchAndFollowTheAddressBook()
{
    const QString path = m_dir.filePath(QStringLiteral("owners.dnstl"));
    QVERIFY(QFile::copy(m_path, path));
    SqliteStore store(path, StoreOpenMode::ReadWrite);
    const qint64 low = store.addAddressEntry({0, QStringLiteral("10.0.0.0/30"), QStringLiteral("Low clients"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("10.0.0.5"), QStringLiteral("Five"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("8.8.8.8"), QStringLiteral("Google"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("192.168.0.0/16"), QStringLiteral("Home"), {}, {}});
    // The answers' owners: two networks of the addresses, and the CNAME targets by name and glob.
    store.addAddressEntry({0, QStringLiteral("192.0.2.0/30"), QStringLiteral("Doc low"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("192.0.2.5"), QStringLiteral("Doc five"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("cdn1.example.net"), QStringLiteral("CDN one"), {}, {}});
    store.addAddressEntry({0, QStringLiteral("*.example.net"), QStringLiteral("CDN other"), {}, {}});

    QList<BinQuery> queries;
    const qint64 burst = m_bursts[2];
    for (const char *width : {"1d", "1h", "10s"}) {
        const std::optional<TimeRange> range = QByteArray(width) == "10s"
            ? std::optional<TimeRange>(TimeRange{burst - kHour, burst + kHour})
            : std::nullopt;
        for (int variant = 0; variant < 10; ++variant) {
            BinQuery q = makeQuery(range, widthNamed(width), zoneNamed("America/New_York"));
            q.topK = 1 + variant % 3 * 2;
            switch (variant) {
            case 0:
                q.split = LookupField::ClientOwner;
                break;
            case 1:
                q.split = LookupField::ServerOwner;
                q.rankRange = store.extent({});
                break;
            case 2:
                q.split = LookupField::Qname;
                q.filters = {{LookupField::ClientOwner, QStringLiteral("Low*")}};
                break;
            case 3:
                q.split = LookupField::ClientOwner;
                q.filters = {{LookupField::ServerOwner, QStringLiteral("Google")}};
                q.datasets = {1, 4};
                break;
            case 4:
                q.split = LookupField::Client;
                q.filters = {{LookupField::ClientOwner, QStringLiteral("Five")}};
                break;
            case 5:
                q.split = LookupField::ClientOwner;
                q.filters = {{LookupField::Rcode, QStringLiteral("NOERROR")}};
                q.excludedPairs = {{QStringLiteral("10.0.0.1"), QStringLiteral("a.example.com")}};
                break;
            case 6: // several owners per lookup, lookups without answers, answers nobody labels
                q.split = LookupField::AnswerOwner;
                break;
            case 7:
                q.split = LookupField::Client;
                q.filters = {{LookupField::AnswerOwner, QStringLiteral("CDN*")}};
                break;
            case 8:
                q.split = LookupField::AnswerOwner;
                q.filters = {{LookupField::Answer, QStringLiteral("192.0.2.*")},
                             {LookupField::ClientOwner, QStringLiteral("Low*")}};
                q.rankRange = store.extent({});
                break;
            default:
                q.split = LookupField::Rcode;
                q.filters = {{LookupField::AnswerOwner, QStringLiteral("Doc*")},
                             {LookupField::AnswerOwner, QStringLiteral("*five")}};
                break;
            }
            queries.append(q);
        }
    }
    const auto check = [&](const char *when) {
        const QList<AddressBookEntry> book = store.addressBook();
        for (const BinQuery &q : std::as_const(queries)) {
            const BinTable expected = expectedWithOwners(q, m_decoded, book);
            for (bool fromLookups : {false, true}) {
                const QString diff = tableDifference(fromLookups ? store.binsFromLookups(q) : store.bins(q), expected);
                QVERIFY2(diff.isEmpty(),
                         qPrintable(QStringLiteral("%1, split %2, %3 filters%4: %5")
                                        .arg(QLatin1String(when), lookupFieldName(*q.split))
                                        .arg(q.filters.size())
                                        .arg(fromLookups ? QStringLiteral(" from the lookups") : QString(), diff)));
            }
        }
    };
    const auto seriesOf = [&](const BinQuery &q) {
        QStringList names;
        for (const BinSeries &s : store.bins(q).series)
            names.append(s.name);
        return names;
    };
    check("first book");
    if (QTest::currentTestFailed())
        return;
    BinQuery split = queries.front();
    split.topK = 10;
    const QStringList before = seriesOf(split);
    QVERIFY2(before.contains(QStringLiteral("Low clients")) && before.contains(QStringLiteral("Five")),
             qPrintable(before.join(u", ")));
    BinQuery answerSplit = split;
    answerSplit.split = LookupField::AnswerOwner;
    const QStringList answerOwners = seriesOf(answerSplit);
    QCOMPARE(answerOwners.size(), 5);
    for (const char *owner : {"Doc low", "Doc five", "CDN one", "CDN other", "(none)"})
        QVERIFY2(answerOwners.contains(QLatin1String(owner)), qPrintable(answerOwners.join(u", ")));

    // A label changed through this store: the next view has it, with the same counts.
    store.updateAddressEntry({low, QStringLiteral("10.0.0.0/30"), QStringLiteral("First clients"), {}, {}});
    const QStringList renamed = seriesOf(split);
    QVERIFY2(renamed.contains(QStringLiteral("First clients")) && !renamed.contains(QStringLiteral("Low clients")),
             qPrintable(renamed.join(u", ")));
    check("a label renamed");
    if (QTest::currentTestFailed())
        return;

    // An entry added by another connection (the address book window of another process).
    {
        SqliteStore other(path, StoreOpenMode::ReadWrite);
        other.addAddressEntry({0, QStringLiteral("10.0.0.6"), QStringLiteral("Six"), {}, {}});
    }
    QVERIFY2(seriesOf(split).contains(QStringLiteral("Six")), qPrintable(seriesOf(split).join(u", ")));
    check("an entry added elsewhere");
    if (QTest::currentTestFailed())
        return;

    // The drill-down of an owner filter and an owner series: the lookups the table counts.
    RecordQuery r;
    r.filters = {{LookupField::ServerOwner, QStringLiteral("Google")}};
    r.split = LookupField::ClientOwner;
    r.seriesValue = QStringLiteral("Six");
    BinQuery counted = makeQuery(std::nullopt, widthNamed("1d"));
    counted.filters = r.filters;
    counted.split = r.split;
    counted.topK = 10;
    const BinTable table = store.bins(counted);
    const auto six = std::find_if(table.series.begin(), table.series.end(),
                                  [](const BinSeries &s) { return s.name == QLatin1String("Six"); });
    QVERIFY(six != table.series.end() && six->total > 0);
    r.range = store.extent({});
    const RecordPage page = store.records(r, 0, 50);
    QCOMPARE(page.total, six->total);
    for (const LookupRecord &rec : page.records) {
        QCOMPARE(rec.client, QStringLiteral("10.0.0.6"));
        QCOMPARE(rec.owners[size_t(ownerFieldIndex(LookupField::ClientOwner))], QStringLiteral("Six"));
    }

    // The drill-down of an answer owner series: the lookups one of whose answers it owns, as
    // many as the series counts; and of "(none)": those without an owned answer.
    for (const char *owner : {"CDN one", "(none)"}) {
        RecordQuery a;
        a.split = LookupField::AnswerOwner;
        a.seriesValue = QLatin1String(owner);
        a.range = store.extent({});
        BinQuery all = makeQuery(std::nullopt, widthNamed("1d"));
        all.split = a.split;
        all.topK = 10;
        const BinTable owners = store.bins(all);
        const auto series = std::find_if(owners.series.begin(), owners.series.end(),
                                         [&](const BinSeries &s) { return s.name == QLatin1String(owner); });
        QVERIFY(series != owners.series.end() && series->total > 0);
        const RecordPage answered = store.records(a, 0, 50);
        QCOMPARE(answered.total, series->total);
        for (const LookupRecord &rec : answered.records) {
            const QString &text = rec.owner(LookupField::AnswerOwner);
            if (QLatin1String(owner) == QLatin1String("(none)"))
                QVERIFY2(text.isEmpty(), qPrintable(text));
            else
                QVERIFY2(text.split(QStringLiteral("; ")).contains(QLatin1String(owner)), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_store_views.moc"
