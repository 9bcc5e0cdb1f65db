// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by tst_bin_width.cpp and tst_timeline_engine.cpp: random lookups,
// brute-force counters, an independent glob matcher and the zones the tests bin in.
#pragma once

#include "bin_query.h"
#include "bin_width.h"
#include "dataset_columns.h"
#include "timeline_engine.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace timeline_test {

inline constexpr qint64 kSec = 1'000'000;
inline constexpr qint64 kMin = 60 * kSec;
inline constexpr qint64 kHour = 60 * kMin;
inline constexpr qint64 kDay = 24 * kHour;

inline qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

inline qint64 randomBelow(QRandomGenerator &rng, qint64 n)
{
    return n <= 0 ? 0 : qint64(rng.generate64() % quint64(n));
}

inline QTimeZone zoneNamed(const char *iana)
{
    return QTimeZone(QByteArray(iana));
}

inline QList<QTimeZone> testZones()
{
    return {QTimeZone::utc(), zoneNamed("America/New_York"), zoneNamed("Europe/Moscow"), zoneNamed("Asia/Kolkata"),
            zoneNamed("Australia/Lord_Howe")};
}

inline qint64 usAt(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toMSecsSinceEpoch() * 1000;
}

inline QDateTime localAt(qint64 us, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(us, 1000), zone);
}

inline qint64 offsetAt(qint64 us, const QTimeZone &zone)
{
    return qint64(zone.offsetFromUtc(localAt(us, QTimeZone::utc()))) * kSec;
}

inline QString zoneName(const QTimeZone &zone)
{
    return QString::fromLatin1(zone.id());
}

inline QString describe(qint64 us, const QTimeZone &zone)
{
    return QStringLiteral("%1 (%2 UTC, %3 us)")
        .arg(localAt(us, zone).toString(Qt::ISODateWithMs), localAt(us, QTimeZone::utc()).toString(Qt::ISODateWithMs))
        .arg(us);
}

inline QString describeRange(const TimeRange &r, const QTimeZone &zone)
{
    return QStringLiteral("[%1, %2)").arg(describe(r.fromUs, zone), describe(r.toUs, zone));
}

// One lookup as the brute-force checks see it.
struct Lookup {
    qint64 datasetId = 0;
    qint64 ts = 0;
    std::array<quint32, 5> names{}; // kNameFields order; 0 = absent
};

inline std::array<quint32, 5> namesOf(LookupField field, quint32 id)
{
    std::array<quint32, 5> out{};
    out[size_t(nameFieldIndex(field))] = id;
    return out;
}

inline TimelineEngine::Input makeInput(std::vector<Lookup> rows, std::vector<QString> names,
                                       const QHash<qint64, QString> &datasetNames = {})
{
    std::stable_sort(rows.begin(), rows.end(), [](const Lookup &a, const Lookup &b) { return a.ts < b.ts; });
    std::map<qint64, std::shared_ptr<DatasetColumns>> byId;
    for (const Lookup &r : rows) {
        auto &d = byId[r.datasetId];
        if (!d) {
            d = std::make_shared<DatasetColumns>();
            d->datasetId = r.datasetId;
            d->firstRowid = 1;
        }
        d->ts.push_back(r.ts);
        for (size_t c = 0; c < 5; ++c)
            d->names[c].push_back(r.names[c]);
    }
    TimelineEngine::Input input;
    for (const auto &entry : byId)
        input.datasets.append(entry.second);
    input.datasetNames = datasetNames;
    input.names = std::make_shared<const std::vector<QString>>(std::move(names));
    return input;
}

inline BinQuery makeQuery(std::optional<TimeRange> range, std::optional<BinWidth> width,
                          const QTimeZone &zone = QTimeZone::utc())
{
    BinQuery q;
    q.range = range;
    q.width = width;
    q.zone = zone;
    return q;
}

inline BinWidth widthNamed(const char *name)
{
    return BinWidth::parse(QString::fromLatin1(name)).value();
}

