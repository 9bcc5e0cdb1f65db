// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Periodicity's pair gaps from the SQLite store's blocks (PairGapsScan: slices of blocks
// grouped by pair on worker threads) against the brute force from each pair's times gathered
// whole from every column decoded into memory (ColumnAggregates::pairTimes), and the scores
// from both: a random store of four multi-block datasets, two overlapping in time, one after
// them and one of whole-second times that starts where the third ends (blocks that share a
// boundary time); every choice of datasets, ranges that cut blocks, filters and exclusions,
// slices cut small and large; the pairs taken in shares (one pass each, as periodicity does
// over more lookups than its memory budget) against the same brute force.
#include "store_columns.h"
#include "timeline_test_support.h"

#include "analysis_source.h"
#include "column_aggregates.h"
#include "failure.h"
#include "pair_gaps_builder.h"
#include "pair_gaps_scan.h"
#include "periodicity_scorer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace timeline_test;

class TestPairGapsScan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void slicesFollowOneAnotherInTimeAndHoldEveryLookupOnce();
    void gapsAndScoresMatchTheBruteForceFromTimes();
    void stopsWhenWalkedSaysSo();
    void sharesOfThePairsTogetherGiveTheBruteForceGapsAndScores();
    void aSmallGapBudgetScoresInSharesWithTheSameResult();

private:
    QTemporaryDir m_dir;
    QString m_path;
    TimelineEngine::Input m_decoded;
    qint64 m_start = 0;
};

namespace {

constexpr TimeRange kAllTime{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};

QByteArray clientOf(int i)
{
    return "10.0.0." + QByteArray::number(i);
}
QByteArray qnameOf(int i)
{
    return "n" + QByteArray::number(i) + ".example.com";
}

// A store reader of the kind SqliteStore keeps, over the file.
struct Source {
    explicit Source(const QString &path)
        : db(path, SqliteDb::Mode::ReadOnly), source(db, mutex, int(db.queryInt("PRAGMA user_version")))
    {}
    SqliteDb db;
    std::recursive_mutex mutex;
    LookupSource source;
};

QString pairGapsDifference(const PairGaps &got, const PairGaps &expected)
{
    const auto byKey = [](const PairGaps &g) {
        QMap<quint64, const PairGaps::Pair *> out;
        for (const PairGaps::Pair &p : g.pairs)
            out.insert(quint64(p.client) << 32 | p.qname, &p);
        return out;
    };
    const auto a = byKey(got), b = byKey(expected);
    if (a.keys() != b.keys())
        return QStringLiteral("%1 pairs, expected %2").arg(a.size()).arg(b.size());
    std::vector<qint64> ga, gb;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const PairGaps::Pair &x = *it.value(), &y = *b.value(it.key());
        x.expand(ga);
        y.expand(gb);
        if (x.lookups != y.lookups || x.firstPollUs != y.firstPollUs || ga != gb)
            return QStringLiteral("pair %1/%2: %3 lookups, %4 gaps; expected %5, %6")
                .arg(x.client)
                .arg(x.qname)
                .arg(x.lookups)
                .arg(ga.size())
                .arg(y.lookups)
                .arg(gb.size());
    }
    return {};
}

} // namespace

void TestPairGapsScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("gaps.dnstl"));
    SqliteStore store(m_path, StoreOpenMode::Create);
    QRandomGenerator rng(17);
    m_start = 1'700'006'400 * kSec;
    // name, first, span, lookups, whole seconds
    struct Plan {
        const char *name;
        qint64 fromUs, spanUs;
        int lookups;
        bool wholeSeconds;
    };
    const Plan plans[] = {{"first", m_start, 6 * kDay, 150'000, false},
                          {"overlapping", m_start + 2 * kDay, 2 * kDay, 100'000, false},
                          {"after", m_start + 8 * kDay, kDay, 80'000, false},
                          {"seconds", m_start + 9 * kDay, 2 * kHour, 140'000, true}};
    for (const Plan &plan : plans) {
        DatasetInfo meta;
        meta.name = QString::fromLatin1(plan.name);
        auto sink = store.beginImport(meta);
        std::vector<std::pair<qint64, int>> due; // time, pair (client * 16 + qname)
        for (int i = 0; i < plan.lookups; ++i) {
            // Beacons (pairs 0–3, each its own period with jitter, sometimes an A and AAAA 0.3 s
            // apart), then pairs of random lookups, some with only a few.
            const int pair = i % 10 < 4 ? i % 10 : 4 + int(randomBelow(rng, i % 97 == 0 ? 160 : 60));
            qint64 t = plan.fromUs + randomBelow(rng, plan.spanUs);
            if (pair < 4) {
                const qint64 period = (pair + 1) * 37 * kSec;
                t = plan.fromUs + (qint64(i / 10) * period + randomBelow(rng, 2 * kSec)) % plan.spanUs;
                if (i % 7 == 0)
                    due.emplace_back(std::min(t + 300'000, plan.fromUs + plan.spanUs - 1), pair);
            }
            due.emplace_back(t, pair);
        }
        if (plan.wholeSeconds) {
            for (auto &d : due)
                d.first -= d.first % kSec;
        }
        for (const auto &[t, pair] : due)
            sink->add(RawLookup{t, clientOf(pair / 16), qnameOf(pair % 16), "A", "NOERROR", "192.0.2.53"});
        sink->commit(QStringLiteral("sha-") + meta.name, 0);
    }
    m_decoded = store_columns::decodeAll(m_path);
    QCOMPARE(m_decoded.datasets.size(), 4);
    for (const DatasetColumnsPtr &d : m_decoded.datasets)
        QVERIFY(d->ts.size() > 65'536); // several blocks each
}

void TestPairGapsScan::slicesFollowOneAnotherInTimeAndHoldEveryLookupOnce()
{
    Source s(m_path);
    const QList<qint64> ids{1, 2, 3, 4};
    const TimeRange cut{m_start + kDay + 17, m_start + 9 * kDay + kHour};
    for (const TimeRange &range : {kAllTime, cut}) {
        for (qint64 sliceRows : {qint64(1), qint64(100'000), PairGapsScan::kSliceRows}) {
            const auto slices = PairGapsScan::slices(s.source, ids, range, sliceRows);
            qint64 rows = 0, previousLast = std::numeric_limits<qint64>::min();
            int shared = 0, follows = 0;
            for (const auto &slice : slices) {
                qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
                for (const PairGapsScan::Piece &p : slice) {
                    const DatasetColumnsPtr block = s.source.block(p.datasetId, p.block, {});
                    const qint64 lastBefore = last; // of the slice's pieces before this one
                    for (qint64 t : block->ts) {
                        if (t >= std::max(p.fromUs, range.fromUs) && t < std::min(p.toUs, range.toUs)) {
                            ++rows;
                            first = std::min(first, t);
                            last = std::max(last, t);
                            // A piece said to follow has no row before those of the pieces before it.
                            QVERIFY(!p.follows || t >= lastBefore);
                        }
                    }
                    follows += p.follows ? 1 : 0;
                    shared += p.shared ? 1 : 0;
                }
                QVERIFY2(first >= previousLast, qPrintable(QStringLiteral("slice starts before the last ends")));
                previousLast = std::max(previousLast, last);
            }
            qint64 expected = 0;
            for (const DatasetColumnsPtr &d : m_decoded.datasets)
                expected += std::lower_bound(d->ts.begin(), d->ts.end(), range.toUs) -
                    std::lower_bound(d->ts.begin(), d->ts.end(), range.fromUs);
            QCOMPARE(rows, expected);
            // Small slices cut the overlapping datasets' blocks; the default keeps them whole and
            // merges blocks that follow one another.
            if (sliceRows == 1)
                QVERIFY(shared > 0);
            if (sliceRows == PairGapsScan::kSliceRows)
                QVERIFY(follows > 0);
        }
    }
}

void TestPairGapsScan::gapsAndScoresMatchTheBruteForceFromTimes()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    const QList<QList<qint64>> datasetChoices{{}, {1, 2}, {2}, {3, 4}, {1, 3}};
    const QList<std::optional<TimeRange>> ranges{
        std::nullopt, TimeRange{m_start + 2 * kDay + 5 * kHour + 17, m_start + 9 * kDay + kHour + 3}};
    const QList<QList<FieldFilter>> filters{{}, {{LookupField::Qname, QStringLiteral("n[0-7].*")}}};
    int checked = 0, pairs = 0;
    for (const QList<qint64> &ids : datasetChoices) {
        for (const std::optional<TimeRange> &range : ranges) {
            for (int f = 0; f < 3; ++f) {
                for (qint64 minLookups : {2, 6}) {
                    BinQuery q;
                    q.datasets = ids;
                    q.range = range;
                    q.filters = filters[f % 2];
                    if (f == 2)
                        q.excludedPairs = {{QString::fromLatin1(clientOf(0)), QString::fromLatin1(qnameOf(1))}};
                    const QString what = QStringLiteral("datasets %1, range %2, filter %3, min %4")
                                             .arg(ids.size())
                                             .arg(range.has_value())
                                             .arg(f)
                                             .arg(minLookups);
                    const PairGaps got = store.pairGaps(q, minLookups, {});
                    const TimelineEngine::Input selected = store_columns::selected(m_decoded, ids);
                    const LookupFilter filter =
                        LookupFilter::forQuery(q, selected.names.get(), selected.answerSets.get());
                    const PairGaps expected = PairGapsBuilder::fromTimes(
                        ColumnAggregates::pairTimes(selected.datasets, range, filter, selected.names, minLookups),
                        minLookups);
                    const QString difference = pairGapsDifference(got, expected);
                    QVERIFY2(difference.isEmpty(), qPrintable(what + QStringLiteral(": ") + difference));
                    PeriodicityScorer::Params params;
                    params.minLookups = minLookups;
                    params.top = 8;
                    const auto json = [&](const PairGaps &g) {
                        return QJsonDocument(PeriodicityScorer::toJson(*PeriodicityScorer::score(g, params), params,
                                                                       selected.names))
                            .toJson();
                    };
                    QCOMPARE(json(got), json(expected));
                    pairs += int(got.pairs.size());
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, 5 * 2 * 3 * 2);
    QVERIFY(pairs > 1000);
    // Slices cut to single blocks give the same gaps as whole ones.
    Source s(m_path);
    const QList<int> columns{nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)};
    const PairGaps whole = PairGapsScan::run(s.source, {1, 2, 3, 4}, kAllTime, columns, {}, store.names(), 3, {});
    const PairGaps cut = PairGapsScan::run(s.source, {1, 2, 3, 4}, kAllTime, columns, {}, store.names(), 3, {}, {}, 1);
    QVERIFY(!whole.pairs.empty());
    const QString difference = pairGapsDifference(cut, whole);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestPairGapsScan::stopsWhenWalkedSaysSo()
{
    Source s(m_path);
    const QList<int> columns{nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)};
    qint64 calls = 0;
    try {
        PairGapsScan::run(
            s.source, {1, 2, 3, 4}, kAllTime, columns, {}, nullptr, 3, [&](qint64) { return ++calls < 3; }, {},
            1); // a slice a block at least
        QFAIL("the scan went on after walked() said to stop");
    } catch (const Failure &f) {
        QCOMPARE(f.kind(), Failure::Kind::Cancelled);
    }
    QCOMPARE(calls, 3);
}

void TestPairGapsScan::sharesOfThePairsTogetherGiveTheBruteForceGapsAndScores()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    Source s(m_path);
    const auto all = store.names();
    const QList<QList<qint64>> datasetChoices{{1, 2, 3, 4}, {1, 2}};
    const QList<std::optional<TimeRange>> ranges{
        std::nullopt, TimeRange{m_start + 2 * kDay + 5 * kHour + 17, m_start + 9 * kDay + kHour + 3}};
    const QList<QList<FieldFilter>> filters{{}, {{LookupField::Qname, QStringLiteral("n[0-7].*")}}};
    PeriodicityScorer::Params params;
    params.minLookups = 3;
    params.top = 8;
    params.automatedAt = 0.55; // some pairs of random lookups too: a longer list to merge
    int automated = 0;
    for (const QList<qint64> &ids : datasetChoices) {
        for (const std::optional<TimeRange> &range : ranges) {
            for (const QList<FieldFilter> &where : filters) {
                BinQuery q;
                q.datasets = ids;
                q.range = range;
                q.filters = where;
                const TimelineEngine::Input selected = store_columns::selected(m_decoded, ids);
                const LookupFilter filter = LookupFilter::forQuery(q, selected.names.get(), selected.answerSets.get());
                const PairGaps expected = PairGapsBuilder::fromTimes(
                    ColumnAggregates::pairTimes(selected.datasets, range, filter, selected.names, params.minLookups),
                    params.minLookups);
                const QByteArray expectedJson =
                    QJsonDocument(PeriodicityScorer::toJson(*PeriodicityScorer::score(expected, params), params, all))
                        .toJson();
                automated += int(PeriodicityScorer::score(expected, params)->automated.size());
                const QList<int> columns = LookupFilter::neededColumns(
                    q, {nameFieldIndex(LookupField::Client), nameFieldIndex(LookupField::Qname)});
                for (int count : {1, 2, 7}) {
                    const QString what = QStringLiteral("datasets %1, range %2, filter %3, %4 shares")
                                             .arg(ids.size())
                                             .arg(range.has_value())
                                             .arg(where.size())
                                             .arg(count);
                    PairGaps together;
                    std::vector<PeriodicityScorer::Result> scored;
                    for (int k = 0; k < count; ++k) {
                        PairGaps share = PairGapsScan::run(s.source, ids, range.value_or(kAllTime), columns, filter,
                                                           all, params.minLookups, {}, PairShare{k, count});
                        for (const PairGaps::Pair &p : share.pairs)
                            QVERIFY2(PairShare({k, count}).holds(p.client, p.qname), qPrintable(what));
                        // Only this share's pairs: with more than one share, fewer than all.
                        if (count > 1)
                            QVERIFY2(share.pairs.size() < expected.pairs.size(), qPrintable(what));
                        scored.push_back(*PeriodicityScorer::score(share, params));
                        for (PairGaps::Pair &p : share.pairs)
                            together.pairs.push_back(std::move(p));
                    }
                    const QString difference = pairGapsDifference(together, expected);
                    QVERIFY2(difference.isEmpty(), qPrintable(what + QStringLiteral(": ") + difference));
                    QCOMPARE(QJsonDocument(
                                 PeriodicityScorer::toJson(PeriodicityScorer::merge(scored, params, all), params, all))
                                 .toJson(),
                             expectedJson);
                }
            }
        }
    }
    QVERIFY(automated > 0); // the beacons are found, so their order in the merge is checked too
}

void TestPairGapsScan::aSmallGapBudgetScoresInSharesWithTheSameResult()
{
    SqliteStore store(m_path, StoreOpenMode::ReadOnly);
    BinQuery view;
    view.filters = {{LookupField::Client, QStringLiteral("10.0.0.0")}};
    qint64 lookups = 0;
    for (const DatasetColumnsPtr &d : m_decoded.datasets)
        lookups += qint64(d->ts.size());
    // A budget of a third of the lookups' 4 bytes: three shares, each handed over once.
    const qint64 budget = 4 * lookups / 3 + 1;
    QCOMPARE(PairGapsScan::shares(lookups, budget), 3);
    QList<int> handed;
    qint64 pairs = 0;
    store.pairGapsByShare(view, 6, budget, {}, [&](PairGaps &&gaps, const PairShare &share) {
        QCOMPARE(share.count, 3);
        handed.append(share.index);
        pairs += qint64(gaps.pairs.size());
    });
    QCOMPARE(handed, QList<int>({0, 1, 2}));
    QCOMPARE(pairs, qint64(store.pairGaps(view, 6, {}).pairs.size()));
    // The analysis under that budget: the same result, and progress over every share up to 1.
    PeriodicityScorer::Params whole, small;
    small.gapBudgetBytes = budget;
    small.top = whole.top = 5;
    AnalysisSource source(store);
    const auto json = [&](const PeriodicityScorer::Params &params, QList<double> *reported) {
        const auto found = source.periodicity(view, params, [&](double f) {
            if (reported)
                reported->append(f);
            return true;
        });
        return QJsonDocument(PeriodicityScorer::toJson(found->result, params, found->names)).toJson();
    };
    QList<double> reported;
    QCOMPARE(json(small, &reported), json(whole, nullptr));
    QVERIFY(reported.size() > 3);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QCOMPARE(reported.last(), 1.0);
    // Cancelled in the second share's scan: nothing.
    int calls = 0;
    QVERIFY(!source.periodicity(view, small, [&](double f) { return f < 0.4 || ++calls < 2; }));
}

QTEST_GUILESS_MAIN(TestPairGapsScan)
#include "tst_pair_gaps_scan.moc"
