// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_plot.h"

#include "color_scheme.h"
#include "count_ticker.h"
#include "crosshair_tracker.h"
#include "event_card.h"
#include "event_layer.h"
#include "plot_navigator.h"
#include "series_drawer.h"
#include "zoned_time_ticker.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

double toSeconds(qint64 us)
{
    return double(us) / 1e6;
}
qint64 toUs(double seconds)
{
    return qint64(std::llround(seconds * 1e6));
}

// The plot's language: the window's (translated), English in exports (which are compared
// with `render`'s byte for byte and carry no translation).
bool english(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent) : QCustomPlot(parent)
{
    setFont(baseFont()); // its locale is the window's; ChartRenderer sets English for exports
    m_ticker = QSharedPointer<ZonedTimeTicker>::create(xAxis);
    xAxis->setTicker(m_ticker);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(baseFont());
        axis->setLabelFont(baseFont());
    }
    yAxis->setTicker(QSharedPointer<CountTicker>::create());
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);

    xAxis->grid()->setVisible(false);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomFactor(0.8);

    m_eventLayer = new EventLayer(this);

    // The legend sits in its own row under the axis, in as many columns as fit.
    legend->setVisible(false);
    legend->setFont(baseFont());
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(8, 2, 8, 8));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    axisRect()->insetLayout()->take(legend);

    legend->setSelectableParts(QCPLegend::spNone);
    connect(this, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(item);
        if (!entry)
            return;
        // toggleSeries() redraws the legend, which deletes this entry: keep its name, stop after.
        const QString name = entry->plottable()->name();
        for (const BinSeries &s : m_table.series) { // an overlay's entry is no series to hide
            if (SeriesDrawer::legendName(s) == name) {
                toggleSeries(name);
                return;
            }
        }
    });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_tracker = std::make_unique<CrosshairTracker>(this);
    m_navigator = new PlotNavigator(this);
    m_frameWait = new QTimer(this);
    m_frameWait->setSingleShot(true);
    m_frameWait->setInterval(12);
    connect(m_frameWait, &QTimer::timeout, this, [this] { replot(rpQueuedReplot); });
    applyColours();

    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelinePlot::onRangeChanged);
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (axisRect()->width() != m_overlayWidth || axisRect()->top() != m_overlayTop) {
            layoutOverlay();
            replot(rpQueuedReplot);
        }
    });
}

const QList<QColor> &TimelinePlot::palette()
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                          QColor(0xF0, 0xE4, 0x42)};
    return colours;
}

QFont TimelinePlot::baseFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    return font;
}

QString TimelinePlot::countLabel(const BinWidth &width) const
{
    const bool en = english(locale()); // exports: English without a translator
    switch (width.unit()) {
    case BinWidth::Unit::Day:
        return en ? QStringLiteral("lookups per day") : tr("lookups per day");
    case BinWidth::Unit::Week:
        return en ? QStringLiteral("lookups per week") : tr("lookups per week");
    case BinWidth::Unit::Month:
        return en ? QStringLiteral("lookups per month") : tr("lookups per month");
    case BinWidth::Unit::Fixed:
        break;
    }
    const qint64 s = width.fixedUs() / 1'000'000;
    const int n = int(s % 3600 == 0 ? s / 3600 : s % 60 == 0 ? s / 60 : s);
    if (s % 3600 == 0)
        return n == 1 ? (en ? QStringLiteral("lookups per hour") : tr("lookups per hour"))
                      : (en ? QStringLiteral("lookups per %1 hours").arg(n) : tr("lookups per %n hour(s)", nullptr, n));
    if (s % 60 == 0)
        return n == 1
            ? (en ? QStringLiteral("lookups per minute") : tr("lookups per minute"))
            : (en ? QStringLiteral("lookups per %1 minutes").arg(n) : tr("lookups per %n minute(s)", nullptr, n));
    return n == 1 ? (en ? QStringLiteral("lookups per second") : tr("lookups per second"))
                  : (en ? QStringLiteral("lookups per %1 seconds").arg(n) : tr("lookups per %n second(s)", nullptr, n));
}