// An independent glob: `*` `?` `[set]` (`[!set]` negated, `a-z` ranges), whole value, case-insensitive.
inline bool globMatches(QStringView glob, QStringView text)
{
    if (glob.isEmpty())
        return text.isEmpty();
    const QChar g = glob.front();
    if (g == u'*') {
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (globMatches(glob.mid(1), text.mid(i)))
                return true;
        }
        return false;
    }
    if (text.isEmpty())
        return false;
    const QChar c = text.front().toCaseFolded();
    if (g == u'?')
        return globMatches(glob.mid(1), text.mid(1));
    if (g == u'[') {
        qsizetype i = 1;
        const bool negate = i < glob.size() && glob[i] == u'!';
        if (negate)
            ++i;
        const qsizetype setStart = i;
        if (i < glob.size() && glob[i] == u']')
            ++i;
        while (i < glob.size() && glob[i] != u']')
            ++i;
        if (i < glob.size()) {
            bool in = false;
            for (qsizetype k = setStart; k < i; ++k) {
                if (k + 2 < i && glob[k + 1] == u'-') {
                    const QChar lo = glob[k].toCaseFolded(), hi = glob[k + 2].toCaseFolded();
                    in = in || (lo <= c && c <= hi);
                    k += 2;
                } else {
                    in = in || glob[k].toCaseFolded() == c;
                }
            }
            return in != negate && globMatches(glob.mid(i + 1), text.mid(1));
        }
    }
    return g.toCaseFolded() == c && globMatches(glob.mid(1), text.mid(1));
}

inline bool passesFilters(const Lookup &r, const QList<FieldFilter> &filters, const TimelineEngine::Input &input)
{
    for (const FieldFilter &f : filters) {
        const quint32 id = r.names[size_t(nameFieldIndex(f.field))];
        const QString value = id == 0 ? QString() : input.names->at(id);
        if (!globMatches(f.glob, value))
            return false;
    }
    return true;
}

inline QString seriesValue(const Lookup &r, LookupField field, const TimelineEngine::Input &input)
{
    if (field == LookupField::Dataset)
        return input.datasetNames.value(r.datasetId, QString::number(r.datasetId));
    const quint32 id = r.names[size_t(nameFieldIndex(field))];
    return id == 0 ? QStringLiteral("(none)") : input.names->at(id);
}

inline QString countsDifference(const BinTable &table, const QList<qint64> &got, const std::vector<qint64> &expected)
{
    if (got.size() != qsizetype(expected.size()))
        return QStringLiteral("%1 counts for %2 bins").arg(got.size()).arg(expected.size());
    for (size_t b = 0; b < expected.size(); ++b) {
        if (got[qsizetype(b)] != expected[b]) {
            return QStringLiteral("bin %1 %2: got %3, brute force %4")
                .arg(b)
                .arg(describeRange({table.edges[qsizetype(b)], table.edges[qsizetype(b) + 1]}, table.zone))
                .arg(got[qsizetype(b)])
                .arg(expected[b]);
        }
    }
    return {};
}

