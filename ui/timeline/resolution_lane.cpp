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

#include <QHash>

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
        setContent({});
        return;
    }
    BinQuery whole = view;
    whole.range.reset(); // the whole extent: zooming does not recompute
    m_task->run(
        [store, whole](const CancelToken &token) -> std::optional<Content> {
            auto history = ResolutionHistory::compute(*store, whole, [token](double) { return !token.isCancelled(); });
            if (!history)
                return std::nullopt;
            Content content{*history, passiveDnsRows(*store, whole)};
            const OwnerDirectory owners(std::make_shared<const AddressBook>(store->addressBook()),
                                        MmdbDatabase::openAll(whole.ownerDatabases));
            ResolutionHistory::labelOwners(content.history, owners);
            ResolutionHistory::Result passive{content.passiveDns};
            ResolutionHistory::labelOwners(passive, owners);
            content.passiveDns = passive.rows;
            return content;
        },
        [this](const std::optional<Content> &content) {
            if (content)
                setContent(*content);
        },
        [this](const Failure &failure) {
            setContent({});
            emit failed(failure); // an empty lane alone would look like no data
        });
}

QList<ResolutionHistory::Row> ResolutionLane::passiveDnsRows(LookupViews &store, const BinQuery &view)
{
    ObservationQuery query;
    for (const DatasetInfo &d : store.datasets()) {
        if (d.kind == DatasetKind::Observations && (view.datasets.isEmpty() || view.datasets.contains(d.id)))
            query.datasets.append(d.id);
    }
    if (query.datasets.isEmpty())
        return {};
    QStringList globs;
    for (const FieldFilter &f : view.filters) {
        if (f.field == LookupField::Qname)
            globs.append(f.glob);
    }
    const auto withoutRootDot = [](QString name) {
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        return name;
    };
    QList<ResolutionHistory::Row> rows;
    for (const ObservationLane::Span &span :
         ObservationLane::matching(ObservationLane::merge(store.observations(query)), globs)) {
        const Observation &o = span.merged;
        const bool text = o.rrtype.compare(QLatin1String("TXT"), Qt::CaseInsensitive) == 0;
        rows.append({withoutRootDot(o.rrname),
                     o.rrtype,
                     text ? o.rdata : withoutRootDot(o.rdata),
                     {},
                     o.timeFirstUs,
                     o.timeLastUs,
                     o.count});
    }
    return rows;
}

namespace {

// The n rows of rows most looked up (or seen), in their order; the others counted in hidden.
QList<ResolutionHistory::Row> mostLookedUp(const QList<ResolutionHistory::Row> &rows, qsizetype n, int &hidden)
{
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return rows[a].lookups > rows[b].lookups; });
    hidden += int(std::max<qsizetype>(0, rows.size() - n));
    order.resize(std::min(order.size(), n));
    std::sort(order.begin(), order.end());
    QList<ResolutionHistory::Row> out;
    for (const qsizetype i : std::as_const(order))
        out.append(rows[i]);
    return out;
}

} // namespace

void ResolutionLane::setContent(const Content &content)
{
    m_hidden = 0;
    const qsizetype passiveShare = std::min<qsizetype>(content.passiveDns.size(), kMaxRows / 2);
    const QList<ResolutionHistory::Row> lookups = mostLookedUp(content.history.rows, kMaxRows - passiveShare, m_hidden);
    const QList<ResolutionHistory::Row> passive = mostLookedUp(content.passiveDns, kMaxRows - lookups.size(), m_hidden);
    // By name, then the first sighting of the (name, answer) by either source, so that a
    // passive-DNS row sits right under the lookups' row of the same answer.
    struct Entry {
        ResolutionHistory::Row row;
        Source source;
        qint64 groupFirstUs;
    };
    QHash<QString, qint64> groupFirst;
    const auto key = [](const ResolutionHistory::Row &r) {
        return r.name + QChar(0x1f) + r.type + QChar(0x1f) + r.answer + QChar(0x1f) + r.rcode;
    };
    for (const auto *rows : {&lookups, &passive}) {
        for (const ResolutionHistory::Row &r : *rows) {
            auto found = groupFirst.find(key(r));
            if (found == groupFirst.end())
                groupFirst.insert(key(r), r.firstUs);
            else
                *found = std::min(*found, r.firstUs);
        }
    }
    QList<Entry> entries;
    for (const ResolutionHistory::Row &r : lookups)
        entries.append({r, Source::Lookups, groupFirst.value(key(r))});
    for (const ResolutionHistory::Row &r : passive)
        entries.append({r, Source::PassiveDns, groupFirst.value(key(r))});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.row.name, a.groupFirstUs, a.row.type, a.row.answer, a.row.rcode, a.source) <
            std::tie(b.row.name, b.groupFirstUs, b.row.type, b.row.answer, b.row.rcode, b.source);
    });
    m_rows.clear();
    m_sources.clear();
    for (const Entry &e : std::as_const(entries)) {
        m_rows.append(e.row);
        m_sources.append(e.source);
    }
    rebuild();
    emit changed();
}

