// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_plot.h"

#include "color_scheme.h"
#include "crosshair_tracker.h"
#include "plot_navigator.h"
#include "series_drawer.h"
#include "zoned_time_ticker.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxLabelRows = 3;
constexpr double kMaxLabelWidth = 200;

double toSeconds(qint64 us) { return double(us) / 1e6; }
qint64 toUs(double seconds) { return qint64(std::llround(seconds * 1e6)); }

QString plural(qint64 n, const char *unit)
{
    const QString name = QLatin1String(unit);
    return n == 1 ? name : QStringLiteral("%1 %2s").arg(n).arg(name);
}

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent) : QCustomPlot(parent)
{
    setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    setFont(baseFont());
    m_ticker = QSharedPointer<ZonedTimeTicker>::create(xAxis);
    xAxis->setTicker(m_ticker);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(baseFont());
        axis->setLabelFont(baseFont());
    }
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    yAxis->setLabel(QStringLiteral("lookups"));
    xAxis->grid()->setVisible(false);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomFactor(0.8);

    addLayer(QStringLiteral("spans"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    addLayer(QStringLiteral("events"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    addLayer(QStringLiteral("eventLabels"), layer(QStringLiteral("events")), QCustomPlot::limAbove);

    m_topAnchor = new QCPItemText(this);
    m_topAnchor->setVisible(false);
    m_topAnchor->setSelectable(false);
    m_topAnchor->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_topAnchor->position->setCoords(0, 0);

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
        if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(item))
            toggleSeries(entry->plottable()->name());
    });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_tracker = std::make_unique<CrosshairTracker>(this);
    m_navigator = new PlotNavigator(this);
    applyColours();

    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelinePlot::onRangeChanged);
    connect(this, &QCustomPlot::afterLayout, this, [this] {
        if (axisRect()->width() != m_overlayWidth) {
            layoutOverlay();
            replot(rpQueuedReplot);
        }
    });
}

const QList<QColor> &TimelinePlot::palette()
{
    static const QList<QColor> colours = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42)};
    return colours;
}

QFont TimelinePlot::baseFont(double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    return font;
}

QString TimelinePlot::widthPhrase(const BinWidth &width)
{
    switch (width.unit()) {
    case BinWidth::Unit::Day: return QStringLiteral("day");
    case BinWidth::Unit::Week: return QStringLiteral("week");
    case BinWidth::Unit::Month: return QStringLiteral("month");
    case BinWidth::Unit::Fixed: break;
    }
    const qint64 s = width.fixedUs() / 1'000'000;
    if (s > 0 && s % 3600 == 0)
        return plural(s / 3600, "hour");
    if (s > 0 && s % 60 == 0)
        return plural(s / 60, "minute");
    return s > 0 ? plural(s, "second") : QStringLiteral("%1 µs").arg(width.fixedUs());
}

void TimelinePlot::setTable(const BinTable &table)
{
    m_table = table;
    rebuildBars();
    layoutOverlay();
    replot(rpQueuedReplot);
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
            yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
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
    showLegend(m_table.series.size() > 1);
    yAxis->setLabel(QStringLiteral("lookups per ") + widthPhrase(m_table.width)
                    + (m_look.movingAverage > 1 ? QStringLiteral(" (mean of %1)").arg(m_look.movingAverage) : QString()));
    m_heights = SeriesDrawer::draw(*this, m_table, m_look);
    emit barsRebuilt();
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
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        rebuildBars();
        rebuildEvents();
        layoutOverlay();
        replot(rpQueuedReplot);
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
    m_events = events;
    rebuildEvents();
    layoutOverlay();
    replot(rpQueuedReplot);
}

void TimelinePlot::rebuildEvents()
{
    for (QCPAbstractItem *item : std::as_const(m_eventItems))
        removeItem(item);
    m_eventItems.clear();
    m_labels.clear();
    QList<TimelineEvent> sorted = m_events;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.startUs < b.startUs; });
    for (const TimelineEvent &e : std::as_const(sorted)) {
        const QColor plain = ColorScheme::eventInk(QWidget::palette());
        const QColor ink = QColor::isValidColorName(e.color) ? QColor::fromString(e.color) : plain;
        const double start = toSeconds(e.startUs);
        if (e.endUs && *e.endUs > e.startUs) {
            auto *span = new QCPItemRect(this);
            span->setLayer(QStringLiteral("spans"));
            for (QCPItemPosition *p : {span->topLeft, span->bottomRight}) {
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            span->topLeft->setCoords(start, 0);
            span->bottomRight->setCoords(toSeconds(*e.endUs), 1);
            span->setPen(Qt::NoPen);
            QColor fill = ink == plain ? QColor(128, 128, 128) : ink;
            fill.setAlpha(45);
            span->setBrush(fill);
            span->setSelectable(false);
            m_eventItems.append(span);
        } else {
            auto *line = new QCPItemStraightLine(this);
            line->setLayer(QStringLiteral("events"));
            line->point1->setCoords(start, 0);
            line->point2->setCoords(start, 1);
            line->setPen(QPen(ink, 1.2, Qt::DashLine));
            line->setSelectable(false);
            m_eventItems.append(line);
        }
        auto *label = new QCPItemText(this);
        label->setLayer(QStringLiteral("eventLabels"));
        label->setFont(baseFont(8.5));
        label->setColor(ink);
        QColor paper = QWidget::palette().color(QPalette::Base);
        paper.setAlpha(215);
        label->setBrush(paper);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAbsolute);
        label->position->setParentAnchorY(m_topAnchor->position);
        label->setSelectable(false);
        m_eventItems.append(label);
        m_labels.append({label, e.startUs, e.endUs.value_or(e.startUs), e.title});
    }
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