QString TimelinePlot::seriesName(const BinSeries &series) const
{
    return series.name.isEmpty() ? (english(locale()) ? QStringLiteral("lookups") : tr("lookups")) : series.name;
}

void TimelinePlot::setTable(const BinTable &table)
{
    m_frameWait->stop();
    m_table = table;
    rebuildBars();
    layoutOverlay();
    refreshTracker();
    replot(rpQueuedReplot);
}

// The tracker's text follows every re-bin and move: it is the bin under the pointer now.
void TimelinePlot::refreshTracker()
{
    if (m_tracker->isVisible() && rect().contains(m_mouse.toPoint()))
        m_tracker->show(m_mouse, toolTipAt(m_mouse));
}

void TimelinePlot::addHoverText(QObject *owner, HoverText text)
{
    m_hoverTexts.append({QPointer<QObject>(owner), std::move(text)});
}

void TimelinePlot::updateLegend()
{
    showLegend(legend->itemCount() > 1);
}

TimelinePlot::~TimelinePlot() = default;

void TimelinePlot::setLook(const SeriesLook &look)
{
    if (look == m_look)
        return;
    const bool scaleChanged = look.logScale != m_look.logScale;
    m_look = look;
    if (scaleChanged) {
        yAxis->setScaleType(look.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (look.logScale) {
            auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
            ticker->setLogBase(10);
            yAxis->setTicker(ticker);
        } else {
            yAxis->setTicker(QSharedPointer<CountTicker>::create());
        }
    }
    rebuildBars();
    layoutOverlay();
    replot(rpQueuedReplot);
    emit lookChanged(m_look);
}

void TimelinePlot::toggleSeries(const QString &name)
{
    SeriesLook look = m_look;
    if (!look.hidden.remove(name))
        look.hidden.insert(name);
    setLook(look);
}

void TimelinePlot::rebuildBars()
{
    QString label = countLabel(m_table.width);
    if (m_look.movingAverage > 1)
        label += english(locale()) ? QStringLiteral(" (mean of %1)").arg(m_look.movingAverage)
                                   : tr(" (mean of %1)").arg(m_look.movingAverage);
    yAxis->setLabel(label);
    m_heights = SeriesDrawer::draw(*this, m_table, m_look);
    emit barsRebuilt(); // overlays add their plottables, and legend entries
    updateLegend();
}

// Light or dark, after the widget's palette (which follows the system's).
void TimelinePlot::applyColours()
{
    const QPalette pal = QWidget::palette();
    const QColor ink = pal.color(QPalette::WindowText), paper = pal.color(QPalette::Base);
    setBackground(paper);
    legend->setBrush(paper);
    legend->setTextColor(ink);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(ink));
        axis->setTickPen(QPen(ink));
        axis->setSubTickPen(QPen(ink));
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
    }
    QColor grid = ink;
    grid.setAlpha(40);
    yAxis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    QColor card = paper;
    card.setAlpha(235);
    m_tracker->setColours(ink, card);
    m_eventLayer->setColours(ink, paper);
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        rebuildBars();
        refreshEvents();
    }
    QCustomPlot::changeEvent(event);
}

// The legend takes a row under the axis only when there is a split to explain.
void TimelinePlot::showLegend(bool show)
{
    const bool shown = legend->layout() == plotLayout();
    legend->setVisible(show);
    if (show && !shown) {
        plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
        plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    } else if (!show && shown) {
        plotLayout()->take(legend);
        plotLayout()->simplify();
    }
}

void TimelinePlot::setEvents(const QList<TimelineEvent> &events)
{
    m_eventLayer->setEvents(events);
    refreshEvents();
}

void TimelinePlot::refreshEvents()
{
    layoutOverlay();
    replot(rpQueuedReplot);
}

void TimelinePlot::setTimeZone(const QTimeZone &zone)
{
    m_ticker->setTimeZone(zone);
    replot(rpQueuedReplot);
}

