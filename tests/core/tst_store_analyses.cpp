// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store's aggregates for the analyses (coverage's silences from the time index,
// derived series' name counts from the rollups, periodicity's pair gaps streamed from the
// blocks, and the scores from them) against the same computed from every column decoded into
// memory (ColumnAggregates: what the store computed before, each pair's times gathered whole),
// on planted_store.h's store plus a dataset of beacons that interleaves with its fourth: several gap thresholds and ranges that cut blocks, every width
// in several zones, filters the rollups serve and do not, subsets of the datasets.
#include "planted_store.h"
#include "store_columns.h"

#include "column_aggregates.h"
#include "periodicity_scorer.h"
#include "radix_sort.h"

#include <QJsonDocument>

#include <QTemporaryDir>

using namespace timeline_test;

class TestStoreAnalyses : public QObject, private RandomLookupsFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void coverageMatchesAWalkOverEveryLookup();
    void nameCountsMatchTheColumns();
    void pairGapsAndScoresMatchTheColumns();
    void radixSortSortsAsStdSort();

private:
    QList<std::optional<TimeRange>> ranges() const;
    static QList<QList<qint64>> datasetChoices() { return {{}, {1, 3, 4}, {4}, {2, 5}}; }

    QTemporaryDir m_dir;
    QString m_path;
    TimelineEngine::Input m_decoded;
    qint64 m_denseDay = 0;
};

namespace {

QString silencesDifference(const DatasetSilences &got, const DatasetSilences &expected)
{
    if (got.datasetId != expected.datasetId || got.lookups != expected.lookups)
        return QStringLiteral("dataset %1: %2 lookups, expected dataset %3 with %4")
            .arg(got.datasetId)
            .arg(got.lookups)
            .arg(expected.datasetId)
            .arg(expected.lookups);
    if (got.lookups > 0 && (got.firstUs != expected.firstUs || got.lastUs != expected.lastUs))
        return QStringLiteral("dataset %1: first/last %2/%3, expected %4/%5")
            .arg(got.datasetId)
            .arg(got.firstUs)
            .arg(got.lastUs)
            .arg(expected.firstUs)
            .arg(expected.lastUs);
    if (got.silences != expected.silences)
        return QStringLiteral("dataset %1: %2 silences, expected %3")
            .arg(got.datasetId)
            .arg(got.silences.size())
            .arg(expected.silences.size());
    return {};
}

} // namespace

void TestStoreAnalyses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    buildRandomLookups();
    m_path = m_dir.filePath(QStringLiteral("analyses.dnstl"));
    m_denseDay = planted_store::write(m_path, *this);
    // Beacons over the fourth dataset's days: fixed periods with jitter (one over 71 minutes,
    // past 32 bits of µs), an A and AAAA pair per poll, and a flood of fast lookups; all quiet
    // for 2.5 days inside a block that spans 4, so that a gap of 2 days is found in it.
    SqliteStore store(m_path, StoreOpenMode::ReadWrite);
    DatasetInfo meta;
    meta.name = QStringLiteral("beacons");
    auto sink = store.beginImport(meta);
    QRandomGenerator rng(29);
    const qint64 start = m_denseDay * kDay - kDay;
    struct Beacon {
        QByteArray client, qname;
        qint64 periodUs, jitterUs;
        int pollsPerLookup;
    };
    const Beacon beacons[] = {{"10.0.0.1", "a.example.com", 60 * kSec, 2 * kSec, 1},
                              {"10.0.0.2", "c2.example.net", 73 * kMin, 5 * kSec, 2},
                              {"10.0.0.3", "b.example.com", 300 * kSec, 0, 1},
                              {"10.0.0.9", "flood.example", 200, 50, 1}};
    std::vector<std::pair<qint64, int>> due;
    for (int b = 0; b < 4; ++b) {
        const int polls = b == 3 ? 400 : int(4 * kDay / beacons[b].periodUs);
        for (int i = 0; i < polls; ++i) {
            const qint64 t = start + i * beacons[b].periodUs + randomBelow(rng, beacons[b].jitterUs + 1);
            if (t >= start + kDay && t < start + 7 * kDay / 2)
                continue;
            for (int k = 0; k < beacons[b].pollsPerLookup; ++k)
                due.emplace_back(t + k * 300'000, b);
        }
    }
    std::sort(due.begin(), due.end());
    for (const auto &[t, b] : due)
        sink->add(RawLookup{t, beacons[b].client, beacons[b].qname, "A", "NOERROR", "8.8.8.8"});
    sink->commit(QStringLiteral("sha-beacons"), 0);
    m_decoded = store_columns::decodeAll(m_path);
    QCOMPARE(m_decoded.datasets.size(), 5);
}

