// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodicity_scorer.h"

#include "bounded_work_queue.h"
#include "column_aggregates.h"
#include "radix_sort.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <thread>
#include <tuple>

namespace {

double quantileSorted(const std::vector<qint64> &v, double q)
{
    const double h = q * double(v.size() - 1);
    const size_t i = size_t(h);
    return i + 1 < v.size() ? double(v[i]) + (h - double(i)) * double(v[i + 1] - v[i]) : double(v[i]);
}

// |Σ exp(2πi t/T)| / k over the first 512 times.
double power(const qint64 *t, size_t k, double periodUs)
{
    k = std::min<size_t>(k, 512);
    std::complex<double> sum;
    for (size_t i = 0; i < k; ++i) {
        const double phase = 2 * std::numbers::pi * std::fmod(double(t[i] - t[0]), periodUs) / periodUs;
        sum += std::polar(1.0, phase);
    }
    return std::abs(sum) / double(k);
}

// The median absolute deviation from m of sorted gaps: the deviations below m fall and those
// above rise, so the middle one is found by merging the two runs (as nth_element would pick).
double medianDeviation(const std::vector<qint64> &gaps, qint64 m)
{
    size_t up = size_t(std::lower_bound(gaps.begin(), gaps.end(), m) - gaps.begin());
    size_t down = up; // gaps[down - 1] is the next below m
    qint64 picked = 0;
    for (size_t taken = 0; taken <= gaps.size() / 2; ++taken) {
        const bool fromBelow = up == gaps.size() || (down > 0 && m - gaps[down - 1] <= gaps[up] - m);
        picked = fromBelow ? m - gaps[--down] : gaps[up++] - m;
    }
    return double(picked);
}

// The densest windows of sorted gaps, each width wide: [first, last) indexes of the best two
// that do not overlap (the second may be empty).
struct Modes {
    size_t firstBegin = 0, firstEnd = 0, secondBegin = 0, secondEnd = 0;
};

Modes densestWindows(const std::vector<qint64> &gaps, qint64 width, std::vector<size_t> &ends)
{
    // For each start, the end of its window; the best window, then the best one apart from it.
    ends.resize(gaps.size());
    for (size_t lo = 0, hi = 0; lo < gaps.size(); ++lo) {
        while (hi < gaps.size() && gaps[hi] < gaps[lo] + width)
            ++hi;
        ends[lo] = hi;
    }
    Modes m;
    for (size_t lo = 0; lo < gaps.size(); ++lo) {
        if (ends[lo] - lo > m.firstEnd - m.firstBegin)
            m.firstBegin = lo, m.firstEnd = ends[lo];
    }
    for (size_t lo = 0; lo < gaps.size(); ++lo) {
        size_t hi = 0;
        if (lo < m.firstBegin)
            hi = std::min(ends[lo], m.firstBegin); // before the first window, cut where it begins
        else if (lo >= m.firstEnd)
            hi = ends[lo];
        else
            continue;
        if (hi - lo > m.secondEnd - m.secondBegin)
            m.secondBegin = lo, m.secondEnd = hi;
    }
    return m;
}

// gaps: sorted.
void scoreGaps(PeriodicityScorer::PairScore &p, const std::vector<qint64> &gaps, std::vector<size_t> &ends)
{
    const double q1 = quantileSorted(gaps, 0.25), q2 = quantileSorted(gaps, 0.5), q3 = quantileSorted(gaps, 0.75);
    p.medianGapUs = qint64(q2);
    // Bowley skew, which RITA reads as 0 when the median equals a quartile: then most gaps are
    // one period and the skew says only on which side a second period or the outliers lie (a
    // poll alternating 99 s and 135 s gaps is no less a machine than one with 99 s alone).
    // "Equal" allows the timer's jitter: a second, or 2% of the median.
    const double same = std::max(1e6, 0.02 * q2);
    const bool degenerate = q2 - q1 <= same || q3 - q2 <= same;
    p.skewPart = degenerate || q3 <= q1 ? 1.0 : 1.0 - std::abs((q3 + q1 - 2 * q2) / (q3 - q1));
    const double mad = medianDeviation(gaps, qint64(q2));
    p.madPart = q2 > 0 ? 1.0 - std::min(1.0, mad / q2) : 0.0;
    // The share of gaps in the two densest windows 10% of the median wide: one or two periods.
    const qint64 width = std::max<qint64>(1'000'000, qint64(0.1 * q2));
    const Modes m = densestWindows(gaps, width, ends);
    p.modeShare = double(m.firstEnd - m.firstBegin + m.secondEnd - m.secondBegin) / double(gaps.size());
    p.countPart = std::min(1.0, double(gaps.size()) / 30.0);
    p.score = (p.skewPart + p.madPart + p.modeShare + p.countPart) / 4.0;
    // The fundamental period: the mean of the gaps within 20% of the densest window's median (a
    // harmonic of it would phase-lock as well, so the periodogram alone cannot tell it; the
    // mean, not the window, so that a uniform jitter is centred).
    p.periodUs = 0;
    if (m.firstEnd > m.firstBegin) {
        const double centre = double(gaps[(m.firstBegin + m.firstEnd - 1) / 2]);
        const auto lo = std::lower_bound(gaps.begin(), gaps.end(), qint64(std::ceil(0.8 * centre)));
        const auto hi = std::upper_bound(gaps.begin(), gaps.end(), qint64(std::floor(1.2 * centre)));
        double sum = 0;
        for (auto g = lo; g != hi; ++g)
            sum += double(*g);
        p.periodUs = hi > lo ? qint64(std::llround(sum / double(hi - lo))) : qint64(centre);
    }
}

// The pair's gaps sorted ascending, into out: the 4-byte ones sorted as they are held (half the
// memory traffic of sorting them as 8-byte values), kLongGap standing for each long one sorting
// after all of them, then the long ones (each at least kLongGap µs) in its place, sorted.
void sortedGaps(const PairGaps::Pair &pair, std::vector<qint64> &out, std::vector<quint32> &narrow,
                std::vector<quint32> &scratch)
{
    narrow.clear();
    for (const auto &chunk : pair.gaps)
        narrow.insert(narrow.end(), chunk.begin(), chunk.end());
    RadixSort::sortUnsigned(narrow, scratch);
    const size_t held = narrow.size() - pair.longGaps.size();
    out.resize(narrow.size());
    std::copy(narrow.begin(), narrow.begin() + qsizetype(held), out.begin());
    std::copy(pair.longGaps.begin(), pair.longGaps.end(), out.begin() + qsizetype(held));
    std::sort(out.begin() + qsizetype(held), out.end());
}

// How phase-locked the polls are at the period: the Schuster power, for the top pairs. gaps:
// the pair's first ones (up to 511), in time order.
void periodPower(PeriodicityScorer::PairScore &p, qint64 firstPollUs, const std::vector<qint64> &gaps,
                 std::vector<qint64> &polls)
{
    polls.resize(std::min<size_t>(gaps.size() + 1, 512));
    polls[0] = firstPollUs;
    for (size_t i = 1; i < polls.size(); ++i)
        polls[i] = polls[i - 1] + gaps[i - 1];
    if (gaps.size() + 1 >= 3 && p.periodUs >= 1'000'000)
        p.periodPower = power(polls.data(), polls.size(), double(p.periodUs));
}

// A scored pair with its names' text: equal counts rank by the text, so every store (whose
// name ids differ) gives the same order.
struct Ranked {
    PeriodicityScorer::PairScore score;
    QString client, qname;
};

bool byName(const Ranked &a, const Ranked &b)
{
    return std::tie(a.client, a.qname, a.score.client, a.score.qname) <
        std::tie(b.client, b.qname, b.score.client, b.score.qname);
}

bool byLookups(const Ranked &a, const Ranked &b)
{
    return a.score.lookups != b.score.lookups ? a.score.lookups > b.score.lookups : byName(a, b);
}

} // namespace

