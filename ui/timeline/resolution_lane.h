// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bin_query.h"
#include "failure.h"
#include "resolution_history.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>

#include <memory>

class BackgroundTask;
class LookupStore;
class LookupViews;
class QCPAbstractItem;
class QCPAxisRect;
class TimelinePlot;

// The Resolutions lane of the timeline: what the names of the view's qname filter resolved to,
// from the lookups' own answers (ResolutionHistory), in an axis rect of its own under the counts
// that shares their time axis. One bar per (name, answer) from first to last seen, coloured by
// the address book's owner of the answer (grey when the book does not label it); a name's
// lookups without an answer have a row per rcode, red for an error rcode, with a red tick at
// each error lookup, so "returned errors and then vanished" shows at a glance. At most kMaxRows
// rows (the most looked-up), ordered by name, then first seen; the last row's label says how
// many were left out. Hovering a row shows its name, answer, owner, counts and times in the
// plot's zone. The lane exists only while the view filters on qname and has rows.
// Imported passive-DNS observations of the same names (the selected observation datasets,
// rrname matched as ObservationLane matches it) share the lane, marked by source: a row per
// (rrname, rrtype, rdata) right under the lookups' row of the same name and answer when there
// is one, its bar hatched in the same owner colour, its label ending in "[passive DNS]", its
// tooltip naming the source and the sightings; the corner note is the legend. Of kMaxRows
// rows, passive DNS gets at least kMaxRows / 2 when it has that many.
// Owned by the plot (Qt parent); GUI thread; refresh() computes on a BackgroundTask (the
// latest refresh wins); a failed read empties the lane and emits failed().
class ResolutionLane : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRows = 12;

    explicit ResolutionLane(TimelinePlot *plot);

    // Recomputes the history of view (its datasets, filters, excluded pairs and databases over
    // the whole extent: zooming does not recompute) if they changed since the last refresh, or
    // always when force is set (the store's data or address book changed).
    void refresh(std::shared_ptr<LookupStore> store, const BinQuery &view, bool force = false);

    enum class Source { Lookups, PassiveDns };
    // What the lane shows: the lookups' history and the passive-DNS records of its names, as
    // rows (a passive-DNS row: name = rrname, type = rrtype, answer = rdata, lookups = the
    // sightings, -1 unknown, no errors).
    struct Content {
        ResolutionHistory::Result history;
        QList<ResolutionHistory::Row> passiveDns;
    };
    void setContent(const Content &content);
    // The passive-DNS rows of view's names: the records of its selected observation datasets
    // whose rrname its qname globs match, merged by (rrname, rrtype, rdata); rrname and rdata
    // without their root dot. Reads store; any thread.
    static QList<ResolutionHistory::Row> passiveDnsRows(LookupViews &store, const BinQuery &view);

    const QList<ResolutionHistory::Row> &rows() const { return m_rows; } // as drawn, top to bottom
    const QList<Source> &sources() const { return m_sources; }           // of each row
    int hiddenRows() const { return m_hidden; }
    QCPAxisRect *rect() const { return m_rect; }
    // The colour of a row's bar: its owner's (a stable hash into the timeline's palette), red
    // for an error rcode, grey otherwise.
    static QColor colourOf(const ResolutionHistory::Row &row);
    // The tooltip for a point in the plot's widget coordinates; empty over no row.
    QString toolTipAt(const QPointF &pos) const;

signals:
    void changed();
    void failed(const Failure &failure);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QString labelOf(const ResolutionHistory::Row &row, Source source) const;

    TimelinePlot *m_plot;
    QCPAxisRect *m_rect = nullptr;
    QList<QCPAbstractItem *> m_items;
    QList<ResolutionHistory::Row> m_rows;
    QList<Source> m_sources;
    int m_hidden = 0;
    struct Asked { // what of the view the lane depends on
        const LookupStore *store = nullptr;
        QList<qint64> datasets;
        QList<FieldFilter> filters;
        QList<ClientQnamePair> excludedPairs;
        QStringList ownerDatabases;
        bool operator==(const Asked &) const = default;
    };
    Asked m_asked;
    BackgroundTask *m_task;
};
