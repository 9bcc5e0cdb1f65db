// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <vector>

// Lookups counted per series on a regular grid of cells (a minute, a second) over a span, so
// that a bin whose edges fall on cell boundaries costs O(1) per series whatever the number of
// lookups: what lets the SQLite store bin a billion lookups without holding them. Cells are
// kept in pages (a day of minutes, an hour of seconds) holding running sums; a page in which a
// series has no lookups holds nothing. Fill with add(), then finish(), then read with count().
// Times are µs UTC; the grid starts at a multiple of the step since the epoch, so a time is a
// cell boundary when it is a multiple of the step.
// Memory: 8 bytes per (series, cell) of each page where the series has lookups, plus 8 bytes
// per (series, page). Not thread-safe while filling; immutable and thread-safe after finish().
class CountGrid {
public:
    // series ≥ 1; stepUs ≥ 1; pageCells ≥ 1; span: the times add() will be given.
    CountGrid(int series, qint64 stepUs, qint64 pageCells, const TimeRange &span);
    CountGrid() = default;

    int seriesCount() const { return m_series; }
    qint64 stepUs() const { return m_stepUs; }
    TimeRange span() const { return {m_originUs, m_originUs + m_stepUs * m_pageCells * m_pageCount}; }
    bool isBoundary(qint64 tUs) const { return tUs % m_stepUs == 0; }

    // n lookups of a series at time t (in the span given at construction).
    void add(int series, qint64 tUs, qint64 n = 1);
    // Turns the cells into running sums; no add() after it.
    void finish();

    // The lookups of a series in [fromUs, toUs), both cell boundaries; times outside the span
    // count as its ends. Only after finish().
    qint64 count(int series, qint64 fromUs, qint64 toUs) const { return before(series, toUs) - before(series, fromUs); }
    qint64 total(int series) const
    {
        return m_pageBase[size_t(series) * size_t(m_pageCount + 1) + size_t(m_pageCount)];
    }
    size_t bytes() const;

private:
    qint64 before(int series, qint64 tUs) const; // lookups of the series before t, a boundary

    int m_series = 0;
    qint64 m_stepUs = 1;
    qint64 m_pageCells = 1;
    qint64 m_originUs = 0;
    qint64 m_pageCount = 0;
    std::vector<std::vector<qint64>> m_pages; // [series * pageCount + page]: cells; empty: none
    std::vector<qint64> m_pageBase;           // [series * (pageCount + 1) + page]: lookups before it
};
