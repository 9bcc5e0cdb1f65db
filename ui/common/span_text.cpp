// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "span_text.h"

#include <QLocale>

#include <cmath>

QString SpanText::approximate(qint64 us, const QLocale &locale)
{
    constexpr qint64 kSecond = 1'000'000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour;
    us = std::llabs(us);
    if (us < 1000)
        return tr("%1 µs").arg(locale.toString(us));
    if (us < kSecond / 10)
        return tr("%1 ms").arg(locale.toString(double(us) / 1000, 'f', us < 10'000 ? 1 : 0));
    if (us < 10 * kSecond)
        return tr("%1 seconds").arg(locale.toString(double(us) / double(kSecond), 'f', 1));
    const qint64 seconds = (us + kSecond / 2) / kSecond;
    const auto days = [&](qint64 n) { return tr("%n day(s)", nullptr, int(n)); };
    const auto hours = [&](qint64 n) { return tr("%n hour(s)", nullptr, int(n)); };
    const auto minutes = [&](qint64 n) { return tr("%n minute(s)", nullptr, int(n)); };
    const auto secs = [&](qint64 n) { return tr("%n second(s)", nullptr, int(n)); };
    const auto pair = [](const QString &a, qint64 n, const QString &b) { return n ? tr("%1 %2").arg(a, b) : a; };
    if (us >= kDay) {
        const qint64 h = (seconds + 1800) / 3600;
        return pair(days(h / 24), h % 24, hours(h % 24));
    }
    if (us >= kHour) {
        const qint64 m = (seconds + 30) / 60;
        return pair(hours(m / 60), m % 60, minutes(m % 60));
    }
    if (us >= kMinute)
        return pair(minutes(seconds / 60), seconds % 60, secs(seconds % 60));
    return secs(seconds);
}
