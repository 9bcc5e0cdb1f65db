// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observation_lane.h"

#include "storage/lookup_store.h"
#include "storage/sqlite_db.h"
#include "timeline_plot.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QHelpEvent>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>

namespace {

constexpr int kRowPixels = 20;
const QString kLayer = QStringLiteral("observations");

double seconds(qint64 us)
{
    return double(us) / 1e6;
}

QString stamp(qint64 us, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

} // namespace

ObservationLane::ObservationLane(TimelinePlot *plot) : QObject(plot), m_plot(plot)
{
    plot->addLayer(kLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->installEventFilter(this);
    m_margins = new QCPMarginGroup(plot); // keeps the lane's left edge under the counts' axis
    plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
}

void ObservationLane::refresh(std::shared_ptr<LookupStore> store, const QList<DatasetInfo> &datasets,
                              const QList<qint64> &selected)
{
    ObservationQuery query;
    for (const DatasetInfo &d : datasets) {
        if (d.kind == DatasetKind::Observations && (selected.isEmpty() || selected.contains(d.id)))
            query.datasets.append(d.id);
    }
    const int generation = ++m_generation;
    if (!store || query.datasets.isEmpty()) {
        setObservations({});
        return;
    }
    auto *watcher = new QFutureWatcher<QList<Observation>>(this);
    connect(watcher, &QFutureWatcher<QList<Observation>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            setObservations(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([store, query]() -> QList<Observation> {
        try {
            return store->observations(query);
        } catch (const StoreError &) {
            return {}; // the lane stays empty; the store's own views report the failure
        }
    }));
}

void ObservationLane::setObservations(const QList<Observation> &observations)
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
    // The most often seen rows, then ordered by first sighting.
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.merged.count > b.merged.count; });
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

void ObservationLane::ensureRect(bool wanted)
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (wanted == (m_rect != nullptr))
        return;
    if (!wanted) {
        layout->remove(m_rect); // deletes it and its axes
        layout->simplify();
        m_rect = nullptr;
        return;
    }
    int row = 0;
    while (row < layout->rowCount() && layout->element(row, 0) != m_plot->axisRect())
        ++row;
    layout->insertRow(row + 1);
    m_rect = new QCPAxisRect(m_plot);
    layout->addElement(row + 1, 0, m_rect);
    m_rect->setRangeDrag(Qt::Orientations());
    m_rect->setRangeZoom(Qt::Orientations());
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    x->setTicker(m_plot->xAxis->ticker());
    x->setTickLabels(false);
    x->setRange(m_plot->xAxis->range());
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x, qOverload<const QCPRange &>(&QCPAxis::setRange));
    y->setTicks(false);
    y->setTickLabels(false);
    y->grid()->setVisible(false);
    y->setRangeReversed(true);
    y->setPadding(0); // no label: a rotated one would not fit a short lane; the bars say what they are
    m_rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
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
    ensureRect(!m_spans.isEmpty());
    if (m_rect) {
        const int rows = int(m_spans.size());
        m_rect->setMinimumSize(0, rows * kRowPixels + 8);
        m_rect->setMaximumSize(QWIDGETSIZE_MAX, rows * kRowPixels + 8);
        QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
        QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
        y->setRange(0, rows);
        const QList<QColor> &colours = TimelinePlot::palette();
        for (int row = 0; row < rows; ++row) {
            const Observation &o = m_spans[row].merged;
            auto *bar = new QCPItemRect(m_plot);
            bar->setLayer(kLayer);
            bar->setClipAxisRect(m_rect);
            for (QCPItemPosition *p : {bar->topLeft, bar->bottomRight})
                p->setAxes(x, y);
            // A span of zero length (seen once) still gets a visible sliver: 1 px at least.
            bar->topLeft->setCoords(seconds(o.timeFirstUs), row + 0.15);
            bar->bottomRight->setCoords(std::max(seconds(o.timeLastUs), seconds(o.timeFirstUs) + 1), row + 0.85);
            QColor colour = colours[row % colours.size()];
            bar->setPen(QPen(colour.darker(130)));
            colour.setAlpha(150);
            bar->setBrush(colour);
            m_bars.append(bar);
            auto *label = new QCPItemText(m_plot);
            label->setLayer(kLayer);
            label->setClipAxisRect(m_rect);
            label->position->setAxes(x, y);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setAxisRect(m_rect);
            label->position->setCoords(0.005, row + 0.5);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setFont(TimelinePlot::baseFont(8));
            label->setText(m_spans[row].label);
            label->setColor(QColor(0x20, 0x20, 0x20));
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
    if (watched == m_plot && event->type() == QEvent::ToolTip && m_rect) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, m_plot);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
