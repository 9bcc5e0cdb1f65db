// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence_window.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
qint64 yearsLater(qint64 us, int years)
{
    const qint64 ms = us / 1000;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).addYears(years).toMSecsSinceEpoch() * 1000 +
        (us - ms * 1000);
}
} // namespace

RecurrenceWindow RecurrenceWindow::around(const TimeRange &extent)
{
    RecurrenceWindow w;
    if (!extent.isEmpty())
        w.range = TimeRange{yearsLater(extent.fromUs, -1), yearsLater(extent.toUs, 1)};
    return w;
}

TimeRange RecurrenceWindow::rangeFor(qint64 firstStartUs) const
{
    return range.value_or(TimeRange{firstStartUs, yearsLater(firstStartUs, 1)});
}
