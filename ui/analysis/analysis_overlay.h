// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "burst_detector.h"
#include "coverage_analysis.h"
#include "seasonal_baseline.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QCPAbstractItem;
class QCPAbstractPlottable;
class TimelinePlot;

// What the analyses lay over the timeline: suggested bursts as dashed outlined spans, the
// gaps in the datasets' coverage as hatched "no data" spans with a coverage lane along the
// bottom, a derived series (a share on a second axis in %, or a count on either axis) and the
// seasonal baseline as a band (interquartile range, median dashed) with anomalous bins marked.
// It draws only what it is given and redraws its plottables whenever the plot rebuilds its
// bars (which clears every plottable). Times are µs UTC. GUI thread only.
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

    void setBursts(const QList<BurstDetector::Burst> &bursts);
    void setCoverage(const QList<CoverageAnalysis::Result> &coverage);
    void setDerived(const Derived &derived); // empty values: none
    // bins of width: drawn while the timeline's bins have that width.
    void setBaseline(const QList<SeasonalBaseline::Bin> &bins,
                     const BinWidth &width = BinWidth::fixed(3'600'000'000LL));
    const QList<BurstDetector::Burst> &bursts() const { return m_bursts; }
    // Gaps drawn as "no data" spans (for tests).
    int gapSpans() const { return m_gapSpans; }
    int anomalies() const;

private:
    void redrawItems();
    void redrawPlottables();
    QCPAbstractItem *span(qint64 fromUs, qint64 toUs, double top, double bottom, const QPen &pen, const QBrush &brush,
                          const QString &layer);

    TimelinePlot *m_plot;
    QList<BurstDetector::Burst> m_bursts;
    QList<CoverageAnalysis::Result> m_coverage;
    Derived m_derived;
    QList<SeasonalBaseline::Bin> m_baseline;
    BinWidth m_baselineWidth;
    QList<QCPAbstractItem *> m_items;
    QList<QPointer<QCPAbstractPlottable>> m_plottables; // gone when the plot clears them
    int m_gapSpans = 0;
};
