// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PeriodicityScorer tells a jittered beacon from Poisson lookups.
#include "periodicity_scorer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
constexpr qint64 kSec = 1'000'000;
constexpr size_t kClient = 0, kQname = 1;

// Pair (1, 10): every 300 s ± 3 s. Pair (2, 20): Poisson, mean gap 300 s. Pair (3, 30): 3 lookups.
DatasetColumnsPtr plantedPairs()
{
    QRandomGenerator rng(5);
    std::vector<std::tuple<qint64, quint32, quint32>> rows;
    qint64 t = 0;
    for (int i = 0; i < 2000; ++i, t += 300 * kSec + qint64(rng.bounded(6 * kSec)) - 3 * kSec)
        rows.emplace_back(t, 1, 10);
    t = 0;
    for (int i = 0; i < 2000; ++i, t += qint64(-std::log(1.0 - rng.generateDouble()) * 300 * kSec))
        rows.emplace_back(t, 2, 20);
    for (int i = 0; i < 3; ++i)
        rows.emplace_back(i * 1000 * kSec, 3, 30);
    std::sort(rows.begin(), rows.end());
    auto d = std::make_shared<DatasetColumns>();
    d->names[kClient].resize(rows.size());
    d->names[kQname].resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        d->ts.push_back(std::get<0>(rows[i]));
        d->names[kClient][i] = std::get<1>(rows[i]);
        d->names[kQname][i] = std::get<2>(rows[i]);
    }
    return d;
}

// One pair's lookup times as the store hands them to the scorer.
PairTimes onePair(const std::vector<qint64> &times)
{
    PairTimes p;
    p.names = std::make_shared<std::vector<QString>>(
        std::vector<QString>{QString(), QStringLiteral("10.0.0.1"), QStringLiteral("x.example")});
    p.times = times;
    p.pairs.push_back({1, 2, 0, qint64(times.size())});
    return p;
}

// RITA's published timestamp parts (rita-legacy pkg/beacon, analyzer.go and its Readme):
// 1 − |Bowley skew| with the skew read as 0 when the median equals a quartile, and
// max(0, 1 − MADM/30 s), on the sorted gaps, quartiles by index rounding.
std::pair<double, double> ritaParts(const std::vector<qint64> &times)
{
    std::vector<qint64> gaps;
    for (size_t i = 1; i < times.size(); ++i)
        gaps.push_back(times[i] - times[i - 1]);
    std::sort(gaps.begin(), gaps.end());
    const auto at = [&](double q) { return gaps[size_t(std::lround(q * double(gaps.size() - 1)))]; };
    const qint64 low = at(0.25), mid = at(0.5), high = at(0.75);
    const double skew =
        high != low && mid != low && mid != high ? double(low + high - 2 * mid) / double(high - low) : 0;
    std::vector<qint64> devs;
    for (qint64 g : gaps)
        devs.push_back(std::llabs(g - mid));
    std::sort(devs.begin(), devs.end());
    const double madmSeconds = double(devs[size_t(std::lround(0.5 * double(devs.size() - 1)))]) / 1e6;
    return {1 - std::abs(skew), std::max(0.0, 1 - madmSeconds / 30)};
}

const PeriodicityScorer::PairScore *find(const PeriodicityScorer::Result &r, quint32 client)
{
    for (const auto &s : r.top)
        if (s.client == client)
            return &s;
    return nullptr;
}
} // namespace

Q_DECLARE_METATYPE(std::vector<qint64>)

class TestPeriodicityScorer : public QObject {
    Q_OBJECT

private slots:
    void jitteredBeaconScoresHighAndPoissonLow()
    {
        const auto r = PeriodicityScorer::compute({plantedPairs()}, std::nullopt, {});
        QVERIFY(r);
        QCOMPARE(r->pairs, qint64(2)); // the 3-lookup pair is below minLookups
        const auto *beacon = find(*r, 1), *poisson = find(*r, 2);
        QVERIFY(beacon && poisson);
        QVERIFY2(beacon->score >= 0.9, qPrintable(QString::number(beacon->score)));
        QVERIFY2(poisson->score < 0.7, qPrintable(QString::number(poisson->score)));
        QVERIFY(beacon->automated);
        QVERIFY(!poisson->automated);
        QVERIFY(std::abs(double(beacon->periodUs) - 300.0 * kSec) < 2.0 * kSec);
        QVERIFY(beacon->periodPower > 0.8);
    }

