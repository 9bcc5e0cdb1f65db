// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolution_lane.h"

#include "background_task.h"
#include "error_tick_item.h"
#include "lane_axis_rect.h"
#include "lookup_store.h"
#include "mmdb_database.h"
#include "observation_lane.h"
#include "owner_directory.h"
#include "timeline_plot.h"

#include <QDateTime>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <numeric>

namespace {

constexpr int kRowPixels = 20;
const QString kLayer = QStringLiteral("resolutions");
const QColor kError(0xc6, 0x28, 0x28);
const QColor kUnlabelled(0x8a, 0x93, 0xa0);

QString stamp(qint64 us, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

bool hasQnameFilter(const QList<FieldFilter> &filters)
{
    return std::any_of(filters.begin(), filters.end(),
                       [](const FieldFilter &f) { return f.field == LookupField::Qname; });
}

} // namespace

ResolutionLane::ResolutionLane(TimelinePlot *plot)
    : QObject(plot), m_plot(plot), m_task(new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this))
{
    plot->addLayer(kLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->installEventFilter(this);
}

void ResolutionLane::refresh(std::shared_ptr<LookupStore> store, const BinQuery &view, bool force)
{
    const Asked asked{store.get(), view.datasets, view.filters, view.excludedPairs, view.ownerDatabases};
    if (asked == m_asked && !force)
        return;
    m_asked = asked;
    if (!store || !hasQnameFilter(view.filters)) {
        m_task->cancel();
        setHistory({});
        return;
    }
    BinQuery whole = view;
    whole.range.reset(); // the whole extent: zooming does not recompute
    m_task->run(
        [store, whole](const CancelToken &token) {
            auto history = ResolutionHistory::compute(*store, whole, [token](double) { return !token.isCancelled(); });
            if (history)
                ResolutionHistory::labelOwners(*history,
                                               OwnerDirectory(std::make_shared<const AddressBook>(store->addressBook()),
                                                              MmdbDatabase::openAll(whole.ownerDatabases)));
            return history;
        },
        [this](const std::optional<ResolutionHistory::Result> &history) {
            if (history)
                setHistory(*history);
        },
        [this](const Failure &failure) {
            setHistory({});
            emit failed(failure); // an empty lane alone would look like no data
        });
}

void ResolutionLane::setHistory(const ResolutionHistory::Result &history)
{
    QList<ResolutionHistory::Row> rows = history.rows;
    // The most looked-up rows, then in the history's order (name, first seen).
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rows[a].lookups > rows[b].lookups; });
    m_hidden = int(std::max<qsizetype>(0, rows.size() - kMaxRows));
    order.resize(std::min<qsizetype>(order.size(), kMaxRows));
    std::sort(order.begin(), order.end());
    m_rows.clear();
    for (const qsizetype i : std::as_const(order))
        m_rows.append(rows[i]);
    rebuild();
    emit changed();
}

QColor ResolutionLane::colourOf(const ResolutionHistory::Row &row)
{
    if (!row.owner.isEmpty())
        return ObservationLane::colourOf(row.owner); // the lanes' one stable hash into the palette
    return ResolutionHistory::isError(row.rcode) && row.answer.isEmpty() ? kError : kUnlabelled;
}

QString ResolutionLane::labelOf(const ResolutionHistory::Row &row) const
{
    if (row.answer.isEmpty())
        return row.rcode.isEmpty() ? tr("%1  no answer").arg(row.name)
                                   : tr("%1  no answer: %2").arg(row.name, row.rcode);
    QString label = QStringLiteral("%1  %2 %3").arg(row.name, row.type, row.answer).simplified();
    if (!row.owner.isEmpty())
        label += QStringLiteral("  (%1)").arg(row.owner);
    return label;
}

void ResolutionLane::rebuild()
{
    for (QCPAbstractItem *item : std::as_const(m_items))
        m_plot->removeItem(item);
    m_items.clear();
    LaneAxisRect::show(m_plot, m_rect, !m_rows.isEmpty());
    if (m_rect) {
        const int rows = int(m_rows.size());
        m_rect->setMinimumSize(0, rows * kRowPixels + 8);
        m_rect->setMaximumSize(QWIDGETSIZE_MAX, rows * kRowPixels + 8);
        m_rect->axis(QCPAxis::atLeft)->setRange(0, rows);
        for (int row = 0; row < rows; ++row) {
            const ResolutionHistory::Row &r = m_rows[row];
            m_items.append(LaneAxisRect::addBar(m_plot, m_rect, kLayer, r.firstUs, r.lastUs, row, 0.2, colourOf(r),
                                                r.answer.isEmpty() ? 70 : 150));
            if (!r.errorTimesUs.isEmpty()) {
                QList<double> times;
                times.reserve(r.errorTimesUs.size());
                for (const qint64 us : r.errorTimesUs)
                    times.append(double(us) / 1e6); // the plot's key: s
                auto *ticks = new ErrorTickItem(m_plot, m_rect, times, row + 0.5, kError);
                ticks->setLayer(kLayer);
                m_items.append(ticks);
            }
            QString text = labelOf(r);
            if (row == rows - 1 && m_hidden > 0)
                text += tr("  (+%n more not shown)", nullptr, m_hidden);
            m_items.append(LaneAxisRect::addRowLabel(m_plot, m_rect, kLayer, row, text));
        }
        m_items.append(LaneAxisRect::addCornerNote(
            m_plot, m_rect, kLayer, tr("Resolutions from the lookups' answers; red ticks: error lookups")));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ResolutionLane::toolTipAt(const QPointF &pos) const
{
    if (!m_rect || !m_rect->rect().contains(pos.toPoint()))
        return {};
    const int row = int(m_rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y()));
    if (row < 0 || row >= m_rows.size())
        return {};
    const ResolutionHistory::Row &r = m_rows[row];
    const QTimeZone zone = m_plot->timeZone();
    QString what = r.answer.isEmpty() ? tr("no answer (%1)").arg(r.rcode.isEmpty() ? tr("no rcode") : r.rcode)
                                      : QStringLiteral("%1 %2").arg(r.type, r.answer).trimmed();
    if (!r.owner.isEmpty())
        what += tr("\nowner: %1").arg(r.owner);
    return tr("%1\n%2\n%n lookup(s)", nullptr, int(std::min<qint64>(r.lookups, INT_MAX))).arg(r.name, what) +
        tr(", %n with an error rcode", nullptr, int(std::min<qint64>(r.errorLookups, INT_MAX))) +
        tr("\nfirst %1\nlast  %2").arg(stamp(r.firstUs, zone), stamp(r.lastUs, zone));
}

bool ResolutionLane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && m_rect &&
        LaneAxisRect::showToolTip(m_plot, event, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QObject::eventFilter(watched, event);
}
