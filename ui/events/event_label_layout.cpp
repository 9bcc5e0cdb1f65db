// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_label_layout.h"

#include <QFontMetricsF>

#include <algorithm>

EventLabelLayout::EventLabelLayout(const QFont &font, int maxRows, double maxWidth)
    : m_font(font), m_maxRows(std::max(1, maxRows)), m_maxWidth(maxWidth), m_rowHeight(QFontMetricsF(font).height() + 4)
{}

double EventLabelLayout::bandHeight(int rows) const
{
    return rows > 0 ? rows * m_rowHeight + 3 : 0;
}

int EventLabelLayout::rowsUsed(const QList<Placement> &placements)
{
    int rows = 0;
    for (const Placement &p : placements)
        rows = std::max(rows, p.row + 1);
    return rows;
}

QList<EventLabelLayout::Placement> EventLabelLayout::place(const QList<Anchor> &anchors, double areaLeft,
                                                           double areaRight, double bandBottom) const
{
    QList<Anchor> sorted = anchors;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Anchor &a, const Anchor &b) { return a.left < b.left; });
    const QFontMetricsF fm(m_font);
    const double minText = fm.horizontalAdvance(QStringLiteral("M…"));
    QList<double> rowEnds; // per row, the right edge of its last label plus the gap
    QList<Placement> out;
    const auto firstRowFrom = [&](double x) { // the lowest row free from x on (rowEnds.size(): a new one)
        int row = 0;
        while (row < rowEnds.size() && rowEnds[row] > x)
            ++row;
        return row;
    };
    for (const Anchor &a : std::as_const(sorted)) {
        double left = a.left;
        if (left < areaLeft && a.right > areaLeft)
            left = areaLeft; // a range begun before the view keeps its label in sight
        if (left < areaLeft || left > areaRight || a.title.isEmpty())
            continue;
        // A label near the right edge ends there instead of being cut short, when its row has
        // room to the left of the anchor.
        const double full = std::min(m_maxWidth, fm.horizontalAdvance(a.title) + 2 * kPadX);
        const double shifted = std::max(areaLeft, std::min(left, areaRight - full));
        int row = firstRowFrom(shifted);
        if (row < m_maxRows)
            left = shifted;
        else
            row = firstRowFrom(left);
        if (row >= m_maxRows)
            continue;
        const double room = std::min(m_maxWidth, areaRight - left) - 2 * kPadX;
        if (room < minText)
            continue;
        const QString text = fm.elidedText(a.title, Qt::ElideRight, room);
        const double width = fm.horizontalAdvance(text) + 2 * kPadX;
        if (row == rowEnds.size())
            rowEnds.append(0);
        rowEnds[row] = left + width + kGap;
        const double top = bandBottom - (row + 1) * m_rowHeight;
        out.append({a.id, QRectF(left, top, width, m_rowHeight - 2), text, row, text != a.title});
    }
    return out;
}
