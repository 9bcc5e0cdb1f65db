// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoom_history.h"

void ZoomHistory::record(const TimeRange &left)
{
    if (left.isEmpty() || (!m_back.isEmpty() && m_back.last() == left))
        return;
    m_back.append(left);
    if (m_back.size() > kLimit)
        m_back.removeFirst();
    m_forward.clear();
}

std::optional<TimeRange> ZoomHistory::back(const TimeRange &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<TimeRange> ZoomHistory::forward(const TimeRange &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

void ZoomHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}
