// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_coincidence.h"

#include "duration_text.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

qint64 floorDiv(qint64 a, qint64 b) // b > 0
{
    return a / b - (a % b < 0);
}

qint64 ceilDiv(qint64 a, qint64 b) // b > 0
{
    return -floorDiv(-a, b);
}

// Grid bins [lo, hi) relative to the extent's first bin.
struct Span {
    qint64 lo, hi;
};

QString percent(double share, int decimals = 0)
{
    return QString::number(share * 100, 'f', decimals) + QLatin1Char('%');
}

QString theEvents(int n)
{
    return n == 1 ? QStringLiteral("the event") : QStringLiteral("the %1 events").arg(n);
}

QString pText(double p)
{
    return QString::number(p, 'f', p >= 0.01 ? 2 : p >= 0.001 ? 3 : 4);
}

} // namespace

std::optional<EventCoincidence::Result> EventCoincidence::run(const FineCounts &series,
                                                              const QList<TimelineEvent> &events, const Params &params,
                                                              std::optional<TimeRange> extent,
                                                              const AnalysisProgress &progress)
{
    Result r;
    r.windowUs = params.windowUs;
    r.events = int(events.size());
    r.periBinUs = params.periBinUs;
    r.seriesName = params.seriesName;
    const qint64 step = series.stepUs;
    const TimeRange ext = extent.value_or(series.occupied());
    // The extent in grid bins: [a, a + n) of series.counts, clipped to the grid.
    const qint64 a = std::max<qint64>(0, floorDiv(ext.fromUs - series.fromUs, step));
    const qint64 b = std::min<qint64>(series.size(), ceilDiv(ext.toUs - series.fromUs, step));
    const qint64 n = std::max<qint64>(0, b - a);
    const qint64 origin = series.fromUs + a * step;
    r.extent = {origin, origin + n * step};
    std::vector<qint64> prefix(size_t(n) + 1, 0);
    for (qint64 i = 0; i < n; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + series.counts[size_t(a + i)];
    r.lookups = prefix[size_t(n)];
    const auto count = [&](qint64 lo, qint64 hi) {
        lo = std::clamp<qint64>(lo, 0, n), hi = std::clamp<qint64>(hi, 0, n);
        return hi > lo ? prefix[size_t(hi)] - prefix[size_t(lo)] : 0;
    };

    std::vector<Span> windows;
    qint64 longest = 0;
    for (const TimelineEvent &e : events) {
        const qint64 end = std::max(e.endUs.value_or(e.startUs), e.startUs);
        longest = std::max(longest, end - e.startUs);
        const Span s{std::clamp<qint64>(ceilDiv(e.startUs - params.windowUs - origin, step), 0, n),
                     std::clamp<qint64>(ceilDiv(end + params.windowUs - origin, step), 0, n)};
        if (s.hi > s.lo)
            windows.push_back(s);
    }
    std::sort(windows.begin(), windows.end(), [](const Span &x, const Span &y) { return x.lo < y.lo; });
    std::vector<Span> merged;
    for (const Span &s : windows) {
        if (!merged.empty() && s.lo <= merged.back().hi)
            merged.back().hi = std::max(merged.back().hi, s.hi);
        else
            merged.push_back(s);
    }
    for (const Span &s : merged)
        r.inWindows += count(s.lo, s.hi);
    r.observedShare = r.lookups > 0 ? double(r.inWindows) / double(r.lookups) : 0.0;

    // Peri-event histogram over [−3W, +3W) from each event's start.
    const qint64 periBins = std::max<qint64>(1, ceilDiv(6 * params.windowUs, params.periBinUs));
    for (qint64 k = 0; k < periBins; ++k) {
        const qint64 off = -3 * params.windowUs + k * params.periBinUs;
        r.periOffsetsUs.append(off);
        qint64 c = 0;
        for (const TimelineEvent &e : events)
            c += count(ceilDiv(e.startUs + off - origin, step),
                       ceilDiv(e.startUs + off + params.periBinUs - origin, step));
        r.periCounts.append(c);
    }

    // The null: circular shifts δ ∈ [m, n − m] grid bins.
    const qint64 m = ceilDiv(2 * params.windowUs + longest, step);
    r.minShiftUs = m * step;
    const qint64 span = n - 2 * m + 1;
    if (span <= 0 || r.lookups == 0 || merged.empty() || params.shifts <= 0) {
        r.sentence = QStringLiteral("%1 of %2 fell within ±%3 of %4; too little data around them for a test")
                         .arg(percent(r.observedShare), params.seriesName, DurationText::words(params.windowUs),
                              theEvents(r.events));
        return r;
    }
    const auto circular = [&](qint64 x, qint64 len) {
        return x + len <= n ? prefix[size_t(x + len)] - prefix[size_t(x)]
                            : (prefix[size_t(n)] - prefix[size_t(x)]) + prefix[size_t(x + len - n)];
    };
    std::mt19937_64 rng(params.seed);
    qint64 atLeast = 0;
    double sum = 0, sumSq = 0;
    std::vector<qint64> nullCounts(size_t(params.shifts));
    for (int i = 0; i < params.shifts; ++i) {
        if ((i & 1023) == 0 && !reportProgress(progress, double(i) / params.shifts))
            return std::nullopt;
        const qint64 delta = m + qint64(rng() % quint64(span));
        qint64 c = 0;
        for (const Span &s : merged)
            c += circular((s.lo - delta + n) % n, s.hi - s.lo);
        atLeast += c >= r.inWindows;
        nullCounts[size_t(i)] = c;
        const double share = double(c) / double(r.lookups);
        sum += share;
        sumSq += share * share;
    }
    r.shifts = params.shifts;
    const auto [lo, hi] = std::minmax_element(nullCounts.begin(), nullCounts.end());
    r.nullFirst = *lo;
    r.nullStep = std::max<qint64>(1, ceilDiv(*hi - *lo + 1, Result::kNullBins));
    r.nullCounts.fill(0, (*hi - *lo) / r.nullStep + 1);
    for (qint64 c : nullCounts)
        ++r.nullCounts[(c - r.nullFirst) / r.nullStep];
    r.nullMean = sum / r.shifts;
    r.nullSd = r.shifts > 1 ? std::sqrt(std::max(0.0, (sumSq - sum * r.nullMean) / (r.shifts - 1))) : 0.0;
    r.pValue = double(1 + atLeast) / double(1 + r.shifts);
    r.shiftsAtLeast = atLeast;
    const int decimals = shareDecimals(r.nullSd);
    const QString p = atLeast == 0
        ? QStringLiteral("p < %1: none of %2 shifts reached it")
              .arg(pText(pBound(r.shifts)), QLocale::c().toString(r.shifts))
        : QStringLiteral("p = %1 (%2 of %3 shifts reached it)").arg(pText(*r.pValue)).arg(atLeast).arg(r.shifts);
    r.sentence = QStringLiteral("%1 of %2 fell within ±%3 of %4; by chance %5 ± %6; %7")
                     .arg(percent(r.observedShare, decimals), params.seriesName, DurationText::words(params.windowUs),
                          theEvents(r.events), percent(r.nullMean, decimals), percent(r.nullSd, decimals), p);
    reportProgress(progress, 1.0);
    return r;
}

int EventCoincidence::shareDecimals(double sd)
{
    const double percentSd = sd * 100;
    if (!(percentSd > 0))
        return 1;
    return std::clamp(-int(std::floor(std::log10(percentSd))), 0, 3);
}

double EventCoincidence::pBound(int shifts)
{
    const double p = 1.0 / double(std::max(shifts, 0) + 1);
    const double scale = std::pow(10.0, std::floor(std::log10(p)));
    return std::ceil(p / scale - 1e-9) * scale;
}

QJsonObject EventCoincidence::toJson(const Result &r)
{
    QJsonArray offsets, counts;
    for (qint64 o : r.periOffsetsUs)
        offsets.append(double(o) / 1e6);
    for (qint64 c : r.periCounts)
        counts.append(c);
    return QJsonObject{
        {QStringLiteral("series"), r.seriesName},
        {QStringLiteral("observed_share"), r.observedShare},
        {QStringLiteral("in_window"), r.inWindows},
        {QStringLiteral("null_mean"), r.nullMean},
        {QStringLiteral("null_sd"), r.nullSd},
        {QStringLiteral("p_value"), r.pValue ? QJsonValue(*r.pValue) : QJsonValue()},
        {QStringLiteral("shifts"), r.shifts},
        {QStringLiteral("min_shift"), DurationText::compact(r.minShiftUs)},
        {QStringLiteral("window"), DurationText::compact(r.windowUs)},
        {QStringLiteral("events"), r.events},
        {QStringLiteral("lookups"), r.lookups},
        {QStringLiteral("peri_event"),
         QJsonObject{{QStringLiteral("bin_width"), DurationText::compact(r.periBinUs)},
                     {QStringLiteral("offset_unit"), QStringLiteral("s")},
                     {QStringLiteral("offsets"), offsets},
                     {QStringLiteral("counts"), counts}}},
        {QStringLiteral("sentence"), r.sentence},
    };
}