    // Planted shapes, each a day or more of one pair: machines (one period, jitter, two periods,
    // A+AAAA pairs) score as automated with their fundamental period; people do not. RITA's
    // skew and dispersion parts agree, except that its 30 s dispersion cap fails jittered
    // beacons (±30 s at 300 s, ±60 s hourly), which a dispersion relative to the period keeps.
    void plantedShapesScoreAsRitaWould_data()
    {
        QTest::addColumn<std::vector<qint64>>("times");
        QTest::addColumn<bool>("automated");
        QTest::addColumn<qint64>("periodS"); // 0: not checked
        QTest::addColumn<bool>("ritaAgrees");
        QRandomGenerator rng(17);
        const auto series = [](int n, auto gap) {
            std::vector<qint64> t{0};
            for (int i = 1; i < n; ++i)
                t.push_back(t.back() + gap(i));
            return t;
        };
        QTest::newRow("exact 300 s") << series(300, [](int) { return 300 * kSec; }) << true << qint64(300) << true;
        QTest::newRow("300 s, jitter ±10%")
            << series(300, [&](int) { return 270 * kSec + qint64(rng.bounded(60 * kSec)); }) << true << qint64(300)
            << false;
        // The UniFi poll of a real Pi-hole log: 99 s gaps (198 of them) and 135-136 s (67).
        QTest::newRow("two periods 99 s / 135 s") << series(266, [&](int) {
            return rng.bounded(265) < 198 ? 99 * kSec : 135 * kSec + qint64(rng.bounded(kSec));
        }) << true << qint64(99) << true;
        std::vector<qint64> pairs;
        for (int i = 0; i < 200; ++i) {
            pairs.push_back(i * 300 * kSec);
            pairs.push_back(i * 300 * kSec + 3000); // the AAAA query 3 ms after the A query
        }
        QTest::newRow("A+AAAA every 300 s") << pairs << true << qint64(300) << true;
        QTest::newRow("hourly, jitter ±60 s")
            << series(48, [&](int) { return 3540 * kSec + qint64(rng.bounded(120 * kSec)); }) << true << qint64(3600)
            << false;
        QTest::newRow("Poisson, mean 300 s")
            << series(300, [&](int) { return qint64(-std::log(1.0 - rng.generateDouble()) * 300 * kSec) + 1; }) << false
            << qint64(0) << true;
        // Browsing sessions: a few lookups seconds apart, then hours of nothing.
        QTest::newRow("sessions") << series(300, [&](int i) {
            return i % 8 == 0 ? qint64(rng.bounded(2 * 3600, 9 * 3600)) * kSec : qint64(rng.bounded(2, 90)) * kSec;
        }) << false << qint64(0) << true;
    }

    void plantedShapesScoreAsRitaWould()
    {
        QFETCH(std::vector<qint64>, times);
        QFETCH(bool, automated);
        QFETCH(qint64, periodS);
        QFETCH(bool, ritaAgrees);
        const auto r = PeriodicityScorer::score(onePair(times), {});
        QVERIFY(r && r->top.size() == 1);
        const PeriodicityScorer::PairScore &s = r->top.front();
        QVERIFY2(s.automated == automated,
                 qPrintable(QStringLiteral("score %1 (skew %2, mad %3, mode %4)")
                                .arg(s.score)
                                .arg(s.skewPart)
                                .arg(s.madPart)
                                .arg(s.modeShare)));
        if (periodS) // within a second and a half, or 1% of a jittered period's mean
            QVERIFY2(std::abs(double(s.periodUs) / 1e6 - double(periodS)) <= std::max(1.5, 0.01 * double(periodS)),
                     qPrintable(QString::number(s.periodUs)));
        std::vector<qint64> polls; // RITA sees connections; an A+AAAA pair is one poll to both
        for (qint64 t : times) {
            if (polls.empty() || t - polls.back() >= kSec)
                polls.push_back(t);
        }
        const auto [ritaSkew, ritaMadm] = ritaParts(polls);
        const bool ritaAutomated = (ritaSkew + ritaMadm) / 2 >= 0.8;
        QCOMPARE(ritaAutomated == automated, ritaAgrees);
        if (automated && ritaSkew == 1.0)
            QCOMPARE(s.skewPart, 1.0); // the same degenerate-quartile rule
    }

    void listsAutomatedPairsForHiding()
    {
        const auto r = PeriodicityScorer::compute({plantedPairs()}, std::nullopt, {});
        QCOMPARE(r->automated, (std::vector<std::pair<quint32, quint32>>{{1, 10}}));
    }

    void viewFiltersReachTheScores()
    {
        // --where qname=beacon.* keeps only pair (1, 10); excluding that pair leaves (2, 20).
        std::vector<QString> names(31);
        for (quint32 i : {1, 2, 3})
            names[i] = QStringLiteral("10.0.0.%1").arg(i);
        names[10] = QStringLiteral("beacon.example"), names[20] = QStringLiteral("human.example"),
        names[30] = QStringLiteral("rare.example");
        BinQuery view;
        view.filters = {{LookupField::Qname, QStringLiteral("BEACON.*")}};
        QCOMPARE(LookupFilter::neededColumns(view), QList<int>{int(kQname)});
        auto r =
            PeriodicityScorer::compute({plantedPairs()}, std::nullopt, {}, {}, LookupFilter::forQuery(view, &names));
        QCOMPARE(r->pairs, qint64(1));
        QCOMPARE(r->top.value(0).client, quint32(1));
        QCOMPARE(r->top.value(0).lookups, qint64(2000));
        view.filters.clear();
        view.excludedPairs = {{QStringLiteral("10.0.0.1"), QStringLiteral("beacon.example")}};
        r = PeriodicityScorer::compute({plantedPairs()}, std::nullopt, {}, {}, LookupFilter::forQuery(view, &names));
        QCOMPARE(r->pairs, qint64(1));
        QCOMPARE(r->top.value(0).client, quint32(2));
        QVERIFY(r->automated.empty());
    }

    void rangeLimitsTheLookups()
    {
        const auto r = PeriodicityScorer::compute({plantedPairs()}, TimeRange{0, 1000 * kSec}, {});
        QCOMPARE(r->pairs, qint64(0)); // about 3 lookups per pair before 1000 s
    }
};

QTEST_GUILESS_MAIN(TestPeriodicityScorer)
#include "tst_periodicity_scorer.moc"
