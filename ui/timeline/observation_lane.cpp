// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observation_lane.h"

#include "background_task.h"
#include "lane_axis_rect.h"
#include "lookup_views.h"
#include "name_glob.h"
#include "timeline_plot.h"

#include <QDateTime>
#include <QHash>

#include <qcustomplot.h>

#include <algorithm>

namespace {

constexpr int kRowPixels = 20;
const QString kLayer = QStringLiteral("observations");

QString stamp(qint64 us, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

} // namespace

ObservationLane::ObservationLane(TimelinePlot *plot)
    : QObject(plot), m_plot(plot), m_task(new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this))
{
    plot->addLayer(kLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->installEventFilter(this);
}

void ObservationLane::refresh(std::shared_ptr<LookupViews> store, const QList<DatasetInfo> &datasets,
                              const QList<qint64> &selected)
{
    ObservationQuery query;
    for (const DatasetInfo &d : datasets) {
        if (d.kind == DatasetKind::Observations && (selected.isEmpty() || selected.contains(d.id)))
            query.datasets.append(d.id);
    }
    if (!store || query.datasets.isEmpty()) {
        m_task->cancel();
        setObservations({});
        return;
    }
    m_task->run([store, query](const CancelToken &) { return store->observations(query); },
                [this](const QList<Observation> &observations) { setObservations(observations); },
                [this](const Failure &failure) {
                    setObservations({});
                    emit failed(failure); // the window says so: an empty lane alone would look like no data
                });
}

QList<ObservationLane::Span> ObservationLane::merge(const QList<Observation> &observations)
{
    QHash<QString, qsizetype> index;
    QList<Span> spans;
    for (const Observation &o : observations) {
        const QString key = o.rrname + QLatin1Char('\x1f') + o.rrtype + QLatin1Char('\x1f') + o.rdata;
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            index.insert(key, spans.size());
            spans.append({o, QStringLiteral("%1 %2 %3").arg(o.rrname, o.rrtype, o.rdata).simplified()});
            continue;
        }
        Observation &m = spans[*found].merged;
        m.timeFirstUs = std::min(m.timeFirstUs, o.timeFirstUs);
        m.timeLastUs = std::max(m.timeLastUs, o.timeLastUs);
        m.count = m.count < 0 ? o.count : o.count < 0 ? m.count : m.count + o.count;
    }
    return spans;
}

QList<ObservationLane::Span> ObservationLane::matching(const QList<Span> &spans, const QStringList &qnameGlobs)
{
    QList<QRegularExpression> patterns;
    for (const QString &glob : qnameGlobs)
        patterns.append(NameGlob::pattern(glob));
    QList<Span> out;
    for (const Span &span : spans) {
        QString name = span.merged.rrname;
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        const auto matches = [&](const QRegularExpression &re) { return re.match(name).hasMatch(); };
        if (std::all_of(patterns.begin(), patterns.end(), matches))
            out.append(span);
    }
    return out;
}

void ObservationLane::setObservations(const QList<Observation> &observations)
{
    m_all = merge(observations);
    select();
}

void ObservationLane::setFilters(const QList<FieldFilter> &filters)
{
    QStringList globs;
    for (const FieldFilter &f : filters) {
        if (f.field == LookupField::Qname)
            globs.append(f.glob);
    }
    if (globs == m_globs)
        return;
    m_globs = globs;
    select();
}

void ObservationLane::select()
{
    QList<Span> spans = matching(m_all, m_globs);
    m_note.clear();
    if (!m_globs.isEmpty() && !m_all.isEmpty()) {
        QStringList where;
        for (const QString &glob : std::as_const(m_globs))
            where.append(QStringLiteral("qname=") + glob);
        m_note = tr("rrname filtered by %1: %2 of %3 records")
                     .arg(where.join(QStringLiteral(", ")))
                     .arg(spans.size())
                     .arg(m_all.size());
    }
    // The most often seen rows, then ordered by first sighting.
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span &a, const Span &b) { return a.merged.count > b.merged.count; });
    m_hidden = int(std::max<qsizetype>(0, spans.size() - kMaxRows));
    spans.resize(std::min<qsizetype>(spans.size(), kMaxRows));
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span &a, const Span &b) { return a.merged.timeFirstUs < b.merged.timeFirstUs; });
    if (m_hidden > 0)
        spans.back().label += tr("  (+%n more not shown)", nullptr, m_hidden);
    m_spans = spans;
    rebuild();
    emit changed();
}

QColor ObservationLane::colourOf(const QString &rrname)
{
    // FNV-1a over the lower-case UTF-8 name without its root dot: qHash is seeded per
    // process, this is not.
    QString name = rrname.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    quint32 hash = 2166136261u;
    for (const char c : name.toUtf8())
        hash = (hash ^ quint8(c)) * 16777619u;
    const QList<QColor> &colours = TimelinePlot::palette();
    return colours[qsizetype(hash % quint32(colours.size()))];
}

void ObservationLane::rebuild()
{
    for (QCPItemRect *bar : std::as_const(m_bars))
        m_plot->removeItem(bar);
    m_bars.clear();
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) { // the labels
        if (m_plot->item(i)->layer() == m_plot->layer(kLayer))
            m_plot->removeItem(i);
    }
    // Under a qname filter the Resolutions lane shows these records beside the lookups' own.
    LaneAxisRect::show(m_plot, m_rect, m_globs.isEmpty() && !m_spans.isEmpty());
    if (m_rect) {
        const int rows = int(m_spans.size());
        m_rect->setMinimumSize(0, rows * kRowPixels + 8);
        m_rect->setMaximumSize(QWIDGETSIZE_MAX, rows * kRowPixels + 8);
        m_rect->axis(QCPAxis::atLeft)->setRange(0, rows);
        for (int row = 0; row < rows; ++row) {
            const Observation &o = m_spans[row].merged;
            m_bars.append(LaneAxisRect::addBar(m_plot, m_rect, kLayer, o.timeFirstUs, o.timeLastUs, row, 0.15,
                                               colourOf(o.rrname), 150));
            LaneAxisRect::addRowLabel(m_plot, m_rect, kLayer, row, m_spans[row].label);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ObservationLane::toolTipAt(const QPointF &pos) const
{
    if (!m_rect || !m_rect->rect().contains(pos.toPoint()))
        return {};
    const int row = int(m_rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y()));
    if (row < 0 || row >= m_spans.size())
        return {};
    const Observation &o = m_spans[row].merged;
    const QTimeZone zone = m_plot->timeZone();
    return tr("%1  %2  %3\nseen %4 time(s)\nfirst %5\nlast  %6%7")
        .arg(o.rrname, o.rrtype, o.rdata, o.count < 0 ? tr("an unknown number of") : QString::number(o.count),
             stamp(o.timeFirstUs, zone), stamp(o.timeLastUs, zone),
             o.zoneTimes ? tr("\n(zone file times)") : QString());
}

bool ObservationLane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && m_rect &&
        LaneAxisRect::showToolTip(m_plot, event, [this](QPoint at) { return toolTipAt(at); }))
        return true;
    return QObject::eventFilter(watched, event);
}
