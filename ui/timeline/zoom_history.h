// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QList>

#include <optional>

// Back and forward through the views a user left, like a browser's history: record() the view
// being left, back() and forward() take the view being shown and return the one to show.
// A new record() clears the forward list. Bounded (kLimit views). A plain value; O(1) steps.
class ZoomHistory {
public:
    static constexpr qsizetype kLimit = 100;

    void record(const TimeRange &left);
    std::optional<TimeRange> back(const TimeRange &current);
    std::optional<TimeRange> forward(const TimeRange &current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void clear();

private:
    QList<TimeRange> m_back;
    QList<TimeRange> m_forward;
};