void TimelinePlot::onRangeChanged(const QCPRange &range)
{
    // Bins are at least a second wide, and a calendar a few centuries long: stay between.
    constexpr double kMinSpan = 10, kMaxSpan = 300.0 * 365 * 86400;
    if (range.size() < kMinSpan || range.size() > kMaxSpan) {
        const double half = std::clamp(range.size(), kMinSpan, kMaxSpan) / 2;
        xAxis->setRange(range.center() - half, range.center() + half); // re-enters once
        return;
    }
    layoutOverlay();
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
    replot(rpQueuedReplot);
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
        top += m_look.movingAverage > 1 ? SeriesDrawer::smoothed(m_table.series[s].counts, m_look.movingAverage).value(bin)
                                        : double(m_table.series[s].counts.value(bin));
        if (value < top)
            return int(s);
    }
    return -1;
}

void TimelinePlot::mouseMoveEvent(QMouseEvent *event)
{
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

// Puts event labels in rows along the top (eliding long titles, hiding what does not fit)
// and scales the count axis to the visible bars, below the label rows.
void TimelinePlot::layoutOverlay()
{
    const QRect rect = axisRect()->rect();
    m_overlayWidth = rect.width();
    const QFontMetricsF fm(baseFont(8.5));
    const double rowHeight = fm.height() + 4;
    QList<double> rowEnds;
    for (const Label &label : std::as_const(m_labels)) {
        double left = xAxis->coordToPixel(toSeconds(label.startUs));
        const double right = xAxis->coordToPixel(toSeconds(label.endUs));
        if (left < rect.left() && right > rect.left())
            left = rect.left(); // a span begun before the view keeps its label in sight
        const double room = std::min(kMaxLabelWidth, rect.right() - left - 8);
        const QString text = fm.elidedText(label.title, Qt::ElideRight, room);
        int row = -1;
        if (left >= rect.left() && room > fm.horizontalAdvance(QStringLiteral("M…")) && !text.isEmpty()) {
            row = int(std::find_if(rowEnds.begin(), rowEnds.end(), [&](double end) { return end <= left; }) - rowEnds.begin());
            if (row == rowEnds.size() && row < kMaxLabelRows)
                rowEnds.append(0);
            if (row >= rowEnds.size())
                row = -1;
        }
        label.item->setVisible(row >= 0);
        if (row < 0)
            continue;
        rowEnds[row] = left + fm.horizontalAdvance(text) + 10;
        label.item->setText(text);
        label.item->position->setCoords(xAxis->pixelToCoord(left + 2), 2 + row * rowHeight);
    }
    m_labelRows = int(rowEnds.size());

    const TimeRange view = visibleRange();
    double tallest = 0;
    const auto &edges = m_table.edges;
    for (qsizetype i = 0; i < m_heights.size(); ++i) {
        if (edges[i + 1] > view.fromUs && edges[i] < view.toUs)
            tallest = std::max(tallest, m_heights[i]);
    }
    const double reserved = m_labelRows * rowHeight + 6;
    const double usable = rect.height() > 3 * reserved ? 1 - reserved / rect.height() : 1;
    if (m_look.logScale) // room for the labels: the same share of the decades
        yAxis->setRange(0.5, std::pow(std::max(10.0, tallest * 1.3) / 0.5, 1 / usable) * 0.5);
    else
        yAxis->setRange(0, std::max(5.0, tallest * 1.05 / usable));
}

QString TimelinePlot::toolTipAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()) || m_table.binCount() == 0)
        return {};
    const qint64 t = toUs(xAxis->pixelToCoord(pos.x()));
    const auto &edges = m_table.edges;
    const qsizetype i = std::upper_bound(edges.begin(), edges.end(), t) - edges.begin() - 1;
    if (i < 0 || i >= m_table.binCount())
        return {};
    const QTimeZone zone = timeZone();
    const bool seconds = m_table.width.nominalUs() < 60'000'000;
    const QString format = seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    auto stamp = [&](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(format); };
    QStringList lines{QStringLiteral("%1 – %2 (%3)").arg(stamp(edges[i]), stamp(edges[i + 1]),
                                                        QString::fromUtf8(zone.id()))};
    const QLocale numbers(QLocale::English, QLocale::UnitedStates);
    for (const BinSeries &s : m_table.series) {
        const QString name = s.name.isEmpty() ? QStringLiteral("lookups") : s.name;
        lines.append(QStringLiteral("%1: %2").arg(name, numbers.toString(s.counts.value(i))));
    }
    if (m_table.series.size() > 1) {
        qint64 total = 0;
        for (const BinSeries &s : m_table.series)
            total += s.counts.value(i);
        lines.append(QStringLiteral("total: %1").arg(numbers.toString(total)));
    }
    for (const Label &label : m_labels) {
        const bool inSpan = label.endUs > label.startUs && t >= label.startUs && t < label.endUs;
        const bool nearPoint = std::abs(xAxis->coordToPixel(toSeconds(label.startUs)) - pos.x()) <= 4;
        if (inSpan || nearPoint)
            lines.append(QStringLiteral("event: %1").arg(label.title));
    }
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