QColor ResolutionLane::colourOf(const ResolutionHistory::Row &row)
{
    if (!row.owner.isEmpty())
        return ObservationLane::colourOf(row.owner); // the lanes' one stable hash into the palette
    return ResolutionHistory::isError(row.rcode) && row.answer.isEmpty() ? kError : kUnlabelled;
}

QString ResolutionLane::labelOf(const ResolutionHistory::Row &row, Source source) const
{
    if (row.answer.isEmpty() && source == Source::Lookups)
        return row.rcode.isEmpty() ? tr("%1  no answer").arg(row.name)
                                   : tr("%1  no answer: %2").arg(row.name, row.rcode);
    QString label = QStringLiteral("%1  %2 %3").arg(row.name, row.type, row.answer).simplified();
    if (source == Source::PassiveDns)
        label += tr("  [passive DNS]");
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
            const QColor colour = colourOf(r);
            QCPItemRect *bar = LaneAxisRect::addBar(m_plot, m_rect, kLayer, r.firstUs, r.lastUs, row, 0.2, colour,
                                                    r.answer.isEmpty() ? 70 : 150);
            if (m_sources[row] == Source::PassiveDns)
                bar->setBrush(QBrush(colour.darker(110), Qt::BDiagPattern)); // hatched: not the lookups' own
            m_items.append(bar);
            if (!r.errorTimesUs.isEmpty()) {
                QList<double> times;
                times.reserve(r.errorTimesUs.size());
                for (const qint64 us : r.errorTimesUs)
                    times.append(double(us) / 1e6); // the plot's key: s
                auto *ticks = new ErrorTickItem(m_plot, m_rect, times, row + 0.5, kError);
                ticks->setLayer(kLayer);
                m_items.append(ticks);
            }
            QString text = labelOf(r, m_sources[row]);
            if (row == rows - 1 && m_hidden > 0)
                text += tr("  (+%n more not shown)", nullptr, m_hidden);
            QCPItemText *label = LaneAxisRect::addRowLabel(m_plot, m_rect, kLayer, row, text);
            if (m_sources[row] == Source::PassiveDns)
                label->setBrush(QColor(255, 255, 255, 200)); // the (dark) text stays readable over hatching
            m_items.append(label);
        }
        const bool passive = m_sources.contains(Source::PassiveDns);
        m_items.append(LaneAxisRect::addCornerNote(
            m_plot, m_rect, kLayer,
            passive ? tr("Solid: the lookups' answers; hatched: passive DNS; red ticks: error lookups")
                    : tr("Resolutions from the lookups' answers; red ticks: error lookups")));
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
    if (m_sources[row] == Source::PassiveDns) {
        QString what = QStringLiteral("%1 %2").arg(r.type, r.answer).trimmed();
        if (!r.owner.isEmpty())
            what += tr("\nowner: %1").arg(r.owner);
        const QString seen = r.lookups < 0 ? tr("seen an unknown number of times")
                                           : tr("seen %n time(s)", nullptr, int(std::min<qint64>(r.lookups, INT_MAX)));
        return tr("%1\n%2\nsource: passive DNS (imported observations), %3\nfirst %4\nlast  %5")
            .arg(r.name, what, seen, stamp(r.firstUs, zone), stamp(r.lastUs, zone));
    }
    QString what = r.answer.isEmpty() ? tr("no answer (%1)").arg(r.rcode.isEmpty() ? tr("no rcode") : r.rcode)
                                      : QStringLiteral("%1 %2").arg(r.type, r.answer).trimmed();
    if (!r.owner.isEmpty())
        what += tr("\nowner: %1").arg(r.owner);
    return tr("%1\n%2\nsource: the lookups' answers, %n lookup(s)", nullptr, int(std::min<qint64>(r.lookups, INT_MAX)))
               .arg(r.name, what) +
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