QTimeZone TimelinePlot::timeZone() const
{
    return m_ticker->timeZone();
}

TimeRange TimelinePlot::visibleRange() const
{
    return {toUs(xAxis->range().lower), toUs(xAxis->range().upper)};
}

void TimelinePlot::setVisibleRange(const TimeRange &range)
{
    m_programmatic = true;
    xAxis->setRange(toSeconds(range.fromUs), toSeconds(range.toUs));
    m_programmatic = false;
    layoutOverlay();
    replot(rpQueuedReplot);
}

TimeRange TimelinePlot::framing(const TimeRange &extent)
{
    const qint64 pad = std::max<qint64>(extent.length() / 20, 1'000'000);
    const qint64 grow = std::max<qint64>(0, kMinSpanUs - (extent.length() + 2 * pad)) / 2;
    return {extent.fromUs - pad - grow, extent.toUs + pad + grow};
}

void TimelinePlot::onRangeChanged(const QCPRange &range)
{
    // Bins are at least a second wide, and a calendar a few centuries long: stay between.
    constexpr double kMinSpan = double(kMinSpanUs) / 1e6, kMaxSpan = 300.0 * 365 * 86400;
    if (range.size() < kMinSpan || range.size() > kMaxSpan) {
        const double half = std::clamp(range.size(), kMinSpan, kMaxSpan) / 2;
        xAxis->setRange(range.center() - half, range.center() + half); // re-enters once
        return;
    }
    layoutOverlay();
    refreshTracker();
    emit rangeShown(visibleRange());
    if (!m_programmatic)
        emit visibleRangeChanged(visibleRange());
}

void TimelinePlot::moveTo(const TimeRange &range, bool record)
{
    if (range.isEmpty() || range == visibleRange())
        return;
    if (record)
        recordHistory();
    xAxis->setRange(toSeconds(range.fromUs), toSeconds(range.toUs));
    if (!m_frameWait->isActive())
        m_frameWait->start();
}

void TimelinePlot::zoomBy(double factor, std::optional<double> aboutSeconds)
{
    const QCPRange r = xAxis->range();
    const double about = aboutSeconds.value_or(r.center());
    moveTo({toUs(about - (about - r.lower) * factor), toUs(about + (r.upper - about) * factor)});
}

void TimelinePlot::panBy(double fraction)
{
    const TimeRange r = visibleRange();
    const qint64 shift = qint64(double(r.length()) * fraction);
    moveTo({r.fromUs + shift, r.toUs + shift});
}

void TimelinePlot::recordHistory(const std::optional<TimeRange> &left)
{
    m_history.record(left.value_or(visibleRange()));
}

bool TimelinePlot::goBack()
{
    const auto to = m_history.back(visibleRange());
    if (to)
        xAxis->setRange(toSeconds(to->fromUs), toSeconds(to->toUs));
    replot(rpQueuedReplot);
    return to.has_value();
}

bool TimelinePlot::goForward()
{
    const auto to = m_history.forward(visibleRange());
    if (to)
        xAxis->setRange(toSeconds(to->fromUs), toSeconds(to->toUs));
    replot(rpQueuedReplot);
    return to.has_value();
}

qsizetype TimelinePlot::binAt(double pixelX) const
{
    if (m_table.binCount() == 0 || pixelX < axisRect()->left() || pixelX > axisRect()->right())
        return -1;
    const qint64 t = toUs(xAxis->pixelToCoord(pixelX));
    const auto &edges = m_table.edges;
    const qsizetype i = std::upper_bound(edges.begin(), edges.end(), t) - edges.begin() - 1;
    return i >= 0 && i < m_table.binCount() ? i : -1;
}

