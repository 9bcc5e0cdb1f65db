// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TstClickHouseStore's analyses: pair times, periodicity, coverage and derived series over the
// cluster must equal those over the SQLite store holding the same lookups.
#include "analysis_source.h"
#include "resolution_history.h"
#include "tst_clickhouse_store.h"

#include <QMap>
#include <QTest>

using namespace TstClickHouseData;

namespace {
// Views for the analyses: everything; a range and a name filter; one dataset with a client
// filter and an excluded pair.
QList<BinQuery> analysisViews(qint64 lastDataset)
{
    QList<BinQuery> views{BinQuery{}};
    BinQuery q;
    q.range = TimeRange{kStart + 86'400 * kSec + 17, kStart + 5 * 86'400 * kSec};
    q.filters = {{LookupField::Qname, QStringLiteral("*.example.com")}};
    views.append(q);
    q = BinQuery{};
    q.datasets = {lastDataset};
    q.filters = {{LookupField::Client, QStringLiteral("10.0.?.1*")}};
    q.excludedPairs = {{QStringLiteral("10.0.1.10"), QStringLiteral("mail.example.com")}};
    views.append(q);
    return views;
}

QMap<QPair<QString, QString>, std::vector<qint64>> byName(const PairTimes &p)
{
    QMap<QPair<QString, QString>, std::vector<qint64>> out;
    for (const PairTimes::Pair &pair : p.pairs)
        out.insert({p.nameOf(pair.client), p.nameOf(pair.qname)},
                   std::vector<qint64>(p.times.begin() + pair.begin, p.times.begin() + pair.end));
    return out;
}
} // namespace

void TstClickHouseStore::pairTimesAndPeriodicityMatchSqlite()
{
    PeriodicityScorer::Params params;
    params.automatedAt = 0.55; // random times score about 0.5: some pairs pass
    params.top = 30;
    int automated = 0;
    for (const BinQuery &view : analysisViews(m_ch->datasets().back().id)) {
        const auto a = byName(m_sqlite->pairTimes(view, 6)), b = byName(m_ch->pairTimes(view, 6));
        QVERIFY(a.size() > 20);
        QCOMPARE(b.keys(), a.keys());
        QVERIFY(b == a);
        QVERIFY(!b.contains({QStringLiteral("10.0.1.10"), QStringLiteral("mail.example.com")}) ||
                view.excludedPairs.isEmpty());
        QCOMPARE(m_ch->pairTimes(view, 1000).pairs.size(), m_sqlite->pairTimes(view, 1000).pairs.size());
        const auto ra = AnalysisSource(*m_sqlite).periodicity(view, params);
        const auto rb = AnalysisSource(*m_ch).periodicity(view, params);
        QCOMPARE(rb->result.pairs, ra->result.pairs);
        QCOMPARE(rb->result.top.size(), ra->result.top.size());
        const auto text = [](const AnalysisSource::Periodicity &p, quint32 id) {
            return p.names && id > 0 && id < p.names->size() ? p.names->at(id) : QString();
        };
        for (qsizetype i = 0; i < ra->result.top.size(); ++i) {
            const PeriodicityScorer::PairScore &x = ra->result.top[i], &y = rb->result.top[i];
            QCOMPARE(text(*rb, y.client), text(*ra, x.client));
            QCOMPARE(text(*rb, y.qname), text(*ra, x.qname));
            QCOMPARE(y.lookups, x.lookups);
            QCOMPARE(y.score, x.score);
            QCOMPARE(y.medianGapUs, x.medianGapUs);
            QCOMPARE(y.periodUs, x.periodUs);
            QCOMPARE(y.periodPower, x.periodPower);
        }
        QCOMPARE(rb->result.automated.size(), ra->result.automated.size());
        for (size_t i = 0; i < ra->result.automated.size(); ++i) {
            QCOMPARE(text(*rb, rb->result.automated[i].first), text(*ra, ra->result.automated[i].first));
            QCOMPARE(text(*rb, rb->result.automated[i].second), text(*ra, ra->result.automated[i].second));
        }
        automated += int(ra->result.automated.size());
    }
    QVERIFY(automated > 0);
}

void TstClickHouseStore::coverageMatchesSqlite()
{
    int gaps = 0;
    for (const BinQuery &view : analysisViews(m_ch->datasets().back().id)) {
        for (qint64 gap : {1 * kSec, 30 * kSec, 90 * kSec, 3600 * kSec}) {
            const auto a = *AnalysisSource(*m_sqlite).coverage(view, gap);
            const auto b = *AnalysisSource(*m_ch).coverage(view, gap);
            QCOMPARE(b.size(), a.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].datasetId, a[i].datasetId);
                QCOMPARE(b[i].lookups, a[i].lookups);
                QCOMPARE(b[i].covered, a[i].covered);
                QCOMPARE(b[i].gaps, a[i].gaps);
                gaps += int(a[i].gaps.size());
            }
        }
    }
    QVERIFY(gaps > 100);
}

void TstClickHouseStore::derivedSeriesMatchSqlite()
{
    for (BinQuery view : analysisViews(m_ch->datasets().back().id)) {
        for (const auto &[width, zone] : {std::pair{"1h", "UTC"}, std::pair{"1d", "America/New_York"},
                                          std::pair{"1w", "Europe/Moscow"}, std::pair{"7m", "Asia/Kolkata"}}) {
            view.width = BinWidth::parse(QString::fromLatin1(width));
            view.zone = QTimeZone(zone);
            const auto a = *AnalysisSource(*m_sqlite).derived(view);
            const auto b = *AnalysisSource(*m_ch).derived(view);
            QVERIFY(a.edges.size() >= 2);
            QCOMPARE(b.edges, a.edges);
            QCOMPARE(b.lookups, a.lookups);
            QCOMPARE(b.nxdomain, a.nxdomain);
            QCOMPARE(b.uniqueNames, a.uniqueNames);
            QCOMPARE(b.firstSeen, a.firstSeen);
            QVERIFY(std::accumulate(a.uniqueNames.begin(), a.uniqueNames.end(), qint64(0)) > 0);
        }
    }
}

void TstClickHouseStore::resolutionHistoryMatchesSqlite()
{
    int errorRows = 0;
    for (BinQuery view : analysisViews(m_ch->datasets().back().id)) {
        view.filters.append({LookupField::Qname, QStringLiteral("host1*.example.com")});
        const auto a = ResolutionHistory::compute(*m_sqlite, view), b = ResolutionHistory::compute(*m_ch, view);
        QVERIFY(a && b);
        QVERIFY(a->lookups > 1000);
        QCOMPARE(b->lookups, a->lookups);
        QVERIFY(a->rows.size() > 20);
        QCOMPARE(b->rows, a->rows);
        for (const ResolutionHistory::Row &row : a->rows)
            errorRows += row.rcode == QLatin1String("NXDOMAIN") && row.errorLookups == row.lookups ? 1 : 0;
    }
    QVERIFY(errorRows > 0);
}
