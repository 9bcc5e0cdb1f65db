// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodicity_scorer.h"

#include "model/lookup_field.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <complex>
#include <numbers>

namespace {

// Open addressing from a (client, qname) key to a dense pair index.
constexpr quint32 kSkipped = 0xffffffffu; // a row the filter drops

class PairIndex {
public:
    explicit PairIndex(size_t expected) : m_mask(std::bit_ceil(std::max<size_t>(expected * 2, 1024)) - 1),
                                          m_keys(m_mask + 1, kEmpty), m_ids(m_mask + 1, 0) {}
    quint32 idOf(quint64 key)
    {
        size_t h = size_t((key * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
        while (m_keys[h] != kEmpty && m_keys[h] != key)
            h = (h + 1) & m_mask;
        if (m_keys[h] == kEmpty) {
            if (keys.size() * 2 > m_mask)
                grow();
            return insertNew(key);
        }
        return m_ids[h];
    }
    std::vector<quint64> keys; // by pair index

private:
    static constexpr quint64 kEmpty = ~0ULL;
    quint32 insertNew(quint64 key)
    {
        size_t h = size_t((key * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
        while (m_keys[h] != kEmpty)
            h = (h + 1) & m_mask;
        m_keys[h] = key;
        m_ids[h] = quint32(keys.size());
        keys.push_back(key);
        return m_ids[h];
    }
    void grow()
    {
        m_mask = m_mask * 2 + 1;
        m_keys.assign(m_mask + 1, kEmpty);
        m_ids.assign(m_mask + 1, 0);
        std::vector<quint64> old;
        old.swap(keys);
        for (quint64 k : old)
            insertNew(k);
    }
    size_t m_mask;
    std::vector<quint64> m_keys;
    std::vector<quint32> m_ids;
};

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
                                                                   std::optional<TimeRange> range, const Params &params,
                                                                   const AnalysisProgress &progress,
                                                                   const LookupFilter &filter)
{
    const size_t client = size_t(nameFieldIndex(LookupField::Client)), qname = size_t(nameFieldIndex(LookupField::Qname));
    size_t total = 0;
    for (const auto &d : datasets)
        total += d->ts.size();
    PairIndex index(std::min<size_t>(total, 1 << 20));
    std::vector<quint32> pairOf;
    pairOf.reserve(total);
    std::vector<std::pair<size_t, size_t>> spans; // per dataset [lo, hi)
    for (const auto &d : datasets) {
        if (!d->hasNames(int(client)) || !d->hasNames(int(qname)))
            return Result{};
        const auto &ts = d->ts;
        const size_t lo = range ? size_t(std::lower_bound(ts.begin(), ts.end(), range->fromUs) - ts.begin()) : 0;
        const size_t hi = range ? size_t(std::lower_bound(ts.begin(), ts.end(), range->toUs) - ts.begin()) : ts.size();
        spans.emplace_back(lo, hi);
        const bool all = filter.isEmpty(); // the common case keeps its tight loop
        for (size_t i = lo; i < hi; ++i)
            pairOf.push_back(all || filter.passes(*d, i) ? index.idOf(quint64(d->names[client][i]) << 32 | d->names[qname][i])
                                                         : kSkipped);
        if (!reportProgress(progress, 0.3 * double(pairOf.size()) / double(std::max<size_t>(total, 1))))
            return std::nullopt;
    }
    // Counting sort of the times by pair.
    const size_t pairs = index.keys.size();
    std::vector<qint64> start(pairs + 1, 0);
    for (quint32 p : pairOf) {
        if (p != kSkipped)
            ++start[p + 1];
    }
    for (size_t p = 0; p < pairs; ++p)
        start[p + 1] += start[p];
    std::vector<qint64> times(static_cast<size_t>(start[pairs]));
    {
        std::vector<qint64> fill(start.begin(), start.end() - 1);
        size_t row = 0;
        for (qsizetype k = 0; k < datasets.size(); ++k) {
            for (size_t i = spans[size_t(k)].first; i < spans[size_t(k)].second; ++i) {
                const quint32 p = pairOf[row++];
                if (p != kSkipped)
                    times[size_t(fill[p]++)] = datasets[k]->ts[i];
            }
        }
    }
    Result r;
    std::vector<PairScore> scored;
    std::vector<qint64> gaps, scratch;
    for (size_t p = 0; p < pairs; ++p) {
        if ((p & 0xffff) == 0 && !reportProgress(progress, 0.3 + 0.6 * double(p) / double(pairs)))
            return std::nullopt;
        qint64 *t = times.data() + start[p];
        const size_t k = size_t(start[p + 1] - start[p]);
        if (qint64(k) < params.minLookups)
            continue;
        if (datasets.size() > 1)
            std::sort(t, t + k);
        gaps.resize(k - 1);
        for (size_t i = 1; i < k; ++i)
            gaps[i - 1] = t[i] - t[i - 1];
        PairScore s;
        s.client = quint32(index.keys[p] >> 32);
        s.qname = quint32(index.keys[p]);
        s.lookups = qint64(k);
        scoreGaps(s, gaps, scratch);
        s.automated = s.score >= params.automatedAt;
        if (s.automated)
            r.automated.emplace_back(s.client, s.qname);
        scored.push_back(s);
    }
    r.pairs = qint64(scored.size());
    const size_t top = std::min(scored.size(), size_t(std::max(params.top, 0)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(top), scored.end(),
                      [](const PairScore &a, const PairScore &b) { return a.lookups > b.lookups; });
    for (size_t i = 0; i < top; ++i) {
        PairScore s = scored[i];
        const size_t p = index.idOf(quint64(s.client) << 32 | s.qname);
        dominantPeriod(s, times.data() + start[p], size_t(start[p + 1] - start[p]));
        r.top.append(s);
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
