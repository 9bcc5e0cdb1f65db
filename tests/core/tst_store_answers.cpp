// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Answers and TTLs in the store (schema version 5): the stored form of an answer set, the
// lookup_blocks codec, the writer (interning, with and without the sorter spilling), drill-down
// records, and the migration of version 4 and 3 stores (read-only: served as they are; writable:
// migrated without touching the lookups).
#include "answer_set_text.h"
#include "column_codec.h"
#include "dataset_writer.h"
#include "sqlite_store.h"
#include "store_columns.h"
#include "store_downgrade.h"
#include "store_schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <vector>

namespace {

constexpr qint64 kStartUs = 1'700'000'000'000'000;

RecordQuery everything()
{
    RecordQuery q;
    q.range = {0, std::numeric_limits<qint64>::max()};
    return q;
}

// Lookup i (< 600) of the test datasets: every other one has no answers; the others a CNAME
// and an A record whose TTLs count down with i (so that they share one set), for one of three
// names.
struct TestLookup {
    QByteArray qname, target, address;
    std::vector<RawAnswer> answers;
    RawLookup lookup;
    TestLookup(int i)
    {
        qname = "www" + QByteArray::number(i % 3) + ".example.com";
        target = "cdn" + QByteArray::number(i % 3) + ".example.net";
        address = "192.0.2." + QByteArray::number(i % 3 + 1);
        if (i % 2)
            answers = {{"CNAME", target, 86400 - i}, {"A", address, 600 - i}};
        lookup.tsUs = kStartUs + qint64(i) * 1'000'000;
        lookup.client = "10.0.0.1";
        lookup.qname = qname;
        lookup.qtype = "A";
        lookup.answers = answers;
    }
};

} // namespace