QList<std::optional<TimeRange>> TestStoreAnalyses::ranges() const
{
    // All time; a stretch cutting the fourth dataset's blocks; one around a burst.
    return {std::nullopt, TimeRange{m_denseDay * kDay + 5 * kHour + 17, m_denseDay * kDay + 31 * kHour + 3},
            TimeRange{m_bursts[0] - 2 * kDay, m_bursts[0] + kHour}};
}

void TestStoreAnalyses::coverageMatchesAWalkOverEveryLookup()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    qsizetype checked = 0;
    for (qint64 gap : {kSec, kMin, kHour, 20 * kHour, 2 * kDay, 30 * kDay}) {
        for (const std::optional<TimeRange> &range : ranges()) {
            for (const QList<qint64> &ids : datasetChoices()) {
                BinQuery q;
                q.range = range;
                q.datasets = ids;
                const QList<DatasetSilences> got = store.silences(q, gap);
                const TimelineEngine::Input selected = store_columns::selected(m_decoded, ids);
                QCOMPARE(got.size(), selected.datasets.size());
                for (qsizetype k = 0; k < got.size(); ++k) {
                    const QString diff =
                        silencesDifference(got[k], ColumnAggregates::silences(*selected.datasets[k], range, gap));
                    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("gap %1 µs: %2").arg(gap).arg(diff)));
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 6 * 3 * (5 + 3 + 1 + 2));
}