// Empty if `table` is what a linear pass over `rows` gives for `query` over the table's own
// edges (each bin [edges[i], edges[i+1])); else the first difference found.
inline QString bruteForceDifference(const BinTable &table, const BinQuery &query, const std::vector<Lookup> &rows,
                                    const TimelineEngine::Input &input)
{
    const auto &edges = table.edges;
    if (edges.size() < 2)
        return QStringLiteral("no bins");
    for (qsizetype i = 1; i < edges.size(); ++i) {
        if (edges[i] <= edges[i - 1])
            return QStringLiteral("edges not increasing at %1").arg(i);
    }
    const size_t bins = size_t(edges.size() - 1);
    QSet<qint64> selected;
    for (const auto &d : input.datasets)
        selected.insert(d->datasetId);
    const TimeRange rank = query.rankRange.value_or(TimeRange{edges.front(), edges.back()});
    struct Key {
        std::vector<qint64> counts;
        qint64 rankTotal = 0;
    };
    QHash<QString, Key> keys;
    for (const Lookup &r : rows) {
        if (!selected.contains(r.datasetId) || !passesFilters(r, query.filters, input))
            continue;
        Key &k = keys[query.split ? seriesValue(r, *query.split, input) : QString()];
        if (k.counts.empty())
            k.counts.assign(bins, 0);
        if (r.ts >= rank.fromUs && r.ts < rank.toUs)
            ++k.rankTotal;
        if (r.ts >= edges.front() && r.ts < edges.back()) {
            // The bin [edges[b], edges[b+1]) holding the lookup.
            const auto b = std::upper_bound(edges.begin(), edges.end(), r.ts) - edges.begin() - 1;
            ++k.counts[size_t(b)];
        }
    }
    const auto checkSeries = [&](const BinSeries &s, const std::vector<qint64> &expected) -> QString {
        QString diff = countsDifference(table, s.counts, expected);
        if (!diff.isEmpty())
            return QStringLiteral("series \"%1\": %2").arg(s.name, diff);
        qint64 sum = 0;
        for (qint64 c : s.counts)
            sum += c;
        if (s.total != sum)
            return QStringLiteral("series \"%1\": total %2 but counts sum to %3").arg(s.name).arg(s.total).arg(sum);
        return {};
    };

    if (!query.split) {
        if (table.series.size() != 1)
            return QStringLiteral("%1 series without a split").arg(table.series.size());
        if (!table.series[0].name.isEmpty() || table.series[0].isOther)
            return QStringLiteral("unsplit series named \"%1\"").arg(table.series[0].name);
        return checkSeries(table.series[0],
                           keys.contains(QString()) ? keys[QString()].counts : std::vector<qint64>(bins, 0));
    }

    qsizetype ranked = 0;
    for (const Key &k : std::as_const(keys))
        ranked += k.rankTotal > 0 ? 1 : 0;
    const qsizetype kept = std::min<qsizetype>(ranked, std::max(query.topK, 0));
    const bool hasOther = ranked > kept;
    if (table.series.size() != kept + (hasOther ? 1 : 0))
        return QStringLiteral("%1 series, expected %2 kept of %3 values%4")
            .arg(table.series.size())
            .arg(kept)
            .arg(ranked)
            .arg(hasOther ? QStringLiteral(" plus other") : QString());
    QSet<QString> keptNames;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < kept; ++i) {
        const BinSeries &s = table.series[i];
        if (s.isOther)
            return QStringLiteral("series %1 \"%2\" is marked other").arg(i).arg(s.name);
        if (!keys.contains(s.name) || keys[s.name].rankTotal == 0)
            return QStringLiteral("series %1 \"%2\" is not a ranked value").arg(i).arg(s.name);
        if (keptNames.contains(s.name))
            return QStringLiteral("series \"%1\" twice").arg(s.name);
        keptNames.insert(s.name);
        const qint64 rankTotal = keys[s.name].rankTotal;
        if (rankTotal > previous)
            return QStringLiteral("series %1 \"%2\" ranks %3, above its predecessor's %4")
                .arg(i)
                .arg(s.name)
                .arg(rankTotal)
                .arg(previous);
        previous = rankTotal;
        const QString diff = checkSeries(s, keys[s.name].counts);
        if (!diff.isEmpty())
            return diff;
    }
    std::vector<qint64> rest(bins, 0);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (keptNames.contains(it.key()))
            continue;
        if (it->rankTotal > previous)
            return QStringLiteral("\"%1\" (rank total %2) dropped while a kept series ranks %3")
                .arg(it.key())
                .arg(it->rankTotal)
                .arg(previous);
        for (size_t b = 0; b < bins; ++b)
            rest[b] += it->counts[b];
    }
    if (hasOther) {
        const BinSeries &s = table.series.back();
        if (!s.isOther || s.name != QLatin1String("other"))
            return QStringLiteral("last series \"%1\" is not other").arg(s.name);
        return checkSeries(s, rest);
    }
    return {};
}

