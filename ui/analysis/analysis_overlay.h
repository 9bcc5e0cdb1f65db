// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "burst_detector.h"
#include "coverage_analysis.h"
#include "seasonal_baseline.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>

class QCPAbstractItem;
class QCPAbstractPlottable;
class TimelinePlot;

// What the analyses lay over the timeline: suggested bursts as dashed outlined spans with a
// legend entry and a hover card (Kleinberg level, s, γ); the datasets' coverage as a thin lane
// per dataset along the bottom (covered stretches green, silences grey, hover names the
// dataset) with "no data" hatched only where every dataset shown is silent, labelled where a
// label fits without touching another; a derived series (a share on a second axis in %, or a
// count on either axis) and the seasonal baseline as a band (interquartile range, median
// dashed) with anomalous bins marked. None of it changes the count axis, which follows the
// bars. It draws only what it is given and redraws its plottables whenever the plot rebuilds
// its bars (which clears every plottable). Times are µs UTC. GUI thread only.
class AnalysisOverlay : public QObject {
    Q_OBJECT
public:
    struct Derived {
        QString name;           // legend and axis label, e.g. "NXDOMAIN share"
        QList<qint64> edges;    // bins [edges[i], edges[i+1])
        QList<double> values;   // per bin
        bool percent = false;   // a share in [0, 1], shown in %
        bool secondAxis = true; // else over the counts
    };

    explicit AnalysisOverlay(TimelinePlot *plot);

    void setBursts(const QList<BurstDetector::Burst> &bursts, const BurstDetector::Params &params = {});
    // names: each dataset's name by id, for the lanes' hover text.
    // datasets: by id, for their names and spans in the hover text.
    void setCoverage(const QList<CoverageAnalysis::Result> &coverage, const QHash<qint64, DatasetInfo> &datasets = {});
    void setDerived(const Derived &derived); // empty values: none
    // bins of width: drawn while the timeline's bins have that width.
    void setBaseline(const QList<SeasonalBaseline::Bin> &bins,
                     const BinWidth &width = BinWidth::fixed(3'600'000'000LL));
    const QList<BurstDetector::Burst> &bursts() const { return m_bursts; }
    // Stretches hatched "no data" (every dataset shown silent), and those labelled (for tests).
    int gapSpans() const { return m_gapSpans; }
    const QList<TimeRange> &silentStretches() const { return m_silentAll; }
    QList<QRectF> gapLabelRects() const { return m_labelRects; }
    // What hovering says about the overlays drawn under the pointer (times µs UTC, half-open;
    // TimelinePlot::HoverText), or at one time.
    QStringList hoverText(const TimeRange &under) const;
    QStringList hoverText(qint64 us) const { return hoverText(TimeRange{us, us + 1}); }
    int anomalies() const;

private:
    void redrawItems();
    void redrawPlottables();
    QCPAbstractItem *span(qint64 fromUs, qint64 toUs, double top, double bottom, const QPen &pen, const QBrush &brush,
                          const QString &layer);

    TimelinePlot *m_plot;
    QList<BurstDetector::Burst> m_bursts;
    BurstDetector::Params m_burstParams;
    QList<CoverageAnalysis::Result> m_coverage;
    QHash<qint64, DatasetInfo> m_datasets;
    QList<TimeRange> m_silentAll; // where every dataset shown is silent
    QList<QRectF> m_labelRects;
    Derived m_derived;
    QList<SeasonalBaseline::Bin> m_baseline;
    BinWidth m_baselineWidth;
    QList<QCPAbstractItem *> m_items;
    QList<QPointer<QCPAbstractPlottable>> m_plottables; // gone when the plot clears them
    int m_gapSpans = 0;
};
