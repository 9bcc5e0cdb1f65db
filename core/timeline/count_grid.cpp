// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "count_grid.h"

#include <algorithm>

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

CountGrid::CountGrid(int series, qint64 stepUs, qint64 pageCells, const TimeRange &span)
    : m_series(std::max(series, 1)), m_stepUs(std::max<qint64>(stepUs, 1)), m_pageCells(std::max<qint64>(pageCells, 1))
{
    const qint64 pageUs = m_stepUs * m_pageCells;
    m_originUs = floorDiv(span.fromUs, pageUs) * pageUs;
    m_pageCount = span.isEmpty() ? 0 : floorDiv(span.toUs - 1 - m_originUs, pageUs) + 1;
    m_pages.resize(size_t(m_series) * size_t(m_pageCount));
    m_pageBase.assign(size_t(m_series) * size_t(m_pageCount + 1), 0);
}

void CountGrid::add(int series, qint64 tUs, qint64 n)
{
    const qint64 cell = floorDiv(tUs - m_originUs, m_stepUs);
    const qint64 page = cell / m_pageCells;
    std::vector<qint64> &cells = m_pages[size_t(series) * size_t(m_pageCount) + size_t(page)];
    if (cells.empty())
        cells.assign(size_t(m_pageCells), 0);
    cells[size_t(cell % m_pageCells)] += n;
}

void CountGrid::finish()
{
    for (int s = 0; s < m_series; ++s) {
        qint64 *base = m_pageBase.data() + size_t(s) * size_t(m_pageCount + 1);
        for (qint64 p = 0; p < m_pageCount; ++p) {
            std::vector<qint64> &cells = m_pages[size_t(s) * size_t(m_pageCount) + size_t(p)];
            qint64 sum = 0;
            for (qint64 &c : cells)
                c = sum += c;
            base[p + 1] = base[p] + sum;
        }
    }
}

qint64 CountGrid::before(int series, qint64 tUs) const
{
    const qint64 cell = std::clamp<qint64>(floorDiv(tUs - m_originUs, m_stepUs), 0, m_pageCount * m_pageCells);
    const qint64 page = cell / m_pageCells, offset = cell % m_pageCells;
    const qint64 base = m_pageBase[size_t(series) * size_t(m_pageCount + 1) + size_t(page)];
    if (offset == 0)
        return base;
    const std::vector<qint64> &cells = m_pages[size_t(series) * size_t(m_pageCount) + size_t(page)];
    return cells.empty() ? base : base + cells[size_t(offset - 1)];
}

size_t CountGrid::bytes() const
{
    size_t sum = m_pageBase.size() * sizeof(qint64) + m_pages.size() * sizeof(std::vector<qint64>);
    for (const auto &cells : m_pages)
        sum += cells.capacity() * sizeof(qint64);
    return sum;
}
