// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zone_offsets.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

ZoneOffsets::ZoneOffsets(const QTimeZone &zone, const TimeRange &range)
{
    const auto at = [](qint64 us) { return QDateTime::fromMSecsSinceEpoch(floorDiv(us, 1000), QTimeZone::utc()); };
    const QDateTime from = at(range.fromUs - kDayUs);
    m_starts.push_back(std::numeric_limits<qint64>::min());
    m_offsets.push_back(qint64(zone.offsetFromUtc(from)) * 1'000'000);
    if (!zone.hasTransitions())
        return;
    for (const QTimeZone::OffsetData &t : zone.transitions(from, at(range.toUs + kDayUs))) {
        const qint64 startUs = t.atUtc.toMSecsSinceEpoch() * 1000;
        const qint64 offset = qint64(t.offsetFromUtc) * 1'000'000;
        if (startUs <= m_starts.back() || offset == m_offsets.back())
            continue;
        m_starts.push_back(startUs);
        m_offsets.push_back(offset);
    }
}

qint64 ZoneOffsets::offsetUs(qint64 tUs) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), tUs);
    return m_offsets[size_t(it - m_starts.begin() - 1)];
}