void TestStoreAnalyses::nameCountsMatchTheColumns()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    QStringList failures;
    qsizetype checked = 0;
    int variant = 0;
    const TimeRange extent = store.extent({});
    for (const QTimeZone &zone : testZones()) {
        for (const BinWidth &width : BinWidth::niceWidths()) {
            for (const std::optional<TimeRange> &range : ranges()) {
                BinQuery q = makeQuery(range, width, zone);
                if (range.value_or(extent).length() / width.nominalUs() > 20'000)
                    continue; // too many bins to be quick
                q.filters = planted_store::kFilterSets[variant % planted_store::kFilterSets.size()];
                q.datasets = datasetChoices()[variant % datasetChoices().size()];
                if (variant % 5 == 3)
                    q.excludedPairs = {{QStringLiteral("10.0.0.1"), QStringLiteral("a.example.com")}};
                ++variant;
                const QnameCounts got = store.qnameCounts(q);
                QCOMPARE(got.edges, store.bins(q).edges);
                const TimelineEngine::Input selected = store_columns::selected(m_decoded, q.datasets);
                const LookupFilter filter = LookupFilter::forQuery(q, selected.names.get(), selected.answerSets.get());
                const QnameCounts expected = ColumnAggregates::qnameCounts(got.edges, selected.datasets, filter);
                if (got.distinct != expected.distinct || got.firstSeen != expected.firstSeen)
                    failures.append(QStringLiteral("%1 %2 %3: names per bin differ")
                                        .arg(zoneName(zone), width.name(),
                                             range ? QStringLiteral("range") : QStringLiteral("all")));
                ++checked;
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failureSummary(failures, checked)));
    QVERIFY(checked > 100);
}

void TestStoreAnalyses::pairGapsAndScoresMatchTheColumns()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    const auto byKey = [](const PairGaps &g) {
        QMap<quint64, const PairGaps::Pair *> out;
        for (const PairGaps::Pair &p : g.pairs)
            out.insert(quint64(p.client) << 32 | p.qname, &p);
        return out;
    };
    qsizetype checked = 0, pairs = 0;
    int variant = 0;
    for (const std::optional<TimeRange> &range : ranges()) {
        for (const QList<qint64> &ids : datasetChoices()) {
            for (qint64 minLookups : {3, 6, 500}) {
                BinQuery q;
                q.range = range;
                q.datasets = ids;
                q.filters = planted_store::kFilterSets[variant % planted_store::kFilterSets.size()];
                if (variant % 4 == 1)
                    q.excludedPairs = {{QStringLiteral("10.0.0.2"), QStringLiteral("a.example.com")}};
                ++variant;
                const QString what = QStringLiteral("variant %1 (min %2)").arg(variant).arg(minLookups);
                // Streamed from the blocks against each pair's times gathered from the columns.
                const PairGaps got = store.pairGaps(q, minLookups, {});
                const TimelineEngine::Input selected = store_columns::selected(m_decoded, ids);
                const LookupFilter filter = LookupFilter::forQuery(q, selected.names.get(), selected.answerSets.get());
                const PairTimes times =
                    ColumnAggregates::pairTimes(selected.datasets, range, filter, selected.names, minLookups);
                const PairGaps expected = PairGapsBuilder::fromTimes(times, minLookups);
                const auto a = byKey(got), b = byKey(expected);
                QVERIFY2(a.keys() == b.keys(), qPrintable(what));
                std::vector<qint64> ga, gb;
                for (auto it = a.cbegin(); it != a.cend(); ++it) {
                    const PairGaps::Pair &x = *it.value(), &y = *b.value(it.key());
                    x.expand(ga);
                    y.expand(gb);
                    QVERIFY2(x.lookups == y.lookups && x.firstPollUs == y.firstPollUs && ga == gb, qPrintable(what));
                }
                pairs += a.size();
                // And the scores, with the same names, as the store's analysis gives them.
                PeriodicityScorer::Params params;
                params.minLookups = minLookups;
                const auto json = [&](const PairGaps &g) {
                    return QJsonDocument(
                               PeriodicityScorer::toJson(*PeriodicityScorer::score(g, params), params, selected.names))
                        .toJson();
                };
                QCOMPARE(json(got), json(expected));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 3 * 4 * 3);
    QVERIFY(pairs > 100);
}

void TestStoreAnalyses::radixSortSortsAsStdSort()
{
    QRandomGenerator rng(7);
    std::vector<qint64> scratch;
    std::vector<quint32> scratch32;
    // Short and long arrays, gaps under a second to past 32 bits, ties, one value for all; the
    // 32-bit sort on those that fit.
    for (qint64 top : {qint64(1), qint64(2'000), qint64(1) << 31, qint64(1) << 32, qint64(1) << 40, qint64(1) << 62}) {
        for (size_t n : {size_t(0), size_t(5), size_t(511), size_t(512), size_t(70'000)}) {
            std::vector<qint64> v(n);
            for (qint64 &x : v)
                x = randomBelow(rng, top);
            std::vector<qint64> expected = v;
            std::sort(expected.begin(), expected.end());
            if (top <= qint64(1) << 32) {
                std::vector<quint32> narrow(v.begin(), v.end());
                RadixSort::sortUnsigned(narrow, scratch32);
                QVERIFY2(std::equal(narrow.begin(), narrow.end(), expected.begin(), expected.end()),
                         qPrintable(QStringLiteral("%1 32-bit values below %2").arg(n).arg(top)));
            }
            RadixSort::sortNonNegative(v, scratch);
            QVERIFY2(v == expected, qPrintable(QStringLiteral("%1 values below %2").arg(n).arg(top)));
        }
    }
}

QTEST_GUILESS_MAIN(TestStoreAnalyses)
#include "tst_store_analyses.moc"
