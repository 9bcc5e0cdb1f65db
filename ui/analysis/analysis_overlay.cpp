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
constexpr int kLanePixels = 4;      // a dataset's coverage lane
constexpr int kMaxLanes = 8;

// Where every list of gaps has one: the intersection of sorted, disjoint ranges.
QList<TimeRange> silentInAll(const QList<CoverageAnalysis::Result> &coverage)
{
    if (coverage.isEmpty())
        return {};
    QList<TimeRange> all = coverage.front().gaps;
    for (qsizetype d = 1; d < coverage.size(); ++d) {
        QList<TimeRange> both;
        const QList<TimeRange> &other = coverage[d].gaps;
        for (qsizetype i = 0, j = 0; i < all.size() && j < other.size();) {
            const TimeRange cut{std::max(all[i].fromUs, other[j].fromUs), std::min(all[i].toUs, other[j].toUs)};
            if (!cut.isEmpty())
                both.append(cut);
            (all[i].toUs < other[j].toUs ? i : j)++;
        }
        all = both;
    }
    return all;
}
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
    plot->addHoverText(this, [this](const TimeRange &under) { return hoverText(under); });
    // Coverage spans under the bars, "no data" labels above them.
    if (!plot->layer(kSpanLayer))
        plot->addLayer(kSpanLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    if (!plot->layer(kLabelLayer))
        plot->addLayer(kLabelLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    connect(plot, &TimelinePlot::barsRebuilt, this, &AnalysisOverlay::redrawPlottables);
}

void AnalysisOverlay::setBursts(const QList<BurstDetector::Burst> &bursts, const BurstDetector::Params &params)
{
    m_bursts = bursts;
    m_burstParams = params;
    redrawItems();
    redrawPlottables(); // the legend entry
}

void AnalysisOverlay::setCoverage(const QList<CoverageAnalysis::Result> &coverage,
                                  const QHash<qint64, DatasetInfo> &datasets)
{
    m_coverage = coverage;
    m_datasets = datasets;
    m_silentAll = silentInAll(coverage);
    redrawItems();
}

QStringList AnalysisOverlay::hoverText(const TimeRange &under) const
{
    QStringList out;
    const QTimeZone zone = m_plot->timeZone();
    const QLocale locale = m_plot->locale();
    const auto stamp = [&](qint64 t) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(t / 1000, zone), QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    for (const BurstDetector::Burst &b : m_bursts) {
        if (under.toUs <= b.startUs || under.fromUs >= b.endUs)
            continue;
        out.append(tr("Suggested burst, not an event: %1 – %2, %3 lookups.\nKleinberg's burst detection, level %4 "
                      "of %5 (s = %6, γ = %7, weight %8); Analysis → Bursts accepts it as an event.")
                       .arg(stamp(b.startUs), stamp(b.endUs), locale.toString(b.lookups))
                       .arg(b.level)
                       .arg(m_burstParams.levels)
                       .arg(locale.toString(m_burstParams.s), locale.toString(m_burstParams.gamma),
                            locale.toString(b.weight, 'f', 1)));
    }
    for (const CoverageAnalysis::Result &r : m_coverage) {
        const auto d = m_datasets.constFind(r.datasetId);
        const QString name = d != m_datasets.constEnd() ? d->name : tr("dataset %1").arg(r.datasetId);
        for (const TimeRange &g : r.gaps) {
            if (under.fromUs >= g.toUs || under.toUs <= g.fromUs)
                continue;
            // A silence before the dataset's first lookup or after its last is not a gap in
            // what it observed: the view reaches past what it covers at all.
            if (d != m_datasets.constEnd() && d->records > 0 && g.toUs <= d->tsMinUs)
                out.append(tr("No lookups from %1 here: its first lookup is at %2").arg(name, stamp(d->tsMinUs)));
            else if (d != m_datasets.constEnd() && d->records > 0 && g.fromUs > d->tsMaxUs)
                out.append(tr("No lookups from %1 here: its last lookup is at %2").arg(name, stamp(d->tsMaxUs)));
            else
                out.append(tr("No lookups from %1 (coverage gap): %2 – %3").arg(name, stamp(g.fromUs), stamp(g.toUs)));
        }
    }
    return out;
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
    // Coverage: a thin lane per dataset along the bottom (covered green, silent grey); "no data"
    // hatched over the whole height only where every dataset shown is silent.
    const double height = std::max(1, m_plot->axisRect()->height());
    const double lane = kLanePixels / height, gap = 1 / height;
    QColor hatch = kGapInk;
    hatch.setAlpha(90);
    for (qsizetype d = 0; d < std::min<qsizetype>(m_coverage.size(), kMaxLanes); ++d) {
        const double bottom = 1 - d * (lane + gap), top = bottom - lane;
        for (const TimeRange &g : m_coverage[d].gaps)
            span(g.fromUs, g.toUs, top, bottom, Qt::NoPen, QBrush(kGapInk), kSpanLayer);
        for (const TimeRange &c : m_coverage[d].covered)
            span(c.fromUs, c.toUs, top, bottom, Qt::NoPen, QBrush(kCoveredInk), kSpanLayer);
    }
    const double lanesTop = 1 - std::min<qsizetype>(m_coverage.size(), kMaxLanes) * (lane + gap);
    for (const TimeRange &g : std::as_const(m_silentAll)) {
        span(g.fromUs, g.toUs, 0, lanesTop, Qt::NoPen, QBrush(hatch, Qt::BDiagPattern), kSpanLayer);
        ++m_gapSpans;
    }
    // "no data" on the widest such stretches that have room for it, never over another label.
    QList<TimeRange> gaps = m_silentAll;
    std::sort(gaps.begin(), gaps.end(), [](const TimeRange &a, const TimeRange &b) { return a.length() > b.length(); });
    const QFontMetricsF metrics(TimelinePlot::baseFont(8));
    const double textWidth = metrics.horizontalAdvance(tr("no data")), room = textWidth + 12;
    const QRect axis = m_plot->axisRect()->rect();
    const double labelBottom = axis.top() + (lanesTop - 0.008) * axis.height();
    m_labelRects.clear();
    for (const TimeRange &g : std::as_const(gaps)) {
        if (m_labelRects.size() >= kMaxGapLabels)
            break;
        const double x0 = m_plot->xAxis->coordToPixel(toSeconds(g.fromUs)),
                     x1 = m_plot->xAxis->coordToPixel(toSeconds(g.toUs));
        const double left = std::max(std::min(x0, x1), double(axis.left())),
                     right = std::min(std::max(x0, x1), double(axis.right()));
        if (right - left < room)
            continue;
        const QRectF box((left + right - room) / 2, labelBottom - metrics.height(), room, metrics.height());
        if (std::any_of(m_labelRects.begin(), m_labelRects.end(), [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        m_labelRects.append(box);
        auto *label = new QCPItemText(m_plot);
        label->setLayer(kLabelLayer);
        label->setFont(TimelinePlot::baseFont(8));
        label->setColor(kGapInk.darker(150));
        label->setText(tr("no data"));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->position->setCoords(box.center().x(), labelBottom);
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
    if (!m_bursts.isEmpty()) { // the dashed boxes' legend entry: a graph without data
        auto *entry = m_plot->addGraph();
        entry->setName(
            tr("suggested bursts (Kleinberg, s = %1, γ = %2)")
                .arg(m_plot->locale().toString(m_burstParams.s), m_plot->locale().toString(m_burstParams.gamma)));
        QColor ink = kBurstInk;
        ink.setAlpha(190);
        entry->setPen(QPen(ink, 1.2, Qt::DashLine));
        entry->setBrush(QColor(kBurstInk.red(), kBurstInk.green(), kBurstInk.blue(), 16));
        m_plottables.append(entry);
    }
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
    m_plot->updateLegend();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