inline QString tableDifference(const BinTable &got, const BinTable &expected)
{
    if (got.edges != expected.edges)
        return QStringLiteral("edges differ (%1 vs %2 bins)").arg(got.binCount()).arg(expected.binCount());
    if (!(got.width == expected.width))
        return QStringLiteral("width %1 vs %2").arg(got.width.name(), expected.width.name());
    if (got.series.size() != expected.series.size())
        return QStringLiteral("%1 series vs %2").arg(got.series.size()).arg(expected.series.size());
    for (qsizetype i = 0; i < got.series.size(); ++i) {
        const BinSeries &a = got.series[i], &b = expected.series[i];
        if (a.name != b.name || a.isOther != b.isOther)
            return QStringLiteral("series %1 is \"%2\", fresh engine says \"%3\"").arg(i).arg(a.name, b.name);
        if (a.counts != b.counts || a.total != b.total)
            return QStringLiteral("series %1 \"%2\" counts differ (total %3 vs %4)")
                .arg(i)
                .arg(a.name)
                .arg(a.total)
                .arg(b.total);
    }
    return {};
}

inline qsizetype binIndexAt(const BinTable &table, qint64 us)
{
    for (qsizetype i = 0; i + 1 < table.edges.size(); ++i) {
        if (table.edges[i] <= us && us < table.edges[i + 1])
            return i;
    }
    return -1;
}

inline qint64 binLengthAt(const BinTable &table, qint64 us)
{
    const qsizetype i = binIndexAt(table, us);
    return i < 0 ? -1 : table.edges[i + 1] - table.edges[i];
}

inline QStringList seriesNames(const BinTable &table)
{
    QStringList out;
    for (const BinSeries &s : table.series)
        out.append(s.name);
    return out;
}

inline QList<qint64> seriesTotals(const BinTable &table)
{
    QList<qint64> out;
    for (const BinSeries &s : table.series)
        out.append(s.total);
    return out;
}

// The latest instant at or before t whose local wall-clock time of day is a multiple of w,
// found from the zone's transitions rather than by the engine's arithmetic.
inline qint64 expectedFixedFloor(qint64 t, qint64 w, const QTimeZone &zone)
{
    const qint64 o1 = offsetAt(t, zone);
    const qint64 c1 = floorDiv(t + o1, w) * w - o1;
    if (zone == QTimeZone::utc() || !zone.hasTransitions())
        return c1;
    const QTimeZone::OffsetData p = zone.previousTransition(localAt(floorDiv(t, 1000) * 1000 + 1000, QTimeZone::utc()));
    if (!p.atUtc.isValid())
        return c1;
    const qint64 pAt = p.atUtc.toMSecsSinceEpoch() * 1000;
    if (pAt <= c1)
        return c1;
    const qint64 o0 = offsetAt(pAt - 1, zone);
    return floorDiv(pAt - 1 + o0, w) * w - o0;
}

inline QString failureSummary(const QStringList &failures, qsizetype checked)
{
    return QStringLiteral("%1 of %2 checks failed; first ones:\n  %3")
        .arg(failures.size())
        .arg(checked)
        .arg(failures.mid(0, 6).join(QStringLiteral("\n  ")));
}

// A year of random lookups in three datasets, crowded around a few bursts and bin edges;
// deterministic, so both test executables see the same rows.
struct RandomLookupsFixture {
    std::vector<Lookup> m_rows;
    TimelineEngine::Input m_input;
    qint64 m_spanFrom = 0;
    qint64 m_spanTo = 0;
    QList<qint64> m_bursts;