std::optional<PeriodicityScorer::Result> PeriodicityScorer::compute(const QList<DatasetColumnsPtr> &datasets,
                                                                    std::optional<TimeRange> range,
                                                                    const Params &params,
                                                                    const AnalysisProgress &progress,
                                                                    const LookupFilter &filter)
{
    return score(ColumnAggregates::pairGaps(datasets, range, filter, nullptr, params.minLookups), params, progress);
}

std::optional<PeriodicityScorer::Result> PeriodicityScorer::score(const PairTimes &pairs, const Params &params,
                                                                  const AnalysisProgress &progress)
{
    return score(PairGapsBuilder::fromTimes(pairs, params.minLookups), params, progress);
}

std::optional<PeriodicityScorer::Result> PeriodicityScorer::score(const PairGaps &pairs, const Params &params,
                                                                  const AnalysisProgress &progress)
{
    struct Scored : Ranked {
        const PairGaps::Pair *pair;
    };
    std::vector<Scored> scored;
    qint64 allGaps = 0;
    for (const PairGaps::Pair &pair : pairs.pairs) {
        if (pair.lookups < params.minLookups || pair.lookups < 2)
            continue;
        PairScore s;
        s.client = pair.client;
        s.qname = pair.qname;
        s.lookups = pair.lookups;
        scored.push_back({{s, pairs.nameOf(pair.client), pairs.nameOf(pair.qname)}, &pair});
        allGaps += qint64(pair.gapCount());
    }
    // The top pairs by lookups first: their period power needs their gaps in time order.
    const size_t top = std::min(scored.size(), size_t(std::max(params.top, 0)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(top), scored.end(), byLookups);
    // Each pair is scored on its own: chunks of pairs go to worker threads, each with its scratch.
    struct Scratch {
        std::vector<qint64> gaps, head, polls;
        std::vector<quint32> narrow, sorting;
        std::vector<size_t> ends;
    };
    const auto scoreOne = [&](size_t i, Scratch &w) {
        PairScore &s = scored[i].score;
        if (i < top) {
            scored[i].pair->expand(w.gaps);
            w.head.assign(w.gaps.begin(), w.gaps.begin() + qsizetype(std::min<size_t>(w.gaps.size(), 511)));
        }
        sortedGaps(*scored[i].pair, w.gaps, w.narrow, w.sorting);
        scoreGaps(s, w.gaps, w.ends);
        s.automated = s.score >= params.automatedAt;
        if (i < top)
            periodPower(s, scored[i].pair->firstPollUs, w.head, w.polls);
    };
    {
        const int workers = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
        std::vector<Scratch> scratch(static_cast<size_t>(workers));
        BoundedWorkQueue<std::pair<size_t, size_t>> work(size_t(workers), workers,
                                                         [&](std::pair<size_t, size_t> &pairs, int worker) {
                                                             for (size_t i = pairs.first; i < pairs.second; ++i)
                                                                 scoreOne(i, scratch[size_t(worker)]);
                                                         });
        qint64 queued = 0;
        for (size_t i = 0; i < scored.size();) {
            // A chunk of about a million gaps (or 4,096 pairs).
            size_t end = i;
            qint64 gapsIn = 0;
            while (end < scored.size() && (end == i || (gapsIn < (1 << 20) && end - i < 4096)))
                gapsIn += qint64(scored[end++].pair->gapCount());
            if (!reportProgress(progress, 0.9 * double(queued) / double(std::max<qint64>(allGaps, 1))))
                return std::nullopt; // the queue's destructor drops what waits and joins
            work.push({i, end});
            queued += gapsIn;
            i = end;
        }
        work.finish();
    }
    Result r;
    r.pairs = qint64(scored.size());
    for (size_t i = 0; i < top; ++i)
        r.top.append(scored[i].score);
    std::sort(scored.begin(), scored.end(), byName);
    for (const Scored &s : scored) {
        if (s.score.automated) {
            r.automated.emplace_back(s.score.client, s.score.qname);
            r.automatedScores.push_back(s.score.score);
        }
    }
    reportProgress(progress, 1.0);
    return r;
}

PeriodicityScorer::Result PeriodicityScorer::merge(std::vector<Result> shares, const Params &params,
                                                   const TimelineEngine::NameTable &names)
{
    if (shares.size() == 1)
        return std::move(shares.front());
    // Each share's top holds every pair of it that can be in the whole top.
    PairGaps named; // for nameOf
    named.names = names;
    const auto ranked = [&](const PairScore &s) { return Ranked{s, named.nameOf(s.client), named.nameOf(s.qname)}; };
    std::vector<Ranked> top, automated;
    Result r;
    for (const Result &share : shares) {
        r.pairs += share.pairs;
        for (const PairScore &s : share.top)
            top.push_back(ranked(s));
        for (size_t i = 0; i < share.automated.size(); ++i) {
            PairScore s;
            std::tie(s.client, s.qname) = share.automated[i];
            s.score = share.automatedScores[i];
            automated.push_back(ranked(s));
        }
    }
    const size_t kept = std::min(top.size(), size_t(std::max(params.top, 0)));
    std::partial_sort(top.begin(), top.begin() + qsizetype(kept), top.end(), byLookups);
    for (size_t i = 0; i < kept; ++i)
        r.top.append(top[i].score);
    std::sort(automated.begin(), automated.end(), byName);
    for (const Ranked &a : automated) {
        r.automated.emplace_back(a.score.client, a.score.qname);
        r.automatedScores.push_back(a.score.score);
    }
    return r;
}

QJsonObject PeriodicityScorer::toJson(const Result &r, const Params &params, const TimelineEngine::NameTable &names)
{
    const auto name = [&](quint32 id) {
        return names && id > 0 && id < names->size() ? names->at(id) : QStringLiteral("(none)");
    };
    QJsonArray top;
    for (const PairScore &s : r.top) {
        top.append(QJsonObject{{QStringLiteral("client"), name(s.client)},
                               {QStringLiteral("qname"), name(s.qname)},
                               {QStringLiteral("lookups"), s.lookups},
                               {QStringLiteral("score"), s.score},
                               {QStringLiteral("automated"), s.automated},
                               {QStringLiteral("skew_part"), s.skewPart},
                               {QStringLiteral("mad_part"), s.madPart},
                               {QStringLiteral("mode_share"), s.modeShare},
                               {QStringLiteral("count_part"), s.countPart},
                               {QStringLiteral("median_gap_s"), double(s.medianGapUs) / 1e6},
                               {QStringLiteral("dominant_period_s"), double(s.periodUs) / 1e6},
                               {QStringLiteral("period_power"), s.periodPower}});
    }
    return QJsonObject{{QStringLiteral("pairs"), r.pairs},
                       {QStringLiteral("automated_pairs"), qint64(r.automated.size())},
                       {QStringLiteral("threshold"), params.automatedAt},
                       {QStringLiteral("min_lookups"), params.minLookups},
                       {QStringLiteral("top"), top}};
}
