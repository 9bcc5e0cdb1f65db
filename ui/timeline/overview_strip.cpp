// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_strip.h"

#include "timeline_plot.h"
#include "zoned_time_ticker.h"

namespace {
constexpr double kGrip = 5; // pixels either side of an edge that grab it
double toSeconds(qint64 us)
{
    return double(us) / 1e6;
}
qint64 toUs(double seconds)
{
    return qint64(std::llround(seconds * 1e6));
}
} // namespace

OverviewStrip::OverviewStrip(QWidget *parent) : QCustomPlot(parent)
{
    setFont(TimelinePlot::baseFont(8));
    m_ticker = QSharedPointer<ZonedTimeTicker>::create(xAxis);
    xAxis->setTicker(m_ticker);
    xAxis->setTickLabelFont(TimelinePlot::baseFont(8));
    xAxis->grid()->setVisible(false);
    yAxis->setVisible(false);
    yAxis->grid()->setVisible(false);
    axisRect()->setAutoMargins(QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 2, 0, 0));
    m_graph = addGraph();
    m_graph->setLineStyle(QCPGraph::lsStepLeft);
    m_graph->setSelectable(QCP::stNone);
    m_rect = new QCPItemRect(this);
    m_rect->setSelectable(false);
    for (QCPItemPosition *p : {m_rect->topLeft, m_rect->bottomRight}) {
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    setMinimumHeight(QFontMetrics(TimelinePlot::baseFont(8)).height() * 5);
    setMaximumHeight(QFontMetrics(TimelinePlot::baseFont(8)).height() * 6);
    setMouseTracking(true);
    setToolTip(tr("The whole extent. Drag the window to move the view, drag its edges to resize it."));
    applyColours();
}

void OverviewStrip::applyColours()
{
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText), highlight = pal.color(QPalette::Highlight);
    setBackground(pal.color(QPalette::Base));
    xAxis->setBasePen(QPen(ink));
    xAxis->setTickPen(QPen(ink));
    xAxis->setSubTickPen(QPen(ink));
    xAxis->setTickLabelColor(ink);
    QColor fill = TimelinePlot::palette().first();
    m_graph->setPen(QPen(fill, 1));
    fill.setAlpha(110);
    m_graph->setBrush(fill);
    m_rect->setPen(QPen(highlight, 1.5));
    QColor window = highlight;
    window.setAlpha(45);
    m_rect->setBrush(window);
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        replot(rpQueuedReplot);
    }
    QCustomPlot::changeEvent(event);
}

void OverviewStrip::setTable(const BinTable &table)
{
    QVector<double> keys, values;
    const qsizetype bins = table.binCount();
    double tallest = 1;
    for (qsizetype i = 0; bins > 0 && i <= bins; ++i) { // an empty store has no edges at all
        qint64 sum = 0;
        for (const BinSeries &s : table.series)
            sum += i < bins ? s.counts.value(i) : 0;
        keys.append(toSeconds(table.edges[i]));
        values.append(double(sum));
        tallest = std::max(tallest, double(sum));
    }
    m_graph->setData(keys, values, true);
    if (bins > 0)
        xAxis->setRange(toSeconds(table.edges.front()), toSeconds(table.edges.back()));
    yAxis->setRange(0, tallest * 1.1);
    placeWindow();
}

void OverviewStrip::setWindow(const TimeRange &range)
{
    m_window = range;
    placeWindow();
}

void OverviewStrip::placeWindow()
{
    m_rect->topLeft->setCoords(toSeconds(m_window.fromUs), 0);
    m_rect->bottomRight->setCoords(toSeconds(m_window.toUs), 1);
    replot(rpQueuedReplot);
}

void OverviewStrip::setTimeZone(const QTimeZone &zone)
{
    m_ticker->setTimeZone(zone);
    replot(rpQueuedReplot);
}

QTimeZone OverviewStrip::timeZone() const
{
    return m_ticker->timeZone();
}

double OverviewStrip::pixelOf(qint64 us) const
{
    return xAxis->coordToPixel(toSeconds(us));
}

OverviewStrip::Grip OverviewStrip::gripAt(double x) const
{
    const double left = pixelOf(m_window.fromUs), right = pixelOf(m_window.toUs);
    if (std::abs(x - left) <= kGrip && right - left > 2 * kGrip)
        return Grip::Left;
    if (std::abs(x - right) <= kGrip)
        return Grip::Right;
    return x > left && x < right ? Grip::Move : Grip::None;
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_window.isEmpty())
        return;
    const double x = event->position().x();
    m_grip = gripAt(x);
    emit dragStarted();
    if (m_grip == Grip::None) {
        // Centre the window where the press was, then drag it from there.
        const qint64 centre = toUs(xAxis->pixelToCoord(x));
        const qint64 half = m_window.length() / 2;
        m_window = {centre - half, centre - half + m_window.length()};
        placeWindow();
        emit rangeRequested(m_window);
        m_grip = Grip::Move;
    }
    m_pressX = x;
    m_pressWindow = m_window;
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_grip == Grip::None) {
        const Grip over = gripAt(x);
        setCursor(over == Grip::Left || over == Grip::Right ? Qt::SizeHorCursor
                      : over == Grip::Move                  ? Qt::OpenHandCursor
                                                            : Qt::ArrowCursor);
        return;
    }
    const qint64 shift = toUs(xAxis->pixelToCoord(x)) - toUs(xAxis->pixelToCoord(m_pressX));
    TimeRange next = m_pressWindow;
    if (m_grip == Grip::Move) {
        next = {next.fromUs + shift, next.toUs + shift};
    } else if (m_grip == Grip::Left) {
        next.fromUs = std::min(next.fromUs + shift, next.toUs - 10'000'000);
    } else {
        next.toUs = std::max(next.toUs + shift, next.fromUs + 10'000'000);
    }
    if (next == m_window)
        return;
    m_window = next;
    placeWindow();
    emit rangeRequested(m_window);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *)
{
    m_grip = Grip::None;
}
