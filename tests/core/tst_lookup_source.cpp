// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_sink.h"
#include "lookup_source.h"
#include "sqlite_db.h"
#include "sqlite_store.h"
#include "store_schema.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// LookupSource over a store of two overlapping datasets of several blocks each: the block index
// is read from its own index, and the same without it.
class TstLookupSource : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theBlockIndexHasItsOwnIndex();

private:
    struct Reader {
        SqliteDb db;
        std::recursive_mutex mutex;
        LookupSource source;
        explicit Reader(const QString &path)
            : db(path, SqliteDb::Mode::ReadOnly), source(db, mutex, StoreSchema::version(db))
        {}
    };

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_datasets;
};

void TstLookupSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("source.dnstl"));
    SqliteStore store(m_path, StoreOpenMode::Create);
    QRandomGenerator rng(5);
    const qint64 start = 1'700'000'000'000'000;
    for (const auto &[name, lookups] : {std::pair{"long", 1'100'000}, std::pair{"short", 600'000}}) {
        DatasetInfo meta;
        meta.name = QString::fromLatin1(name);
        auto sink = store.beginImport(meta);
        for (int i = 0; i < lookups; ++i) {
            const qint64 t = start + qint64(i) * 1'000'000 / (lookups / 1000) + qint64(rng.bounded(1000));
            const QByteArray client = "10.0." + QByteArray::number(rng.bounded(40)) + ".1";
            const QByteArray qname = "host" + QByteArray::number(rng.bounded(500)) + ".example";
            sink->add(RawLookup{t, client, qname, i % 3 ? "A" : "AAAA", i % 11 ? "NOERROR" : "NXDOMAIN", "192.0.2.53"});
        }
        sink->commit(QStringLiteral("sha-") + meta.name, 0);
    }
    for (const DatasetInfo &d : store.datasets())
        m_datasets.append(d.id);
    Reader reader(m_path);
    QVERIFY(reader.source.index(m_datasets[0])->blocks.size() > 10);
    QVERIFY(reader.source.index(m_datasets[1])->blocks.size() > 5);
}

// A row of lookup_blocks holds a block's columns: the index is read from lookup_blocks_span,
// which a writable open makes for a store that lacks it; without it a store reads the same.
void TstLookupSource::theBlockIndexHasItsOwnIndex()
{
    const auto plan = [](const QString &path) {
        SqliteDb db(path, SqliteDb::Mode::ReadOnly);
        Statement st = db.prepare(QByteArray("EXPLAIN QUERY PLAN ") + LookupSource::kIndexSql);
        st.bind(1, qint64(1));
        QString detail;
        while (st.step())
            detail += st.text(3) + u'\n';
        return detail;
    };
    QVERIFY2(plan(m_path).contains(QLatin1String("COVERING INDEX lookup_blocks_span")), qPrintable(plan(m_path)));

    const QString copy = m_dir.filePath(QStringLiteral("without-span.dnstl"));
    {
        SqliteDb db(m_path, SqliteDb::Mode::ReadOnly);
        db.exec("VACUUM INTO '" + copy.toUtf8() + "'");
    }
    {
        SqliteDb db(copy, SqliteDb::Mode::ReadWrite);
        db.exec("DROP INDEX lookup_blocks_span");
    }
    QVERIFY(!plan(copy).contains(QLatin1String("lookup_blocks_span")));
    const auto blocksOf = [](const QString &path, qint64 dataset) {
        Reader reader(path);
        return reader.source.index(dataset)->blocks;
    };
    {
        SqliteStore readOnly(copy, StoreOpenMode::ReadOnly);
        QCOMPARE(readOnly.datasets().size(), m_datasets.size());
    }
    for (qint64 dataset : m_datasets) {
        const auto want = blocksOf(m_path, dataset), got = blocksOf(copy, dataset);
        QCOMPARE(got.size(), want.size());
        for (size_t b = 0; b < want.size(); ++b) {
            QCOMPARE(got[b].firstRowid, want[b].firstRowid);
            QCOMPARE(got[b].rows, want[b].rows);
            QCOMPARE(got[b].tsMin, want[b].tsMin);
            QCOMPARE(got[b].tsMax, want[b].tsMax);
        }
    }
    {
        SqliteStore writable(copy, StoreOpenMode::ReadWrite);
    }
    QVERIFY2(plan(copy).contains(QLatin1String("COVERING INDEX lookup_blocks_span")), qPrintable(plan(copy)));
}

QTEST_GUILESS_MAIN(TstLookupSource)
#include "tst_lookup_source.moc"
