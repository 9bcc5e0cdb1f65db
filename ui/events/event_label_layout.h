// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

// Where the labels of events go: in rows stacked upward from the top edge of the plot's data
// area, so a label never covers a bar, and never another label. Input x are widget pixels:
// a point's line (left == right) or a range's span; labels are laid left to right, each in
// the lowest row where it fits, with long titles elided to maxWidth; a label that would cross
// the area's right edge ends at it (starting left of its anchor) where its row has room, else
// is elided there; one that fits in no row, or whose anchor is outside the area, is not placed.
// Value type, pure: same inputs, same rectangles. Cost: O(n log n + n × rows) and one text
// measurement per label.
class EventLabelLayout {
public:
    struct Anchor {
        qint64 id = 0;
        double left = 0;  // pixels: the point, or where the range starts
        double right = 0; // pixels: == left for a point
        QString title;
    };
    struct Placement {
        qint64 id = 0;
        QRectF rect;  // widget pixels, padding included
        QString text; // the title, elided when it did not fit
        int row = 0;  // 0: the row just above the data area
        bool elided = false;
    };

    explicit EventLabelLayout(const QFont &font, int maxRows = 3, double maxWidth = 220);

    // areaLeft..areaRight: the data area's horizontal extent; bandBottom: its top edge (the
    // labels' rows grow upward from there).
    QList<Placement> place(const QList<Anchor> &anchors, double areaLeft, double areaRight, double bandBottom) const;
    double rowHeight() const { return m_rowHeight; }
    int maxRows() const { return m_maxRows; }
    // The height above the data area that rows of labels need (0 for none).
    double bandHeight(int rows) const;
    // The rows a set of placements uses.
    static int rowsUsed(const QList<Placement> &placements);
    QFont font() const { return m_font; }

    static constexpr double kPadX = 3;
    static constexpr double kGap = 6; // pixels between two labels of one row

private:
    QFont m_font;
    int m_maxRows;
    double m_maxWidth;
    double m_rowHeight;
};