int TimelinePlot::seriesAt(qsizetype bin, double pixelY) const
{
    if (bin < 0 || m_look.style != SeriesStyle::StackedBars || m_table.series.size() < 2)
        return -1;
    const double value = yAxis->pixelToCoord(pixelY);
    double top = 0;
    for (qsizetype s = 0; s < m_table.series.size(); ++s) {
        if (m_look.hidden.contains(SeriesDrawer::legendName(m_table.series[s])))
            continue;
        top += m_look.movingAverage > 1
            ? SeriesDrawer::smoothed(m_table.series[s].counts, m_look.movingAverage).value(bin)
            : double(m_table.series[s].counts.value(bin));
        if (value < top)
            return int(s);
    }
    return -1;
}

void TimelinePlot::mouseMoveEvent(QMouseEvent *event)
{
    m_mouse = event->position();
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        m_tracker->show(event->position(), toolTipAt(event->position()));
    else
        m_tracker->hide();
}

void TimelinePlot::leaveEvent(QEvent *event)
{
    m_tracker->hide();
    QCustomPlot::leaveEvent(event);
}

// Puts the event labels in rows above the data area (the EventLayer) and scales the count
// axis to the visible bars.
void TimelinePlot::layoutOverlay()
{
    const QRect rect = axisRect()->rect();
    m_overlayWidth = rect.width();
    m_overlayTop = rect.top();
    if (m_eventLayer->layout())
        replot(rpQueuedReplot); // the room above the data area changed: lay out again
    const TimeRange view = visibleRange();
    double tallest = 0;
    const auto &edges = m_table.edges;
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        if (edges[i + 1] > view.fromUs && edges[i] < view.toUs)
            tallest = std::max(tallest, m_heights[i]);
    }
    if (m_look.logScale)
        yAxis->setRange(0.5, std::max(10.0, tallest * 1.3));
    else
        yAxis->setRange(0, std::max(5.0, tallest * 1.05));
}

QString TimelinePlot::toolTipAt(const QPointF &pos) const
{
    QStringList cards;
    for (const TimelineEvent &e : m_eventLayer->eventsAt(pos))
        cards.append(EventCard::text(e, timeZone()));
    if (axisRect()->rect().contains(pos.toPoint())) {
        const TimeRange under{toUs(xAxis->pixelToCoord(pos.x() - kHoverSlackPixels)),
                              toUs(xAxis->pixelToCoord(pos.x() + kHoverSlackPixels)) + 1};
        for (const auto &[owner, text] : m_hoverTexts) {
            if (owner)
                cards.append(text(under));
        }
    }
    if (!axisRect()->rect().contains(pos.toPoint()) || m_table.binCount() == 0)
        return cards.join(QStringLiteral("\n\n"));
    const qint64 t = toUs(xAxis->pixelToCoord(pos.x()));
    const auto &edges = m_table.edges;
    const qsizetype i = std::upper_bound(edges.begin(), edges.end(), t) - edges.begin() - 1;
    if (i < 0 || i >= m_table.binCount())
        return cards.join(QStringLiteral("\n\n"));
    const QTimeZone zone = timeZone();
    const bool seconds = m_table.width.nominalUs() < 60'000'000;
    const QString format = seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    auto stamp = [&](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(format); };
    QStringList lines{
        QStringLiteral("%1 – %2 (%3)").arg(stamp(edges[i]), stamp(edges[i + 1]), QString::fromUtf8(zone.id()))};
    const QLocale numbers = locale();
    for (const BinSeries &s : m_table.series)
        lines.append(tr("%1: %2").arg(seriesName(s), numbers.toString(s.counts.value(i))));
    if (m_table.series.size() > 1) {
        qint64 total = 0;
        for (const BinSeries &s : m_table.series)
            total += s.counts.value(i);
        lines.append(tr("total: %1").arg(numbers.toString(total)));
    }
    if (!cards.isEmpty())
        lines.append(QStringLiteral("\n") + cards.join(QStringLiteral("\n\n")));
    return lines.join(QLatin1Char('\n'));
}

bool TimelinePlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // The crosshair tracker shows what a tooltip would; a tooltip only where it is hidden.
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_tracker->isVisible() ? QString() : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}
