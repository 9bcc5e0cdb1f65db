// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dataset_info.h"
#include "model/timeline_event.h"
#include "timeline/bin_query.h"

#include <qcustomplot.h>

#include <QList>
#include <QTimeZone>

class ZonedTimeTicker;

// The timeline: bins of a BinTable as (stacked) bars over a zoned time axis, with outside
// events as dashed lines (points) and translucent spans (ranges) labelled along the top.
// The time axis is in seconds since the epoch; TimeRange arguments are µs UTC, half-open.
// The user zooms with the wheel and pans by dragging, on the time axis only; the count axis
// follows the visible bars. It paints what it is given and never queries a store: who owns
// the data listens to visibleRangeChanged and calls setTable. GUI thread only; a repaint
// costs O(bins in the table + events).
class TimelinePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    void setTable(const BinTable &table);
    const BinTable &table() const { return m_table; }
    void setEvents(const QList<TimelineEvent> &events);
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const;

    TimeRange visibleRange() const;
    // Shows range without emitting visibleRangeChanged.
    void setVisibleRange(const TimeRange &range);
    ZonedTimeTicker *timeTicker() const { return m_ticker.data(); }

    // The tooltip text for a point in widget coordinates; empty over no bin.
    QString toolTipAt(const QPointF &pos) const;
    // "hour", "3 hours", "day", "month": the phrase after "lookups per".
    static QString widthPhrase(const BinWidth &width);
    // Okabe–Ito, without black: safe for the common colour-vision deficiencies.
    static const QList<QColor> &palette();
    // The font every text of the plot uses (DejaVu Sans, present wherever we run).
    static QFont baseFont(double pointSize = 9);

signals:
    // The user zoomed or panned to range (µs).
    void visibleRangeChanged(const TimeRange &range);

protected:
    bool event(QEvent *event) override;

private:
    void onRangeChanged(const QCPRange &range);
    void rebuildBars();
    void showLegend(bool show);
    void rebuildEvents();
    void layoutOverlay();

    BinTable m_table;
    QList<qint64> m_totals; // stacked height per bin
    QList<TimelineEvent> m_events;
    QList<QCPAbstractItem *> m_eventItems;
    struct Label { QCPItemText *item; qint64 startUs; qint64 endUs; QString title; };
    QList<Label> m_labels;
    QCPItemText *m_topAnchor = nullptr;
    QSharedPointer<ZonedTimeTicker> m_ticker;
    bool m_programmatic = false;
    int m_overlayWidth = -1;
    int m_labelRows = 0;
};
