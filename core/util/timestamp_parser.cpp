// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamp_parser.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace {

constexpr qint64 kUsPerSec = 1'000'000;
constexpr qint64 kSecsPerDay = 86'400;
// Open ends of the local-range cache; far from the qint64 limits so that adding an offset is safe.
constexpr qint64 kNegInf = std::numeric_limits<qint64>::min() / 4;
constexpr qint64 kPosInf = std::numeric_limits<qint64>::max() / 4;
constexpr size_t kMaxCachedRanges = 64;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Reads exactly count digits at p (advancing it) into value.
inline bool readDigits(const char *&p, const char *end, int count, int &value)
{
    if (end - p < count)
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(p[i]))
            return false;
        v = v * 10 + (p[i] - '0');
    }
    value = v;
    p += count;
    return true;
}

inline qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

inline bool isLeapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(qint64 y, int m)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (years counted in 400-year eras,
// each year starting in March so that the leap day is the last day of its year).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = floorDiv(y, 400);
    const qint64 yearOfEra = y - era * 400;                          // 0..399
    const qint64 monthFromMarch = m > 2 ? m - 3 : m + 9;             // 0..11
    const qint64 dayOfYear = (153 * monthFromMarch + 2) / 5 + d - 1; // 0..365
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + dayOfEra - 719'468;
}

void civilFromDays(qint64 days, qint64 &y, int &m, int &d)
{
    days += 719'468;
    const qint64 era = floorDiv(days, 146'097);
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    d = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    m = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
}

inline qint64 offsetAtUtc(const QTimeZone &zone, qint64 utcSecs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

} // namespace

TimestampParser::TimestampParser(const QTimeZone &zone, EpochUnit unit)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_unit(unit)
{
    m_fixedOffset = !m_zone.hasTransitions();
    if (m_fixedOffset)
        m_offset = offsetAtUtc(m_zone, 0);
}

std::optional<qint64> TimestampParser::parse(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end && isSpace(*p))
        ++p;
    while (end > p && isSpace(end[-1]))
        --end;
    if (p == end)
        return std::nullopt;
    if (end - p >= 10 && p[4] == '-')
        return parseIso(p, end);
    return parseEpoch(p, end);
}

