// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TstClickHouseStore's analyses: pair times, periodicity, coverage and derived series over the
// cluster must equal those over the SQLite store holding the same lookups.
#include "analysis_source.h"
#include "clickhouse_pair_gaps.h"
#include "pair_gaps_builder.h"
#include "resolution_history.h"
#include "test_cluster.h"
#include "tst_clickhouse_store.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

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

// A pair's gaps as PairGaps holds them (in time order, whatever its chunks), by the pair's names.
struct PairGapsRow {
    qint64 lookups = 0, firstPollUs = 0;
    std::vector<qint64> gaps;
    std::vector<qint64> longGaps;
    bool operator==(const PairGapsRow &) const = default;
};
PairGapsRow rowOf(const PairGaps::Pair &pair)
{
    PairGapsRow row{pair.lookups, pair.firstPollUs, {}, pair.longGaps};
    pair.expand(row.gaps);
    return row;
}
QMap<QPair<QString, QString>, PairGapsRow> byName(const PairGaps &p)
{
    QMap<QPair<QString, QString>, PairGapsRow> out;
    for (const PairGaps::Pair &pair : p.pairs)
        out.insert({p.nameOf(pair.client), p.nameOf(pair.qname)}, rowOf(pair));
    return out;
}

// Lookups of machines and people whose polls the servers must find as PairGapsBuilder does:
// A+AAAA polls (a second lookup under a second after the first, sometimes at the same µs),
// chains of lookups 0.6 s apart (whether one starts a poll depends on the polls before it),
// pairs polling every 2 hours (gaps over 71 minutes), a pair with many lookups in few polls
// (fewer polls than --min-lookups: every lookup counts), random ones and gaps of about
// kLongGap µs, sorted by time.
std::vector<RawLookup> beaconLookups()
{
    static const QByteArray clients[] = {"10.1.0.1", "10.1.0.2", "10.1.0.3", "10.1.0.4"};
    static const QByteArray names[] = {"beacon.example", "chain.example",  "slow.example",
                                       "few.example",    "random.example", "edge.example"};
    QRandomGenerator rng(1717);
    std::vector<RawLookup> out;
    const auto add = [&](qint64 t, int client, int name) {
        out.push_back(RawLookup{t, clients[client], names[name], name % 2 ? "AAAA" : "A", "NOERROR", "192.0.2.53"});
    };
    for (int c = 0; c < 4; ++c) {
        for (qint64 t = kStart + c * kSec; t < kStart + 3 * 86'400 * kSec; t += 300 * kSec + rng.bounded(2 * kSec)) {
            add(t, c, 0);
            if (rng.bounded(4) != 0)
                add(t + qint64(rng.bounded(quint32(kSec))) * (rng.bounded(5) != 0), c, 0); // AAAA, or a retry
        }
        for (qint64 t = kStart + 7 * kSec; t < kStart + 86'400 * kSec; t += 900 * kSec + rng.bounded(60 * kSec)) {
            for (int k = 0, n = 1 + int(rng.bounded(5)); k < n; ++k)
                add(t + k * 600'000, c, 1); // 0.6 s apart: a chain of 2.4 s in at most 3 polls
        }
        for (qint64 t = kStart + 11 * kSec; t < kStart + 6 * 86'400 * kSec; t += (2 + c) * 3600 * kSec + 5 * kSec)
            add(t, c, 2);
        for (int poll = 0; poll < 4; ++poll) { // 8 lookups in 4 polls
            add(kStart + (100 + poll * 3600) * kSec, c, 3);
            add(kStart + (100 + poll * 3600) * kSec + 300'000, c, 3);
        }
        for (int k = 0; k < 400; ++k)
            add(kStart + qint64(rng.generate64() % quint64(6 * 86'400 * kSec)), c, 4);
    }
    const qint64 edge = PairGaps::kLongGap; // gaps of kLongGap and kLongGap − 1 µs
    for (qint64 offset : {qint64(0), edge, 2 * edge - 1})
        add(kStart + 13 * kSec + offset, 0, 5);
    std::stable_sort(out.begin(), out.end(), [](const RawLookup &a, const RawLookup &b) { return a.tsUs < b.tsUs; });
    return out;
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

void TstClickHouseStore::pairGapsFoundByTheServersMatchSqlite()
{
    const QString url = test_cluster::freshStoreUrl(QStringLiteral("dnstl_beacons"));
    ClickHouseStore ch(url, StoreOpenMode::Create);
    const auto sqlite = openStore(m_dir.filePath(QStringLiteral("beacons.dnstl")), StoreOpenMode::Create);
    const std::vector<RawLookup> lookups = beaconLookups();
    DatasetInfo meta;
    meta.name = QStringLiteral("beacons");
    for (LookupStore *store : {static_cast<LookupStore *>(&ch), sqlite.get()}) {
        auto sink = store->beginImport(meta);
        for (const RawLookup &l : lookups)
            sink->add(l);
        sink->commit(QStringLiteral("beacons"), 0);
    }
    // Views: everything; a range that starts inside an A+AAAA poll and a chain, with a filter;
    // an excluded pair.
    QList<BinQuery> views{BinQuery{}};
    BinQuery q;
    q.range = TimeRange{kStart + 7 * kSec + 600'001, kStart + 4 * 86'400 * kSec + 1};
    q.filters = {{LookupField::Client, QStringLiteral("10.1.0.[123]")}};
    views.append(q);
    q = BinQuery{};
    q.excludedPairs = {{QStringLiteral("10.1.0.2"), QStringLiteral("beacon.example")}};
    views.append(q);
    PeriodicityScorer::Params params;
    params.top = 30;
    int samePoll = 0, longGaps = 0, fewPolls = 0;
    for (const BinQuery &view : views) {
        for (qint64 minLookups : {1, 6, 9, 100}) {
            const PairGaps a = sqlite->pairGaps(view, minLookups, {}), b = ch.pairGaps(view, minLookups, {});
            const auto rows = byName(a);
            QVERIFY(!rows.isEmpty());
            QCOMPARE(byName(b).keys(), rows.keys());
            QVERIFY(byName(b) == rows);
            // The same as the pair times' path, which sends every time.
            QVERIFY(byName(PairGapsBuilder::fromTimes(ch.pairTimes(view, minLookups), minLookups)) == rows);
            for (const PairGapsRow &r : rows) {
                samePoll += r.gaps.size() + 1 < size_t(r.lookups);
                longGaps += int(r.longGaps.size());
                fewPolls += r.gaps.size() + 1 == size_t(r.lookups) && r.lookups == 8;
            }
        }
        params.minLookups = 6;
        const auto ra = AnalysisSource(*sqlite).periodicity(view, params);
        const auto rb = AnalysisSource(ch).periodicity(view, params);
        QCOMPARE(rb->result.pairs, ra->result.pairs);
        QCOMPARE(rb->result.top.size(), ra->result.top.size());
        for (qsizetype i = 0; i < ra->result.top.size(); ++i) {
            const PeriodicityScorer::PairScore &x = ra->result.top[i], &y = rb->result.top[i];
            QCOMPARE(rb->names->at(y.client), ra->names->at(x.client));
            QCOMPARE(rb->names->at(y.qname), ra->names->at(x.qname));
            QCOMPARE(y.lookups, x.lookups);
            QCOMPARE(y.score, x.score);
            QCOMPARE(y.periodUs, x.periodUs);
            QCOMPARE(y.periodPower, x.periodPower);
        }
        QCOMPARE(rb->result.automatedScores, ra->result.automatedScores);
    }
    // By both hashes (what a key two pairs share falls back to), the same.
    const QByteArray where = "dataset IN (" + QByteArray::number(ch.datasets().front().id) + ")";
    const auto byKeys = [&](ClickHousePairGaps::Keys keys) {
        QHash<quint64, quint32> ids;
        std::vector<quint64> hashes{0}; // by id
        const auto idOf = [&](quint64 h) {
            if (!ids.contains(h)) {
                ids.insert(h, quint32(hashes.size()));
                hashes.push_back(h);
            }
            return ids.value(h);
        };
        const auto gaps = ClickHousePairGaps::read(
            ch.readLookups(ClickHousePairGaps::sql(ch.lookupsTable(), where, 6, keys)), 6, idOf);
        QMap<std::pair<quint64, quint64>, PairGapsRow> out;
        for (const PairGaps::Pair &p : gaps.value().pairs)
            out.insert({hashes[p.client], hashes[p.qname]}, rowOf(p));
        return out;
    };
    const auto exact = byKeys(ClickHousePairGaps::Keys::Exact);
    QCOMPARE(exact.size(), 20); // 4 clients × 5 names with 6 lookups or more
    QVERIFY(exact == byKeys(ClickHousePairGaps::Keys::Mixed));
    QVERIFY(samePoll > 10);
    QVERIFY(longGaps > 100);
    QVERIFY(fewPolls > 0);
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
