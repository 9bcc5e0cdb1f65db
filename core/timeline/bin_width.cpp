// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bin_width.h"

#include <QDateTime>

#include <array>
#include <limits>

namespace {
constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Named {
    const char *name;
    BinWidth::Unit unit;
    qint64 us;
};
constexpr std::array<Named, 16> kNamed = {{
    {"1s", BinWidth::Unit::Fixed, kSecond},
    {"5s", BinWidth::Unit::Fixed, 5 * kSecond},
    {"10s", BinWidth::Unit::Fixed, 10 * kSecond},
    {"30s", BinWidth::Unit::Fixed, 30 * kSecond},
    {"1m", BinWidth::Unit::Fixed, kMinute},
    {"5m", BinWidth::Unit::Fixed, 5 * kMinute},
    {"10m", BinWidth::Unit::Fixed, 10 * kMinute},
    {"15m", BinWidth::Unit::Fixed, 15 * kMinute},
    {"30m", BinWidth::Unit::Fixed, 30 * kMinute},
    {"1h", BinWidth::Unit::Fixed, kHour},
    {"3h", BinWidth::Unit::Fixed, 3 * kHour},
    {"6h", BinWidth::Unit::Fixed, 6 * kHour},
    {"12h", BinWidth::Unit::Fixed, 12 * kHour},
    {"1d", BinWidth::Unit::Day, 0},
    {"1w", BinWidth::Unit::Week, 0},
    {"1mo", BinWidth::Unit::Month, 0},
}};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 offsetUs(const QTimeZone &zone, qint64 tUs)
{
    if (zone == QTimeZone::utc())
        return 0;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(floorDiv(tUs, 1000), QTimeZone::utc());
    return qint64(zone.offsetFromUtc(at)) * kSecond;
}

QDate localDate(qint64 tUs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(tUs, 1000), zone).date();
}

qint64 localMidnight(QDate date, const QTimeZone &zone)
{
    // A zone whose DST gap swallows midnight starts that day at the first valid instant.
    return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch() * 1000;
}
} // namespace

std::optional<BinWidth> BinWidth::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const Named &n : kNamed) {
        if (t == QLatin1String(n.name))
            return BinWidth(n.unit, n.us);
    }
    return std::nullopt;
}

const QList<BinWidth> &BinWidth::niceWidths()
{
    static const QList<BinWidth> all = [] {
        QList<BinWidth> out;
        for (const Named &n : kNamed)
            out.append(BinWidth(n.unit, n.us));
        return out;
    }();
    return all;
}

BinWidth BinWidth::automatic(const TimeRange &range, const QTimeZone &zone)
{
    return finestFitting(range, kAutoMaxBins, zone);
}

BinWidth BinWidth::finestFitting(const TimeRange &range, qsizetype maxBins, const QTimeZone &zone)
{
    // Widening the range to whole bins can add a bin at each end: count the real edges.
    for (const BinWidth &w : niceWidths()) {
        if (range.length() / w.nominalUs() > maxBins)
            continue;
        if (w.edges(range, zone, maxBins + 2).size() - 1 <= maxBins)
            return w;
    }
    return niceWidths().back();
}

qint64 BinWidth::binCount(const TimeRange &range, const QTimeZone &zone) const
{
    if (range.isEmpty())
        return 0;
    const qint64 first = floor(range.fromUs, zone);
    const qint64 step = m_unit == Unit::Fixed ? m_us : nominalUs();
    return (range.toUs - first + step - 1) / step;
}

qint64 BinWidth::nominalUs() const
{
    switch (m_unit) {
    case Unit::Fixed:
        return m_us;
    case Unit::Day:
        return kDay;
    case Unit::Week:
        return 7 * kDay;
    case Unit::Month:
        return 30 * kDay;
    }
    return m_us;
}

QString BinWidth::name() const
{
    for (const Named &n : kNamed) {
        if (n.unit == m_unit && n.us == m_us)
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("%1s").arg(m_us / kSecond);
}

qint64 BinWidth::floor(qint64 tUs, const QTimeZone &zone) const
{
    if (m_unit == Unit::Fixed) {
        // The latest instant b ≤ t whose local wall-clock time is a multiple of the width.
        // Near a DST change b's offset can differ from t's, so resolve each candidate local
        // boundary with the offsets on both sides and keep one that maps back exactly.
        const qint64 offsetAtT = offsetUs(zone, tUs);
        qint64 local = floorDiv(tUs + offsetAtT, m_us) * m_us;
        for (int attempt = 0; attempt < 4; ++attempt, local -= m_us) {
            qint64 best = std::numeric_limits<qint64>::min();
            for (qint64 guess : {local - offsetAtT, local - offsetUs(zone, local - offsetAtT)}) {
                if (guess <= tUs && guess + offsetUs(zone, guess) == local)
                    best = std::max(best, guess);
            }
            if (best != std::numeric_limits<qint64>::min()) {
                // Exact durations from that boundary: after a fall-back hour the bin holding t
                // can be the one after it.
                while (best + m_us <= tUs)
                    best += m_us;
                return best;
            }
        }
        // No local boundary exists nearby (a skipped hour): fall back to t's own offset.
        qint64 b = floorDiv(tUs + offsetAtT, m_us) * m_us - offsetAtT;
        while (b > tUs)
            b -= m_us;
        return b;
    }
    QDate d = localDate(tUs, zone);
    if (m_unit == Unit::Week)
        d = d.addDays(1 - d.dayOfWeek());
    else if (m_unit == Unit::Month)
        d = QDate(d.year(), d.month(), 1);
    qint64 b = localMidnight(d, zone);
    if (b > tUs) // only in zones whose midnight can be skipped
        b = localMidnight(m_unit == Unit::Month ? d.addMonths(-1) : d.addDays(m_unit == Unit::Week ? -7 : -1), zone);
    return b;
}

qint64 BinWidth::next(qint64 bUs, const QTimeZone &zone) const
{
    if (m_unit == Unit::Fixed)
        return bUs + m_us;
    // Noon of the bin's first day is safely inside it whatever the DST rules.
    const QDate d = localDate(bUs + 12 * kHour, zone);
    switch (m_unit) {
    case Unit::Day:
        return localMidnight(d.addDays(1), zone);
    case Unit::Week:
        return localMidnight(d.addDays(7), zone);
    case Unit::Month:
        return localMidnight(QDate(d.year(), d.month(), 1).addMonths(1), zone);
    case Unit::Fixed:
        break;
    }
    return bUs + m_us;
}

QList<qint64> BinWidth::edges(const TimeRange &range, const QTimeZone &zone, qsizetype maxBins) const
{
    QList<qint64> out;
    if (range.isEmpty())
        return out;
    const qint64 first = floor(range.fromUs, zone);
    if (m_unit == Unit::Fixed) {
        const qint64 n = (range.toUs - first + m_us - 1) / m_us;
        if (n > maxBins)
            return out;
        out.reserve(n + 1);
        for (qint64 i = 0; i <= n; ++i)
            out.append(first + i * m_us);
        return out;
    }
    if (range.length() / nominalUs() > maxBins)
        return out;
    out.append(first);
    while (out.back() < range.toUs)
        out.append(next(out.back(), zone));
    return out;
}
