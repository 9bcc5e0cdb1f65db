// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration_text.h"

#include <array>

namespace {
struct Unit {
    char letter;
    qint64 us;
    const char *singular;
    const char *plural;
};
// Largest first, so compact() and words() pick the largest exact unit.
constexpr std::array<Unit, 5> kUnits = {{{'w', 7 * 86'400'000'000LL, "week", "weeks"},
                                         {'d', 86'400'000'000LL, "day", "days"},
                                         {'h', 3'600'000'000LL, "hour", "hours"},
                                         {'m', 60'000'000LL, "minute", "minutes"},
                                         {'s', 1'000'000LL, "second", "seconds"}}};
} // namespace

std::optional<qint64> DurationText::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.left(t.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0 || n > 100'000'000)
        return std::nullopt;
    for (const Unit &u : kUnits) {
        if (t.back() == QLatin1Char(u.letter))
            return n * u.us;
    }
    return std::nullopt;
}

QString DurationText::compact(qint64 us)
{
    for (const Unit &u : kUnits) {
        if (us != 0 && us % u.us == 0 && u.letter != 'w')
            return QString::number(us / u.us) + QLatin1Char(u.letter);
    }
    return QString::number(double(us) / 1e6) + QLatin1Char('s');
}

QString DurationText::words(qint64 us)
{
    for (const Unit &u : kUnits) {
        if (us != 0 && us % u.us == 0 && u.letter != 'w') {
            const qint64 n = us / u.us;
            return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? u.singular : u.plural);
        }
    }
    return QString::number(double(us) / 1e6) + QLatin1String(" seconds");
}
