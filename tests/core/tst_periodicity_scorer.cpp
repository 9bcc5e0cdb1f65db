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

const PeriodicityScorer::PairScore *find(const PeriodicityScorer::Result &r, quint32 client)
{
    for (const auto &s : r.top)
        if (s.client == client)
            return &s;
    return nullptr;
}
} // namespace

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
