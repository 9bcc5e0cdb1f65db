// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoned_time_ticker.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kMaxTicks = 2000; // a guard: never build more ticks than this

QDateTime at(double seconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), zone);
}

// The label patterns, for lupdate: a translation may reorder them.
[[maybe_unused]] constexpr const char *kPatterns[] = {
    QT_TRANSLATE_NOOP("ZonedTimeTicker", "HH:mm:ss"), QT_TRANSLATE_NOOP("ZonedTimeTicker", "HH:mm"),
    QT_TRANSLATE_NOOP("ZonedTimeTicker", "MMM d"), QT_TRANSLATE_NOOP("ZonedTimeTicker", "MMM"),
    QT_TRANSLATE_NOOP("ZonedTimeTicker", "yyyy")};

// A label pattern in the locale's language and order ("MMM d" is "d MMM" in Russian); English
// (and exports, which are English) as written.
QString fmt(const QDateTime &dt, const char *pattern, const QLocale &locale)
{
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    return locale.toString(
        dt, english ? QString::fromLatin1(pattern) : QCoreApplication::translate("ZonedTimeTicker", pattern));
}

} // namespace

ZonedTimeTicker::ZonedTimeTicker(QCPAxis *axis, const QTimeZone &zone) : m_axis(axis), m_zone(zone)
{}

const QList<ZonedTimeTicker::Step> &ZonedTimeTicker::niceSteps()
{
    static const QList<Step> steps = {
        {Unit::Second, 1},  {Unit::Second, 2},  {Unit::Second, 5}, {Unit::Second, 10}, {Unit::Second, 15},
        {Unit::Second, 30}, {Unit::Minute, 1},  {Unit::Minute, 2}, {Unit::Minute, 5},  {Unit::Minute, 10},
        {Unit::Minute, 15}, {Unit::Minute, 30}, {Unit::Hour, 1},   {Unit::Hour, 2},    {Unit::Hour, 3},
        {Unit::Hour, 6},    {Unit::Hour, 12},   {Unit::Day, 1},    {Unit::Day, 2},     {Unit::Week, 1},
        {Unit::Month, 1},   {Unit::Month, 3},   {Unit::Month, 6},  {Unit::Year, 1},    {Unit::Year, 2},
        {Unit::Year, 5},    {Unit::Year, 10},   {Unit::Year, 20},  {Unit::Year, 50},   {Unit::Year, 100}};
    return steps;
}

double ZonedTimeTicker::minimumSeconds(const Step &step)
{
    switch (step.unit) {
    case Unit::Second:
        return step.count;
    case Unit::Minute:
        return double(step.count * kMinute);
    case Unit::Hour:
        return double(step.count * kHour);
    case Unit::Day:
        return double(step.count * kDay - kHour); // a day can be 23 h long
    case Unit::Week:
        return double(7 * kDay - kHour);
    case Unit::Month:
        return double(step.count * 28 * kDay + (step.count - 1) * 2 * kDay);
    case Unit::Year:
        return double(step.count * 365 * kDay);
    }
    return 1;
}

double ZonedTimeTicker::labelSlotWidth(const Step &step, const QFont &font)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    switch (step.unit) {
    case Unit::Second:
        lines = {QStringLiteral("00:00:00"), QStringLiteral("Sep 30")};
        break;
    case Unit::Minute:
    case Unit::Hour:
        lines = {QStringLiteral("00:00"), QStringLiteral("Sep 30")};
        break;
    case Unit::Day:
    case Unit::Week:
        lines = {QStringLiteral("Sep 30"), QStringLiteral("0000")};
        break;
    case Unit::Month:
        lines = {QStringLiteral("Sep"), QStringLiteral("0000")};
        break;
    case Unit::Year:
        lines = {QStringLiteral("0000")};
        break;
    }
    double widest = 0;
    for (const QString &line : std::as_const(lines))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest + fm.horizontalAdvance(QStringLiteral("MM")); // the gap between labels
}

ZonedTimeTicker::Step ZonedTimeTicker::stepFor(const QCPRange &range, double axisPixels, const QFont &font) const
{
    const double span = std::max(range.size(), 1e-9);
    for (const Step &step : niceSteps()) {
        const double fit = axisPixels / labelSlotWidth(step, font);
        if (span / minimumSeconds(step) + 1 <= std::max(fit, 1.0))
            return step;
    }
    return niceSteps().back();
}

