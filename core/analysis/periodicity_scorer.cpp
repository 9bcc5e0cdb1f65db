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

void scoreGaps(PeriodicityScorer::PairScore &p, std::vector<qint64> &gaps, std::vector<qint64> &scratch)
{
    std::sort(gaps.begin(), gaps.end());
    const double q1 = quantileSorted(gaps, 0.25), q2 = quantileSorted(gaps, 0.5), q3 = quantileSorted(gaps, 0.75);
    p.medianGapUs = qint64(q2);
    p.skewPart = q3 > q1 ? 1.0 - std::abs((q3 + q1 - 2 * q2) / (q3 - q1)) : 1.0;
    scratch.resize(gaps.size());
    for (size_t i = 0; i < gaps.size(); ++i)
        scratch[i] = std::llabs(gaps[i] - qint64(q2));
    std::nth_element(scratch.begin(), scratch.begin() + qsizetype(scratch.size() / 2), scratch.end());
    const double mad = double(scratch[scratch.size() / 2]);
    p.madPart = q2 > 0 ? 1.0 - std::min(1.0, mad / q2) : 0.0;
    const qint64 width = std::max<qint64>(1'000'000, qint64(0.1 * q2));
    size_t best = 0;
    for (size_t lo = 0, hi = 0; lo < gaps.size(); ++lo) {
        while (hi < gaps.size() && gaps[hi] < gaps[lo] + width)
            ++hi;
        best = std::max(best, hi - lo);
    }
    p.modeShare = double(best) / double(gaps.size());
    p.countPart = std::min(1.0, double(gaps.size()) / 30.0);
    p.score = (p.skewPart + p.madPart + p.modeShare + p.countPart) / 4.0;
}

void dominantPeriod(PeriodicityScorer::PairScore &p, const qint64 *t, size_t k)
{
    if (k < 3 || p.medianGapUs <= 0)
        return;
    // Mean of the gaps near the median: a precise estimate for a jittered period.
    const size_t m = std::min<size_t>(k, 513);
    double sum = 0;
    int n = 0;
    for (size_t i = 1; i < m; ++i) {
        const qint64 g = t[i] - t[i - 1];
        if (std::llabs(g - p.medianGapUs) * 10 <= p.medianGapUs)
            sum += double(g), ++n;
    }
    std::vector<double> candidates;
    for (double base : {double(p.medianGapUs), n > 0 ? sum / n : double(p.medianGapUs)})
        for (double f : {0.5, 1.0, 2.0, 3.0})
            candidates.push_back(base * f);
    for (int i = 0; i <= 48; ++i)
        candidates.push_back(double(p.medianGapUs) / 8 * std::pow(64.0, i / 48.0));
    for (double c : candidates) {
        if (c < 1e6)
            continue;
        const double pw = power(t, k, c);
        if (pw > p.periodPower + 1e-9)
            p.periodPower = pw, p.periodUs = qint64(std::llround(c));
    }
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
    std::vector<qint64> gaps, scratch;
    for (size_t p = 0; p < pairs.pairs.size(); ++p) {
        if ((p & 0xffff) == 0 && !reportProgress(progress, 0.9 * double(p) / double(pairs.pairs.size())))
            return std::nullopt;
        const PairTimes::Pair &pair = pairs.pairs[p];
        const qint64 *t = pairs.times.data() + pair.begin;
        const size_t k = size_t(pair.end - pair.begin);
        if (qint64(k) < params.minLookups || k < 2)
            continue;
        gaps.resize(k - 1);
        for (size_t i = 1; i < k; ++i)
            gaps[i - 1] = t[i] - t[i - 1];
        PairScore s;
        s.client = pair.client;
        s.qname = pair.qname;
        s.lookups = qint64(k);
        scoreGaps(s, gaps, scratch);
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
        dominantPeriod(s, pairs.times.data() + scored[i].pair->begin,
                       size_t(scored[i].pair->end - scored[i].pair->begin));
        r.top.append(s);
    }
    std::sort(scored.begin(), scored.end(), byName);
    for (const Scored &s : scored) {
        if (s.score.automated)
            r.automated.emplace_back(s.score.client, s.score.qname);
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
