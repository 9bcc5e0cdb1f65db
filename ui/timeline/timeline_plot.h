// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "series_look.h"
#include "timeline_event.h"
#include "zoom_history.h"

#include <qcustomplot.h>

#include <QList>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class CrosshairTracker;
class EventLayer;
class PlotNavigator;
class ZonedTimeTicker;

// The timeline: bins of a BinTable drawn by SeriesDrawer in a SeriesLook (stacked bars, lines
// or steps; linear or log counts; a moving average) over a zoned time axis, with outside
// events drawn by its EventLayer (lines, spans, labels in rows above the data area), a
// crosshair tracker and a legend whose entries hide and show their series.
// The time axis is in seconds since the epoch; TimeRange arguments are µs UTC, half-open.
// Wheel, drag, keys, rubber band and clicks are handled by its PlotNavigator; every move the
// user makes is kept in a ZoomHistory. The count axis follows the visible bars. It paints what
// it is given and never queries a store: who owns the data listens to visibleRangeChanged and
// calls setTable. GUI thread only; a repaint costs O(bins in the table + events).
class TimelinePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    ~TimelinePlot() override;

    void setTable(const BinTable &table);
    void setLook(const SeriesLook &look);
    const SeriesLook &look() const { return m_look; }
    // Hides or shows the series of that legend name (what a click on its legend entry does).
    void toggleSeries(const QString &name);
    const BinTable &table() const { return m_table; }
    void setEvents(const QList<TimelineEvent> &events);
    EventLayer *eventLayer() const { return m_eventLayer; }
    // Lays the event labels out again and repaints (after a change to the event layer).
    void refreshEvents();
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const;

    TimeRange visibleRange() const;
    // Shows range without emitting visibleRangeChanged.
    void setVisibleRange(const TimeRange &range);
    // Shows range as a move of the user's: kept in the history, visibleRangeChanged emitted.
    void moveTo(const TimeRange &range, bool record = true);
    // The shortest range the plot shows (bins are at least a second wide).
    static constexpr qint64 kMinSpanUs = 10'000'000;
    // What showing extent moves to: extent with a margin (a twentieth a side, at least a
    // second), no shorter than kMinSpanUs.
    static TimeRange framing(const TimeRange &extent);
    // Zooms by factor (< 1: in) about a time (s), or pans by a fraction of the view; user moves.
    void zoomBy(double factor, std::optional<double> aboutSeconds = std::nullopt);
    void panBy(double fraction);
    void recordHistory(const std::optional<TimeRange> &left = std::nullopt); // default: the view shown
    bool goBack();
    bool goForward();
    const ZoomHistory &history() const { return m_history; }
    // The bin under a widget x (-1: none) and the series of a stacked bar under a widget y
    // (-1: none, or not stacked).
    qsizetype binAt(double pixelX) const;
    int seriesAt(qsizetype bin, double pixelY) const;
    CrosshairTracker *tracker() const { return m_tracker.get(); }
    PlotNavigator *navigator() const { return m_navigator; }
    ZonedTimeTicker *timeTicker() const { return m_ticker.data(); }

    // The tooltip text for a point in widget coordinates; empty over no bin.
    QString toolTipAt(const QPointF &pos) const;
    // Text for the tracker and tooltip about what an overlay draws under the pointer (a
    // suggested burst, a stretch without data): the times (µs UTC, half-open) a few pixels
    // either side of it, so that a mark narrower than a pixel can still be hovered. The owner's
    // texts go when it is destroyed.
    static constexpr int kHoverSlackPixels = 3;
    using HoverText = std::function<QStringList(const TimeRange &under)>;
    void addHoverText(QObject *owner, HoverText text);
    // Shows the legend when it has more than one entry (a split, or an overlay's entry); for
    // overlays after they add or remove plottables.
    void updateLegend();
    // The count axis' label for bins of width: "lookups per 3 hours", in the plot's language
    // (its locale: the window's, English in exports).
    QString countLabel(const BinWidth &width) const;
    // A series' name as the tracker says it: the split value, or "lookups".
    QString seriesName(const BinSeries &series) const;
    // Okabe–Ito, without black: safe for the common colour-vision deficiencies.
    static const QList<QColor> &palette();
    // The font every text of the plot uses (DejaVu Sans, present wherever we run).
    static QFont baseFont(double pointSize = 9);

signals:
    // The user zoomed or panned to range (µs).
    void visibleRangeChanged(const TimeRange &range);
    // The shown range changed, by the user or not (for the overview strip).
    void rangeShown(const TimeRange &range);
    void lookChanged(const SeriesLook &look);
    // Drill-down: a click on bin (series: the stacked segment, -1 all) or a selected range.
    void binClicked(const TimeRange &bin, int series);
    void rangeSelected(const TimeRange &range);
    // The bars were drawn anew (every plottable was replaced): for overlays to add theirs.
    void barsRebuilt();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void onRangeChanged(const QCPRange &range);
    void rebuildBars();
    void applyColours();
    void showLegend(bool show);
    void layoutOverlay();
    void refreshTracker();

    BinTable m_table;
    SeriesLook m_look;
    QList<double> m_heights; // per bin, the height the count axis must show
    ZoomHistory m_history;
    std::unique_ptr<CrosshairTracker> m_tracker;
    PlotNavigator *m_navigator = nullptr;
    EventLayer *m_eventLayer = nullptr;
    QSharedPointer<ZonedTimeTicker> m_ticker;
    bool m_programmatic = false;
    // A move waits this long for its re-binned table before drawing the old one: one replot
    // a step instead of two when the re-bin is quick (setTable stops it).
    QTimer *m_frameWait = nullptr;
    int m_overlayWidth = -1;
    int m_overlayTop = -1;
    QList<QPair<QPointer<QObject>, HoverText>> m_hoverTexts;
    QPointF m_mouse{-1, -1}; // the pointer over the plot, for the tracker after a re-bin
};