    void buildRandomLookups()
    {
        // The store's names dictionary: one table, each field using its own ids.
        std::vector<QString> names{QString()};
        const auto addAll = [&names](std::initializer_list<const char *> texts) {
            const quint32 first = quint32(names.size());
            for (const char *t : texts)
                names.push_back(QString::fromLatin1(t));
            return std::pair<quint32, quint32>{first, quint32(texts.size())};
        };
        std::array<std::pair<quint32, quint32>, 5> ids{};
        ids[0] = addAll({"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7", "10.0.0.8",
                         "10.0.0.9", "10.0.0.10", "10.0.0.11", "10.0.0.12"});
        ids[1] = addAll({"a.example.com", "b.example.com", "www.example.org", "mail1.trump-email.com",
                         "mail2.trump-email.com", "alfa-bank.com", "example", "ns1.Example.NET", "x.y.z.test"});
        ids[2] = addAll({"A", "AAAA", "MX", "TXT", "PTR"});
        ids[3] = addAll({"NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED"});
        ids[4] = addAll({"8.8.8.8", "1.1.1.1", "192.168.1.1"});

        QRandomGenerator rng(20160313);
        const QTimeZone utc = QTimeZone::utc();
        m_spanFrom = usAt(QDate(2015, 12, 1), QTime(0, 0), utc) + 12'345'678;
        m_spanTo = m_spanFrom + 400 * kDay;
        m_bursts = {usAt(QDate(2016, 3, 13), QTime(7, 0), utc), usAt(QDate(2016, 11, 6), QTime(6, 0), utc),
                    usAt(QDate(2016, 4, 2), QTime(15, 0), utc), usAt(QDate(2016, 10, 1), QTime(15, 30), utc),
                    usAt(QDate(2016, 6, 15), QTime(12, 0), utc) + 7 * kSec};
        const QList<QTimeZone> zones = testZones();

        for (qint64 ds : {101, 202, 303}) {
            const int n = 2500 + int(rng.bounded(1500));
            for (int i = 0; i < n; ++i) {
                const int roll = int(rng.bounded(100));
                qint64 ts = m_spanFrom + randomBelow(rng, m_spanTo - m_spanFrom);
                if (roll < 10 && !m_rows.empty() && m_rows.back().datasetId == ds) {
                    ts = m_rows.back().ts; // a duplicate time
                } else if (roll < 35) {
                    // Exactly on a bin edge of some width in some zone.
                    const QTimeZone &zone = zones[rng.bounded(int(zones.size()))];
                    const QDate date = localAt(ts, zone).date();
                    switch (rng.bounded(6)) {
                    case 0:
                        ts = floorDiv(ts, kHour) * kHour;
                        break;
                    case 1:
                        ts = floorDiv(ts, 30 * kMin) * 30 * kMin;
                        break;
                    case 2:
                        ts = usAt(date, QTime(0, 0), zone);
                        break;
                    case 3:
                        ts = usAt(date.addDays(1 - date.dayOfWeek()), QTime(0, 0), zone);
                        break;
                    case 4:
                        ts = usAt(QDate(date.year(), date.month(), 1), QTime(0, 0), zone);
                        break;
                    default:
                        ts = floorDiv(ts, 5 * kSec) * 5 * kSec;
                        break;
                    }
                } else if (roll < 55) {
                    ts = m_bursts[rng.bounded(int(m_bursts.size()))] - 3 * kHour + randomBelow(rng, 6 * kHour);
                    if (rng.bounded(2) == 0)
                        ts = floorDiv(ts, kSec) * kSec;
                }
                Lookup r;
                r.datasetId = ds;
                r.ts = ts;
                for (size_t c = 0; c < 5; ++c) {
                    const auto [first, count] = ids[c];
                    // Skewed towards the first values; about one in twenty absent.
                    r.names[c] = rng.bounded(20) == 0 ? 0 : first + std::min(rng.bounded(count), rng.bounded(count));
                }
                m_rows.push_back(r);
            }
        }
        m_input =
            makeInput(m_rows, names,
                      {{101, QStringLiteral("alpha")}, {202, QStringLiteral("beta")}, {303, QStringLiteral("gamma")}});
    }
};

} // namespace timeline_test
