// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_label_layout.h"
#include "timeline_event.h"

#include <qcustomplot.h>

#include <QSet>

#include <optional>

// The events over a timeline, painted on their own QCustomPlot layer above the bars: points
// as dashed vertical lines, ranges as translucent spans with thin edges, and each one's title
// in rows above the data area, placed by EventLabelLayout (so labels never overlap or cover
// bars). Events of hidden categories (EventCard::category) are not drawn; the selected one
// is drawn bold; a preview (an event being dragged) stands in for the stored one of its id.
// It also answers what is under a pixel, for hover cards, clicks and drags. The plot owns it
// (Qt parent); it refers to events by id. GUI thread only; a layout costs O(n log n).
class EventLayer : public QCPLayerable {
    Q_OBJECT
public:
    enum class Part { Label, Line, Start, End, Span };
    struct Hit {
        qint64 id = 0;
        Part part = Part::Label;
    };

    explicit EventLayer(QCustomPlot *plot);

    void setEvents(const QList<TimelineEvent> &events);
    const QList<TimelineEvent> &events() const { return m_events; }
    std::optional<TimelineEvent> event(qint64 id) const;
    void setHiddenCategories(const QSet<QString> &categories);
    QSet<QString> hiddenCategories() const { return m_hidden; }
    void setSelected(qint64 id); // 0: none
    qint64 selected() const { return m_selected; }
    void setPreview(const std::optional<TimelineEvent> &event);
    void setColours(const QColor &ink, const QColor &paper);

    // Places the labels for the current axis range and sets the room above the data area
    // they need; true when that room changed (the plot needs another layout).
    bool layout();
    const QList<EventLabelLayout::Placement> &labels() const { return m_labels; }
    const EventLabelLayout &labelLayout() const { return m_layout; }
    // The events drawn now (shown categories, previews applied), by start.
    const QList<TimelineEvent> &shown() const { return m_shown; }

    // The event part under pos (widget pixels): a label, a point's line, a range's edge, or
    // the inside of a range; labels and lines win over the inside of a range.
    std::optional<Hit> hitAt(const QPointF &pos) const;
    // The events under pos for a hover card: a hit label, line or edge alone, else every
    // range over pos.x in the data area.
    QList<TimelineEvent> eventsAt(const QPointF &pos) const;

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    void refresh();
    double pixelOf(qint64 us) const;
    const EventLabelLayout::Placement *labelOf(qint64 id) const;

    EventLabelLayout m_layout;
    QList<TimelineEvent> m_events;
    QList<TimelineEvent> m_shown;
    QSet<QString> m_hidden;
    std::optional<TimelineEvent> m_preview;
    qint64 m_selected = 0;
    QList<EventLabelLayout::Placement> m_labels;
    QColor m_ink{40, 40, 40};
    QColor m_paper{255, 255, 255};
    int m_baseTopMargin = 0;
};