QVector<double> ZonedTimeTicker::ticksFor(const Step &step, const QCPRange &range) const
{
    QVector<double> ticks;
    const qint64 lo = qint64(std::floor(range.lower));
    const qint64 hi = qint64(std::ceil(range.upper));
    auto add = [&](qint64 t) {
        if (t >= range.lower && t <= range.upper && (ticks.isEmpty() || t > ticks.back()))
            ticks.append(double(t));
    };
    if (step.unit == Unit::Second || step.unit == Unit::Minute || (step.unit == Unit::Hour && step.count == 1)) {
        // Exact durations laid on the local wall clock: a local time aligned to the step.
        const qint64 len = step.count * (step.unit == Unit::Second ? 1 : step.unit == Unit::Minute ? kMinute : kHour);
        const qint64 offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(lo, m_zone));
        qint64 t = (lo + offset) - (((lo + offset) % len) + len) % len - offset;
        for (int n = 0; t <= hi && n < kMaxTicks; t += len, ++n) {
            const qint64 local = t + m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, m_zone));
            if (((local % len) + len) % len == 0)
                add(t);
        }
        return ticks;
    }
    const QDate first = at(range.lower, m_zone).date();
    const QDate last = at(range.upper, m_zone).date();
    if (step.unit == Unit::Hour) {
        for (QDate d = first; d <= last && ticks.size() < kMaxTicks; d = d.addDays(1)) {
            for (int h = 0; h < 24; h += step.count)
                add(QDateTime(d, QTime(h, 0), m_zone).toSecsSinceEpoch());
        }
    } else if (step.unit == Unit::Day || step.unit == Unit::Week) {
        for (QDate d = first; d <= last && ticks.size() < kMaxTicks; d = d.addDays(1)) {
            const bool aligned = step.unit == Unit::Week ? d.dayOfWeek() == 1 : d.toJulianDay() % step.count == 0;
            if (aligned)
                add(d.startOfDay(m_zone).toSecsSinceEpoch());
        }
    } else if (step.unit == Unit::Month) {
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1)) {
            if ((d.month() - 1) % step.count == 0)
                add(d.startOfDay(m_zone).toSecsSinceEpoch());
        }
    } else {
        for (int y = first.year() - first.year() % step.count; y <= last.year(); y += step.count)
            add(QDate(y, 1, 1).startOfDay(m_zone).toSecsSinceEpoch());
    }
    return ticks;
}

QVector<QString> ZonedTimeTicker::labelsFor(const Step &step, const QVector<double> &ticks) const
{
    QVector<QString> labels;
    labels.reserve(ticks.size());
    QDate previous;
    for (const double tick : ticks) {
        const QDateTime dt = at(tick, m_zone);
        const QDate d = dt.date();
        const bool newDay = !previous.isValid() || previous != d;
        const bool newYear = !previous.isValid() || previous.year() != d.year();
        previous = d;
        const QLocale &l = m_locale;
        switch (step.unit) {
        case Unit::Second:
            labels.append(fmt(dt, "HH:mm:ss", l) + (newDay ? QLatin1Char('\n') + fmt(dt, "MMM d", l) : QString()));
            break;
        case Unit::Minute:
        case Unit::Hour:
            labels.append(fmt(dt, "HH:mm", l) + (newDay ? QLatin1Char('\n') + fmt(dt, "MMM d", l) : QString()));
            break;
        case Unit::Day:
        case Unit::Week:
            labels.append(fmt(dt, "MMM d", l) + (newYear ? QLatin1Char('\n') + fmt(dt, "yyyy", l) : QString()));
            break;
        case Unit::Month:
            labels.append(fmt(dt, "MMM", l) +
                          (newYear || d.month() == 1 ? QLatin1Char('\n') + fmt(dt, "yyyy", l) : QString()));
            break;
        case Unit::Year:
            labels.append(fmt(dt, "yyyy", l));
            break;
        }
    }
    return labels;
}

void ZonedTimeTicker::generate(const QCPRange &range, const QLocale &locale, QChar, int, QVector<double> &ticks,
                               QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    m_locale = locale; // the plot's: the window's language, English in exports
    const QFont font = m_axis ? m_axis->tickLabelFont() : QFont();
    const double pixels = m_axis && m_axis->axisRect() ? std::max(m_axis->axisRect()->width(), 50) : 800.0;
    const Step step = stepFor(range, pixels, font);
    ticks = ticksFor(step, range);
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        *tickLabels = labelsFor(step, ticks);
}
