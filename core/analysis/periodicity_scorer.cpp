// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodicity_scorer.h"

#include "column_aggregates.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
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

// Lookups of a pair this close to the one before belong to the same poll: an A and an AAAA
// query, a retry, a search-domain walk.
constexpr qint64 kSamePollUs = 1'000'000;

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

void scoreGaps(PeriodicityScorer::PairScore &p, std::vector<qint64> &gaps, std::vector<qint64> &scratch,
               std::vector<size_t> &ends)
{
    std::sort(gaps.begin(), gaps.end());
    const double q1 = quantileSorted(gaps, 0.25), q2 = quantileSorted(gaps, 0.5), q3 = quantileSorted(gaps, 0.75);
    p.medianGapUs = qint64(q2);
    // Bowley skew, which RITA reads as 0 when the median equals a quartile: then most gaps are
    // one period and the skew says only on which side a second period or the outliers lie (a
    // poll alternating 99 s and 135 s gaps is no less a machine than one with 99 s alone).
    // "Equal" allows the timer's jitter: a second, or 2% of the median.
    const double same = std::max(1e6, 0.02 * q2);
    const bool degenerate = q2 - q1 <= same || q3 - q2 <= same;
    p.skewPart = degenerate || q3 <= q1 ? 1.0 : 1.0 - std::abs((q3 + q1 - 2 * q2) / (q3 - q1));
    scratch.resize(gaps.size());
    for (size_t i = 0; i < gaps.size(); ++i)
        scratch[i] = std::llabs(gaps[i] - qint64(q2));
    std::nth_element(scratch.begin(), scratch.begin() + qsizetype(scratch.size() / 2), scratch.end());
    const double mad = double(scratch[scratch.size() / 2]);
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

// How phase-locked the polls are at the period: the Schuster power, for the top pairs.
void periodPower(PeriodicityScorer::PairScore &p, const std::vector<qint64> &polls)
{
    if (polls.size() >= 3 && p.periodUs >= 1'000'000)
        p.periodPower = power(polls.data(), polls.size(), double(p.periodUs));
}

// The pair's polls: its lookup times with those under kSamePollUs after the one before left
// out, unless that leaves fewer than minLookups (a flood of fast lookups is scored as it is).
void pollsOf(const qint64 *t, size_t k, qint64 minLookups, std::vector<qint64> &polls)
{
    polls.clear();
    for (size_t i = 0; i < k; ++i) {
        if (polls.empty() || t[i] - polls.back() >= kSamePollUs)
            polls.push_back(t[i]);
    }
    if (qint64(polls.size()) < std::max<qint64>(minLookups, 2))
        polls.assign(t, t + k);
}

} // namespace

std::optional<PeriodicityScorer::Result> PeriodicityScorer::compute(const QList<DatasetColumnsPtr> &datasets,
                                                                    std::optional<TimeRange> range,
                                                                    const Params &params,
                                                                    const AnalysisProgress &progress,
                                                                    const LookupFilter &filter)
{
    return score(ColumnAggregates::pairTimes(datasets, range, filter, nullptr, params.minLookups), params, progress);
}

std::optional<PeriodicityScorer::Result> PeriodicityScorer::score(const PairTimes &pairs, const Params &params,
                                                                  const AnalysisProgress &progress)
{
    struct Scored {
        PairScore score;
        const PairTimes::Pair *pair;
        QString client, qname; // text, for a stable order of equal counts
    };
    std::vector<Scored> scored;
    std::vector<qint64> gaps, scratch, polls;
    std::vector<size_t> ends;
    for (size_t p = 0; p < pairs.pairs.size(); ++p) {
        if ((p & 0xffff) == 0 && !reportProgress(progress, 0.9 * double(p) / double(pairs.pairs.size())))
            return std::nullopt;
        const PairTimes::Pair &pair = pairs.pairs[p];
        const qint64 *t = pairs.times.data() + pair.begin;
        const size_t k = size_t(pair.end - pair.begin);
        if (qint64(k) < params.minLookups || k < 2)
            continue;
        pollsOf(t, k, params.minLookups, polls);
        gaps.resize(polls.size() - 1);
        for (size_t i = 1; i < polls.size(); ++i)
            gaps[i - 1] = polls[i] - polls[i - 1];
        PairScore s;
        s.client = pair.client;
        s.qname = pair.qname;
        s.lookups = qint64(k);
        scoreGaps(s, gaps, scratch, ends);
        s.automated = s.score >= params.automatedAt;
        scored.push_back({s, &pair, pairs.nameOf(pair.client), pairs.nameOf(pair.qname)});
    }
    const auto byName = [](const Scored &a, const Scored &b) {
        return std::tie(a.client, a.qname, a.score.client, a.score.qname) <
            std::tie(b.client, b.qname, b.score.client, b.score.qname);
    };
    Result r;
    r.pairs = qint64(scored.size());
    const size_t top = std::min(scored.size(), size_t(std::max(params.top, 0)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(top), scored.end(),
                      [&](const Scored &a, const Scored &b) {
                          return a.score.lookups != b.score.lookups ? a.score.lookups > b.score.lookups : byName(a, b);
                      });
    for (size_t i = 0; i < top; ++i) {
        PairScore s = scored[i].score;
        pollsOf(pairs.times.data() + scored[i].pair->begin, size_t(scored[i].pair->end - scored[i].pair->begin),
                params.minLookups, polls);
        periodPower(s, polls);
        r.top.append(s);
    }
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