class TestStoreAnswers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // n lookups one second apart (TestLookup), given in reverse time order.
    DatasetInfo writeDataset(const QString &path, int n, DatasetWriter::Options options = {})
    {
        DatasetInfo meta;
        meta.name = QStringLiteral("answers");
        DatasetWriter writer(path, meta, options);
        for (int i = n - 1; i >= 0; --i) {
            const TestLookup t(i);
            writer.add(t.lookup);
        }
        return writer.commit(QString(), 0);
    }

    static QList<LookupAnswer> expectedAnswers(int i)
    {
        const TestLookup t(i);
        QList<LookupAnswer> out;
        for (const RawAnswer &a : t.answers)
            out.append({QString::fromUtf8(a.type), QString::fromUtf8(a.rdata), a.ttl});
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storedFormKeepsTtlsAsOffsetsFromTheFirst()
    {
        const std::vector<RawAnswer> answers = {{"CNAME", "b.example", 300}, {"A", "192.0.2.1", 20}};
        QByteArray text;
        QCOMPARE(AnswerSetText::append(text, answers), 300u);
        QCOMPARE(text, QByteArray("CNAME\t0\tb.example\nA\t-280\t192.0.2.1"));
        const std::vector<RawAnswer> older = {{"CNAME", "b.example", 299}, {"A", "192.0.2.1", 19}};
        QByteArray same;
        QCOMPARE(AnswerSetText::append(same, older), 299u);
        QCOMPARE(same, text); // a cache's countdown does not make a new set
        const QList<LookupAnswer> back = AnswerSetText::answers(text, 299);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0], (LookupAnswer{QStringLiteral("CNAME"), QStringLiteral("b.example"), 299}));
        QCOMPARE(back[1], (LookupAnswer{QStringLiteral("A"), QStringLiteral("192.0.2.1"), 19}));
        QCOMPARE(AnswerSetText::display(back), QStringLiteral("CNAME 299 b.example; A 19 192.0.2.1"));
    }

    void storedFormMarksUnknownTypesAndTtlsAndEscapesControlCharacters()
    {
        const std::vector<RawAnswer> answers = {{"", "a\tb\nc", -1}, {"TXT", "\"x\"", 5000000000}};
        QByteArray text;
        QCOMPARE(AnswerSetText::append(text, answers), 0xFFFFFFFFu); // the first known TTL, cut to 32 bits
        QCOMPARE(text, QByteArray("\t\ta\\009b\\010c\nTXT\t0\t\"x\""));
        const QList<LookupAnswer> back = AnswerSetText::answers(text, 0xFFFFFFFFu);
        QCOMPARE(back[0], (LookupAnswer{QString(), QStringLiteral("a\\009b\\010c"), -1}));
        QCOMPARE(back[1].ttl, 0xFFFFFFFFll);
        QCOMPARE(AnswerSetText::display(back), QStringLiteral("- - a\\009b\\010c; TXT 4294967295 \"x\""));
        QByteArray none;
        QCOMPARE(AnswerSetText::append(none, {}), 0u);
        QVERIFY(none.isEmpty());
    }

    void codecRoundTripsAnswerIdsAndTtls()
    {
        std::vector<LookupRow> rows(70000);
        QVERIFY(ColumnCodec::encodeAnswers(rows).isEmpty()); // no answers: no bytes
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].answers = i % 4 ? quint32(i % 300) : 0;
            rows[i].answerTtl = quint32(300 + i % 2);
        }
        rows[5].answers = 0xFFFFFFFFu;
        rows[5].answerTtl = 0xFFFFFFFFu;
        const QByteArray blob = ColumnCodec::encodeAnswers(rows);
        QCOMPARE(blob[0], char(1));
        QVERIFY(blob.size() < qsizetype(rows.size())); // repeated ids and TTLs deflate well
        std::vector<quint32> ids(rows.size(), 99), ttls(rows.size(), 99);
        QVERIFY(ColumnCodec::decodeAnswers(blob, ids.data(), ttls.data(), qsizetype(rows.size())));
        for (size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(ids[i], rows[i].answers);
            QCOMPARE(ttls[i], rows[i].answers ? rows[i].answerTtl : 0u);
        }
        QVERIFY(ColumnCodec::decodeAnswers(blob, ids.data(), nullptr, qsizetype(rows.size())));
    }

    void codecRejectsDamagedAnswers()
    {
        std::vector<LookupRow> rows(100);
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].answers = quint32(i + 1);
            rows[i].answerTtl = 300;
        }
        const QByteArray blob = ColumnCodec::encodeAnswers(rows);
        std::vector<quint32> ids(200), ttls(200);
        QVERIFY(ColumnCodec::decodeAnswers(blob, ids.data(), ttls.data(), 100));
        QVERIFY(!ColumnCodec::decodeAnswers(blob, ids.data(), ttls.data(), 99));  // one row short
        QVERIFY(!ColumnCodec::decodeAnswers(blob, ids.data(), ttls.data(), 101)); // one row more
        QVERIFY(!ColumnCodec::decodeAnswers(blob.left(blob.size() - 3), ids.data(), ttls.data(), 100));
        QByteArray tag = blob;
        tag[0] = 2;
        QVERIFY(!ColumnCodec::decodeAnswers(tag, ids.data(), ttls.data(), 100));
        QByteArray flipped = blob;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x55);
        QVERIFY(!ColumnCodec::decodeAnswers(flipped, ids.data(), ttls.data(), 100));
        // A length claiming more than a block of 100 rows can hold is refused before inflating.
        QVERIFY(
            !ColumnCodec::decodeAnswers(QByteArray::fromHex("01ffff03") + blob.mid(3), ids.data(), ttls.data(), 100));
    }

    void storesAndReadsAnswers_data()
    {
        QTest::addColumn<int>("sortChunkRows");
        QTest::newRow("in memory") << (1 << 18);
        QTest::newRow("spilling") << 64; // the reversed input spills; rows are re-read from their blocks
    }

    void storesAndReadsAnswers()
    {
        QFETCH(int, sortChunkRows);
        const QString path = m_dir.filePath(QStringLiteral("answers-%1.dnstl").arg(sortChunkRows));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        const int n = 600;
        QCOMPARE(writeDataset(path, n, {qsizetype(sortChunkRows)}).records, n);
        {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            // Three names, each with one set: the TTLs count down together.
            QCOMPARE(db.queryInt("SELECT count(*) FROM answer_sets"), 3);
            QCOMPARE(db.queryInt("SELECT count(*) FROM answer_sets WHERE answers = "
                                 "'CNAME' || char(9) || '0' || char(9) || 'cdn1.example.net' || char(10) ||"
                                 " 'A' || char(9) || '-85800' || char(9) || '192.0.2.2'"),
                     1);
        }
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        const RecordPage page = store.records(everything(), 0, n);
        QCOMPARE(page.total, n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(page.records[i].answers, expectedAnswers(i));
        // A page from the middle reads the answers of its own rows.
        const RecordPage middle = store.records(everything(), 501, 3);
        QCOMPARE(middle.records[0].answers, expectedAnswers(501));
        QCOMPARE(middle.records[1].answers, expectedAnswers(502));
        // The engine's answer column: the set of each lookup, 0 without answers.
        const DatasetColumnsPtr columns = store_columns::decodeAll(path).datasets.front();
        const AnswerSetTablePtr sets = store.answerSets();
        QCOMPARE(sets->size(), size_t(4));
        for (int i = 0; i < n; ++i) {
            const quint32 set = columns->names[kAnswerColumn][size_t(i)];
            QCOMPARE(set == 0, i % 2 == 0);
            if (set)
                QCOMPARE(sets->values()[sets->valuesOf(set)[1]], QString::fromLatin1(TestLookup(i).address));
        }
    }

    // `answer` keeps a lookup when any of its answers matches, and a split counts a lookup once
    // under each of its distinct answers and once in "other": drill-down lists the same lookups.
    void filtersAndSplitsByAnswer()
    {
        const QString path = m_dir.filePath(QStringLiteral("views.dnstl"));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        writeDataset(path, 600);
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        const auto count = [&](const QString &glob) {
            BinQuery q;
            q.filters = {{LookupField::Answer, glob}};
            const BinTable t = store.bins(q);
            return t.series.isEmpty() ? 0 : t.series.front().total;
        };
        QCOMPARE(count(QStringLiteral("192.0.2.1")), 100); // odd i with i % 3 == 0
        QCOMPARE(count(QStringLiteral("CDN*")), 300);      // case-insensitive, every lookup with answers
        QCOMPARE(count(QStringLiteral("*")), 600);         // "*" also keeps lookups without answers
        QCOMPARE(count(QStringLiteral("192.0.2.9")), 0);

        BinQuery split;
        split.split = LookupField::Answer;
        BinTable t = store.bins(split);
        QStringList names;
        QList<qint64> totals;
        for (const BinSeries &s : t.series)
            names.append(s.name), totals.append(s.total);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("(none)"), QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2"),
                              QStringLiteral("192.0.2.3"), QStringLiteral("cdn0.example.net"),
                              QStringLiteral("cdn1.example.net"), QStringLiteral("cdn2.example.net")}));
        QCOMPARE(totals, (QList<qint64>{300, 100, 100, 100, 100, 100, 100})); // 900 for 600 lookups
        split.topK = 2;
        t = store.bins(split);
        QCOMPARE(t.series.size(), 3);
        QCOMPARE(t.series[2].name, QStringLiteral("other"));
        QCOMPARE(t.series[2].total, 300); // each answered lookup once, though it has two other answers

        RecordQuery records = everything();
        records.split = LookupField::Answer;
        records.seriesValue = QStringLiteral("192.0.2.2");
        RecordPage page = store.records(records, 0, 1000);
        QCOMPARE(page.total, 100);
        for (const LookupRecord &r : page.records)
            QCOMPARE(r.answers.value(1).rdata, QStringLiteral("192.0.2.2"));
        records.seriesValue = QStringLiteral("(none)");
        QCOMPARE(store.records(records, 0, 1).total, 300);
        records.seriesValue.reset();
        records.notIn = {QStringLiteral("(none)"), QStringLiteral("192.0.2.1")}; // "other" of the top 2
        QCOMPARE(store.records(records, 0, 1).total, t.series[2].total);
        RecordQuery filtered = everything();
        filtered.filters = {{LookupField::Answer, QStringLiteral("cdn2.*")}};
        page = store.records(filtered, 0, 1000);
        QCOMPARE(page.total, 100);
        QCOMPARE(page.records.front().answers.front().rdata, QStringLiteral("cdn2.example.net"));
    }

    void secondImportReusesStoredSets()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.dnstl"));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        writeDataset(path, 100);
        writeDataset(path, 100);
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        QCOMPARE(db.queryInt("SELECT count(*) FROM answer_sets"), 3);
        QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_blocks WHERE answers IS NOT NULL"), 2);
    }

    // A version 4 store (recurring events, no answers) or a version 3 one opened read-only keeps
    // its version and reads every lookup without answers; opened for writing it becomes version
    // 5 (a version 3 store through both steps) with its lookups and blocks unchanged.
    void migratesOlderStores_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("version 4") << 4;
        QTest::newRow("version 3") << 3;
    }

    void migratesOlderStores()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("v%1.dnstl").arg(from));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        writeDataset(path, 300);
        QVERIFY(from == 4 ? downgradeToVersion4(path) : downgradeToVersion3(path));
        qint64 lookupsBefore = 0;
        QByteArray blocksBefore;
        {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            lookupsBefore = db.queryInt("SELECT count(*) FROM lookups");
            Statement st = db.prepare("SELECT ts || client || qname FROM lookup_blocks");
            QVERIFY(st.step());
            blocksBefore = st.blob(0).toByteArray();
        }
        {
            SqliteStore store(path, StoreOpenMode::ReadOnly);
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), from);
            const RecordPage page = store.records(everything(), 0, 300);
            QCOMPARE(page.total, 300);
            QVERIFY(std::all_of(page.records.begin(), page.records.end(),
                                [](const LookupRecord &r) { return r.answers.isEmpty(); }));
            QCOMPARE(page.records[1].qname, QStringLiteral("www1.example.com"));
            const DatasetColumnsPtr columns = store_columns::decodeAll(path).datasets.front();
            QCOMPARE(columns->names[kAnswerColumn], std::vector<quint32>(300, 0));
        }
        {
            SqliteStore store(path, StoreOpenMode::ReadWrite);
            QCOMPARE(store.datasets().size(), 1);
        }
        {
            SqliteDb db(path, SqliteDb::Mode::ReadOnly);
            QCOMPARE(StoreSchema::version(db), StoreSchema::kVersion);
            QCOMPARE(db.queryInt("SELECT count(*) FROM answer_sets"), 0);
            QCOMPARE(db.queryInt("SELECT count(*) FROM address_book"), 0);
            QCOMPARE(db.queryInt("SELECT count(*) FROM event_series"), 0);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookups"), lookupsBefore);
            QCOMPARE(db.queryInt("SELECT count(*) FROM lookup_blocks WHERE answers IS NULL"), 1);
            Statement st = db.prepare("SELECT ts || client || qname FROM lookup_blocks");
            QVERIFY(st.step());
            QCOMPARE(st.blob(0).toByteArray(), blocksBefore);
        }
        writeDataset(path, 30);
        SqliteStore store(path, StoreOpenMode::ReadOnly);
        RecordQuery second = everything();
        second.datasets = {store.datasets().back().id};
        const RecordPage page = store.records(second, 0, 30);
        QCOMPARE(page.records[7].answers, expectedAnswers(7));
        second.datasets = {store.datasets().front().id};
        QVERIFY(store.records(second, 7, 1).records.front().answers.isEmpty());
    }

    void refusesNewerStores()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.dnstl"));
        {
            SqliteStore create(path, StoreOpenMode::Create);
        }
        {
            SqliteDb db(path, SqliteDb::Mode::ReadWrite);
            db.exec("PRAGMA user_version = " + QByteArray::number(StoreSchema::kVersion + 1) +
                    "; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        for (StoreOpenMode mode : {StoreOpenMode::ReadOnly, StoreOpenMode::ReadWrite}) {
            try {
                SqliteStore store(path, mode);
                QFAIL("a store of a newer version opened");
            } catch (const Failure &error) {
                QVERIFY2(error.message().contains(QLatin1String("newer")), qPrintable(error.message()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreAnswers)
#include "tst_store_answers.moc"