std::optional<qint64> TimestampParser::parseIso(const char *p, const char *end)
{
    int year = 0, month = 0, day = 0;
    if (!readDigits(p, end, 4, year) || *p++ != '-' || !readDigits(p, end, 2, month) || p == end || *p++ != '-' ||
        !readDigits(p, end, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;

    int hour = 0, minute = 0, second = 0;
    qint64 fractionUs = 0;
    bool fractionZero = true;
    bool hasZone = false;
    qint64 zoneOffset = 0;
    if (p < end) {
        if (*p != 'T' && *p != 't' && *p != ' ')
            return std::nullopt;
        ++p;
        if (!readDigits(p, end, 2, hour) || p == end || *p++ != ':' || !readDigits(p, end, 2, minute))
            return std::nullopt;
        if (p < end && *p == ':') {
            ++p;
            if (!readDigits(p, end, 2, second))
                return std::nullopt;
            if (p < end && (*p == '.' || *p == ',')) {
                ++p;
                int digits = 0;
                for (; p < end && isDigit(*p); ++p, ++digits) {
                    if (digits < 6)
                        fractionUs = fractionUs * 10 + (*p - '0');
                    if (*p != '0')
                        fractionZero = false;
                }
                if (digits < 1 || digits > 9)
                    return std::nullopt;
                for (int i = digits; i < 6; ++i)
                    fractionUs *= 10;
            }
        }
        if (p < end && *p == ' ')
            ++p; // one optional space before the zone
        if (p < end) {
            hasZone = true;
            if (*p == 'Z' || *p == 'z') {
                ++p;
            } else if (*p == '+' || *p == '-') {
                const bool negative = *p++ == '-';
                int zoneHours = 0, zoneMinutes = 0;
                if (!readDigits(p, end, 2, zoneHours))
                    return std::nullopt;
                if (p < end && *p == ':') {
                    ++p;
                    if (!readDigits(p, end, 2, zoneMinutes))
                        return std::nullopt;
                } else if (p < end && !readDigits(p, end, 2, zoneMinutes)) {
                    return std::nullopt;
                }
                if (zoneHours > 23 || zoneMinutes > 59)
                    return std::nullopt;
                zoneOffset = (zoneHours * 3600 + zoneMinutes * 60) * (negative ? -1 : 1);
            } else {
                return std::nullopt;
            }
            if (p != end)
                return std::nullopt;
        }
    }

    if (minute > 59 || second > 60)
        return std::nullopt;
    if (hour == 24) {
        if (minute != 0 || second != 0 || !fractionZero)
            return std::nullopt;
    } else if (hour > 23) {
        return std::nullopt;
    }
    if (second == 60) { // leap second: the last microsecond of the minute
        second = 59;
        fractionUs = kUsPerSec - 1;
    }

    const qint64 localSecs = daysFromCivil(year, month, day) * kSecsPerDay + hour * 3600 + minute * 60 + second;
    const qint64 offset = hasZone ? zoneOffset : offsetForLocal(localSecs);
    return (localSecs - offset) * kUsPerSec + fractionUs;
}

std::optional<qint64> TimestampParser::parseEpoch(const char *p, const char *end) const
{
    quint64 whole = 0;
    int wholeDigits = 0;
    for (; p < end && isDigit(*p); ++p) {
        if (++wholeDigits > 19)
            return std::nullopt;
        whole = whole * 10 + quint64(*p - '0');
    }
    if (wholeDigits == 0 || whole > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    qint64 fractionNs = 0;
    if (p < end && *p == '.') {
        ++p;
        int digits = 0;
        for (; p < end && isDigit(*p); ++p, ++digits) {
            if (digits < 9)
                fractionNs = fractionNs * 10 + (*p - '0');
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 9; ++i)
            fractionNs *= 10;
    }
    if (p != end)
        return std::nullopt;

    const auto value = qint64(whole);
    EpochUnit unit = m_unit;
    if (unit == EpochUnit::Auto) {
        if (value < 100'000'000'000LL)
            unit = EpochUnit::Seconds;
        else if (value < 100'000'000'000'000LL)
            unit = EpochUnit::Milliseconds;
        else if (value < 100'000'000'000'000'000LL)
            unit = EpochUnit::Microseconds;
        else
            unit = EpochUnit::Nanoseconds;
    }
    qint64 scaled = 0;
    qint64 result = 0;
    switch (unit) {
    case EpochUnit::Auto: // resolved above
    case EpochUnit::Seconds:
        if (__builtin_mul_overflow(value, kUsPerSec, &scaled) ||
            __builtin_add_overflow(scaled, fractionNs / 1000, &result))
            return std::nullopt;
        return result;
    case EpochUnit::Milliseconds:
        if (__builtin_mul_overflow(value, qint64(1000), &scaled) ||
            __builtin_add_overflow(scaled, fractionNs / 1'000'000, &result))
            return std::nullopt;
        return result;
    case EpochUnit::Microseconds:
        return value;
    case EpochUnit::Nanoseconds:
        return value / 1000;
    }
    return std::nullopt;
}

qint64 TimestampParser::offsetForLocal(qint64 localSecs)
{
    if (m_fixedOffset)
        return m_offset;
    if (m_lastRange < m_ranges.size()) {
        const Range &last = m_ranges[m_lastRange];
        if (localSecs >= last.lo && localSecs < last.hi)
            return last.offset;
    }
    for (size_t i = 0; i < m_ranges.size(); ++i) {
        if (localSecs >= m_ranges[i].lo && localSecs < m_ranges[i].hi) {
            m_lastRange = i;
            return m_ranges[i].offset;
        }
    }
    if (m_ranges.size() >= kMaxCachedRanges)
        m_ranges.clear();
    m_ranges.push_back(resolveRange(localSecs));
    m_lastRange = m_ranges.size() - 1;
    return m_ranges.back().offset;
}

// Between two transitions t0 < t1 the zone has offset o; before t0 it had oPrev, after t1 it
// has oNext. With "gap: offset before; overlap: earlier occurrence", the local seconds that
// use o are exactly [t0 + max(oPrev, o), t1 + max(o, oNext)). Walk the transitions from a
// guess until that range contains localSecs.
TimestampParser::Range TimestampParser::resolveRange(qint64 localSecs) const
{
    qint64 utc = localSecs - offsetAtUtc(m_zone, localSecs);
    for (int step = 0; step < 16; ++step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
        const qint64 offset = m_zone.offsetFromUtc(at);
        qint64 t0 = kNegInf, offsetBefore = offset;
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
        if (previous.atUtc.isValid()) {
            t0 = previous.atUtc.toSecsSinceEpoch();
            offsetBefore = m_zone.offsetFromUtc(previous.atUtc.addSecs(-1));
        }
        qint64 t1 = kPosInf, offsetAfter = offset;
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid()) {
            t1 = next.atUtc.toSecsSinceEpoch();
            offsetAfter = next.offsetFromUtc;
        }
        const qint64 lo = t0 == kNegInf ? kNegInf : t0 + std::max(offsetBefore, offset);
        const qint64 hi = t1 == kPosInf ? kPosInf : t1 + std::max(offset, offsetAfter);
        if (localSecs < lo && t0 != kNegInf)
            utc = t0 - 1;
        else if (localSecs >= hi && t1 != kPosInf)
            utc = t1;
        else
            return {lo, hi, offset};
    }
    // Not expected with real zone data: fall back to an uncached-size range.
    return {localSecs, localSecs + 1, offsetAtUtc(m_zone, localSecs - offsetAtUtc(m_zone, localSecs))};
}

QByteArray TimestampParser::formatIso(qint64 us, const QTimeZone &zone)
{
    const qint64 secs = floorDiv(us, kUsPerSec);
    const qint64 micros = us - secs * kUsPerSec;
    const qint64 offset = zone.isValid() ? offsetAtUtc(zone, secs) : 0;
    const qint64 local = secs + offset;
    const qint64 days = floorDiv(local, kSecsPerDay);
    const qint64 secondOfDay = local - days * kSecsPerDay;
    qint64 year = 0;
    int month = 0, day = 0;
    civilFromDays(days, year, month, day);

    char buffer[96];
    int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d", static_cast<long long>(year), month,
                          day, int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    if (micros != 0)
        n += std::snprintf(buffer + n, sizeof buffer - size_t(n), ".%06d", int(micros));
    const qint64 absOffset = offset < 0 ? -offset : offset;
    n += std::snprintf(buffer + n, sizeof buffer - size_t(n), "%c%02d:%02d", offset < 0 ? '-' : '+',
                       int(absOffset / 3600), int(absOffset / 60 % 60));
    if (absOffset % 60 != 0)
        n += std::snprintf(buffer + n, sizeof buffer - size_t(n), ":%02d", int(absOffset % 60));
    return QByteArray(buffer, n);
}
