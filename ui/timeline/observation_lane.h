// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "dataset_info.h"
#include "failure.h"
#include "observation.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>

#include <memory>

class BackgroundTask;
class LookupViews;
class QCPAxisRect;
class QCPItemRect;
class TimelinePlot;

// The passive-DNS lane of the timeline: observations (aggregated sightings, which cannot be
// binned) drawn as one bar per rrname/rrtype/rdata from first to last seen, labelled
// "rrname rrtype rdata", in an axis rect of its own under the counts that shares their time
// axis, on the layer "observations". Rows are ordered by first sighting; at most kMaxRows
// are drawn (the most often seen), and the label of the last row says how many were left out.
// A bar's colour follows its rrname (a stable hash into the timeline's palette), so it keeps
// its colour when rows scroll, change order or are filtered out. Hovering a bar shows rrname,
// rrtype, rdata, count and times in the plot's zone. The lane exists only while there are
// observations to show and the view has no qname filter: the Filters dock's qname globs
// select rrnames (a trailing root dot ignored; spans() and filterNote() say which), and the
// records of those names are then drawn in the Resolutions lane (ResolutionLane), beside the
// lookups' own answers, instead of here. Owned by the plot (Qt parent); GUI
// thread; refresh() reads the store on a BackgroundTask (the latest refresh wins); a failed
// read empties the lane and emits failed().
class ObservationLane : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 12;

    explicit ObservationLane(TimelinePlot *plot);

    // Shows the observations of the observation datasets among datasets that are selected
    // (selected empty: all), read from store in the background.
    void refresh(std::shared_ptr<LookupViews> store, const QList<DatasetInfo> &datasets, const QList<qint64> &selected);
    void setObservations(const QList<Observation> &observations);
    // The view's filters: those on qname narrow the lane to rrnames they match (all of them).
    void setFilters(const QList<FieldFilter> &filters);

    // One row per rrname/rrtype/rdata, merged over datasets: what is drawn.
    struct Span {
        Observation merged; // first/last over all its observations, counts summed (-1 if none had one)
        QString label;
    };
    // The records merged by rrname/rrtype/rdata, in the order first seen in observations.
    // Pure; any thread.
    static QList<Span> merge(const QList<Observation> &observations);
    // The spans whose rrname (its root dot ignored) every glob matches. Pure; any thread.
    static QList<Span> matching(const QList<Span> &spans, const QStringList &qnameGlobs);
    const QList<Span> &spans() const { return m_spans; }
    int hiddenRows() const { return m_hidden; }
    // The note shown while a qname filter narrows the lane; empty otherwise.
    QString filterNote() const { return m_note; }
    // The colour of every bar of rrname (case-insensitive, root dot or not, same in every run).
    static QColor colourOf(const QString &rrname);
    QCPAxisRect *rect() const { return m_rect; }
    // The tooltip for a point in the plot's widget coordinates; empty over no bar.
    QString toolTipAt(const QPointF &pos) const;

signals:
    void changed();
    // Reading the observations failed; the lane is empty.
    void failed(const Failure &failure);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void select();
    void rebuild();

    TimelinePlot *m_plot;
    QCPAxisRect *m_rect = nullptr;
    QList<Span> m_all; // every merged record, before the filters
    QStringList m_globs;
    QString m_note;
    QList<Span> m_spans;
    QList<QCPItemRect *> m_bars;
    int m_hidden = 0;
    BackgroundTask *m_task;
};
