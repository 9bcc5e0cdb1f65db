// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_overlay.h"

#include "timeline_plot.h"

#include <algorithm>
#include <cmath>

namespace {

const QString kSpanLayer = QStringLiteral("coverageSpans");
const QString kLabelLayer = QStringLiteral("coverageLabels");

double toSeconds(qint64 us)
{
    return double(us) / 1e6;
}

const QColor kBurstInk(213, 94, 0); // vermillion: suggested, not yet an event
const QColor kGapInk(120, 120, 120);
const QColor kCoveredInk(0, 158, 115);
const QColor kBandFill(110, 110, 110, 60); // neutral: the bars are blue
const QColor kMedianInk(40, 40, 40);
const QColor kAnomalyInk(204, 0, 0);
const QColor kDerivedInk(204, 121, 167); // reddish purple
constexpr int kMaxGapLabels = 12;

} // namespace

AnalysisOverlay::AnalysisOverlay(TimelinePlot *plot) : QObject(plot), m_plot(plot)
{
    // Coverage spans under the bars, "no data" labels above them.
    if (!plot->layer(kSpanLayer))
        plot->addLayer(kSpanLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    if (!plot->layer(kLabelLayer))
        plot->addLayer(kLabelLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    connect(plot, &TimelinePlot::barsRebuilt, this, &AnalysisOverlay::redrawPlottables);
}

void AnalysisOverlay::setBursts(const QList<BurstDetector::Burst> &bursts)
{
    m_bursts = bursts;
    redrawItems();
}

void AnalysisOverlay::setCoverage(const QList<CoverageAnalysis::Result> &coverage)
{
    m_coverage = coverage;
    redrawItems();
}

void AnalysisOverlay::setDerived(const Derived &derived)
{
    m_derived = derived;
    redrawPlottables();
}

void AnalysisOverlay::setBaseline(const QList<SeasonalBaseline::Bin> &bins, const BinWidth &width)
{
    m_baseline = bins;
    m_baselineWidth = width;
    redrawPlottables();
}

int AnalysisOverlay::anomalies() const
{
    return int(std::count_if(m_baseline.begin(), m_baseline.end(), [](const auto &b) { return b.anomalous; }));
}

QCPAbstractItem *AnalysisOverlay::span(qint64 fromUs, qint64 toUs, double top, double bottom, const QPen &pen,
                                       const QBrush &brush, const QString &layer)
{
    auto *rect = new QCPItemRect(m_plot);
    rect->setLayer(layer);
    for (QCPItemPosition *p : {rect->topLeft, rect->bottomRight}) {
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    rect->topLeft->setCoords(toSeconds(fromUs), top);
    rect->bottomRight->setCoords(toSeconds(toUs), bottom);
    rect->setPen(pen);
    rect->setBrush(brush);
    rect->setSelectable(false);
    m_items.append(rect);
    return rect;
}

void AnalysisOverlay::redrawItems()
{
    for (QCPAbstractItem *item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    m_gapSpans = 0;
    // Coverage: gaps hatched over the whole height, a lane of covered stretches at the bottom.
    QList<TimeRange> gaps;
    for (const CoverageAnalysis::Result &r : std::as_const(m_coverage)) {
        QColor hatch = kGapInk;
        hatch.setAlpha(90);
        for (const TimeRange &g : r.gaps) {
            span(g.fromUs, g.toUs, 0, 1, Qt::NoPen, QBrush(hatch, Qt::BDiagPattern), kSpanLayer);
            span(g.fromUs, g.toUs, 0.982, 1, Qt::NoPen, QBrush(kGapInk), kSpanLayer);
            gaps.append(g);
            ++m_gapSpans;
        }
        for (const TimeRange &c : r.covered)
            span(c.fromUs, c.toUs, 0.982, 1, Qt::NoPen, QBrush(kCoveredInk), kSpanLayer);
    }
    // "no data" on the widest gaps that have room for it at the present zoom (coverage is
    // recomputed whenever the view moves).
    std::sort(gaps.begin(), gaps.end(), [](const TimeRange &a, const TimeRange &b) { return a.length() > b.length(); });
    const double room = QFontMetricsF(TimelinePlot::baseFont(8)).horizontalAdvance(tr("no data")) + 12;
    const auto pixels = [this](const TimeRange &g) {
        return std::abs(m_plot->xAxis->coordToPixel(toSeconds(g.toUs)) -
                        m_plot->xAxis->coordToPixel(toSeconds(g.fromUs)));
    };
    for (qsizetype i = 0; i < std::min<qsizetype>(gaps.size(), kMaxGapLabels) && pixels(gaps[i]) >= room; ++i) {
        auto *label = new QCPItemText(m_plot);
        label->setLayer(kLabelLayer);
        label->setFont(TimelinePlot::baseFont(8));
        label->setColor(kGapInk.darker(150));
        label->setText(tr("no data"));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(toSeconds(gaps[i].fromUs + gaps[i].length() / 2), 0.975);
        label->setClipToAxisRect(true);
        label->setSelectable(false);
        m_items.append(label);
    }
    // Suggested bursts: dashed outlines, the deeper levels inset a little.
    for (const BurstDetector::Burst &b : std::as_const(m_bursts)) {
        QColor fill = kBurstInk, ink = kBurstInk;
        fill.setAlpha(16);
        ink.setAlpha(190);
        const double inset = 0.04 * (b.level - 1);
        span(b.startUs, b.endUs, 0.04 + inset, 0.975, QPen(ink, 1.2, Qt::DashLine), fill, QStringLiteral("events"));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AnalysisOverlay::redrawPlottables()
{
    for (const auto &p : std::as_const(m_plottables)) {
        if (p)
            m_plot->removePlottable(p.data());
    }
    m_plottables.clear();
    QCPAxis *second = m_plot->yAxis2;
    const bool useSecond = !m_derived.values.isEmpty() && m_derived.secondAxis;
    second->setVisible(useSecond);
    if (!m_derived.values.isEmpty()) {
        QCPAxis *axis = useSecond ? second : m_plot->yAxis;
        auto *graph = m_plot->addGraph(m_plot->xAxis, axis);
        graph->setName(m_derived.name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(kDerivedInk, 1.8));
        QVector<double> keys, values;
        double top = 0;
        for (qsizetype i = 0; i < m_derived.values.size(); ++i) {
            keys.append(toSeconds(m_derived.edges[i]));
            values.append(m_derived.values[i] * (m_derived.percent ? 100 : 1));
            top = std::max(top, values.back());
        }
        if (!keys.isEmpty()) {
            keys.append(toSeconds(m_derived.edges.back()));
            values.append(values.back());
        }
        graph->setData(keys, values, true);
        m_plottables.append(graph);
        if (useSecond) {
            second->setLabel(m_derived.name + (m_derived.percent ? QStringLiteral(" (%)") : QString()));
            second->setLabelFont(TimelinePlot::baseFont());
            second->setTickLabelFont(TimelinePlot::baseFont());
            second->setLabelColor(kDerivedInk.darker(130));
            second->setTickLabelColor(kDerivedInk.darker(130));
            second->setRange(0,
                             m_derived.percent ? std::min(100.0, std::max(5.0, top * 1.1)) : std::max(5.0, top * 1.1));
        }
    }
    if (!m_baseline.isEmpty() && m_plot->table().width == m_baselineWidth) {
        QVector<double> keys, q1, q3, median, anomalyKeys, anomalyValues;
        for (const SeasonalBaseline::Bin &b : std::as_const(m_baseline)) {
            keys.append(toSeconds(b.startUs));
            const bool known = b.otherWeeks >= SeasonalBaseline::kMinOtherWeeks;
            q1.append(known ? b.q1 : qQNaN());
            q3.append(known ? b.q3 : qQNaN());
            median.append(known ? b.median : qQNaN());
            if (b.anomalous) {
                anomalyKeys.append(toSeconds(b.startUs + (b.endUs - b.startUs) / 2));
                anomalyValues.append(double(b.count));
            }
        }
        auto *low = m_plot->addGraph();
        low->setName(tr("baseline Q1"));
        low->setLineStyle(QCPGraph::lsStepLeft);
        low->setPen(Qt::NoPen);
        low->setData(keys, q1, true);
        auto *high = m_plot->addGraph();
        high->setName(tr("baseline (median, IQR)"));
        high->setLineStyle(QCPGraph::lsStepLeft);
        high->setPen(QPen(kBandFill.darker(130), 0.8));
        high->setBrush(kBandFill);
        high->setChannelFillGraph(low);
        high->setData(keys, q3, true);
        auto *mid = m_plot->addGraph();
        mid->setName(tr("baseline median"));
        mid->setLineStyle(QCPGraph::lsStepLeft);
        mid->setPen(QPen(kMedianInk, 1.2, Qt::DashLine));
        mid->setData(keys, median, true);
        auto *marks = m_plot->addGraph();
        marks->setName(tr("outside the baseline"));
        marks->setLineStyle(QCPGraph::lsNone);
        marks->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kAnomalyInk, 1.6), Qt::NoBrush, 8));
        marks->setData(anomalyKeys, anomalyValues, true);
        for (QCPGraph *g : {low, high, mid, marks})
            m_plottables.append(g);
        for (QCPGraph *g : {low, mid}) {
            if (QCPAbstractLegendItem *entry = m_plot->legend->itemWithPlottable(g))
                m_plot->legend->removeItem(entry);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
