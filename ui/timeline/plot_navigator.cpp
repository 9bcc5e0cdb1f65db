// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_navigator.h"

#include "timeline_plot.h"

#include <QKeyEvent>

namespace {
constexpr double kZoomStep = 0.8;
constexpr double kPanStep = 0.2;
constexpr int kClickSlop = 4; // pixels a click may move and stay a click
qint64 toUs(double seconds)
{
    return qint64(std::llround(seconds * 1e6));
}
} // namespace

PlotNavigator::PlotNavigator(TimelinePlot *plot) : QObject(plot), m_plot(plot)
{
    plot->installEventFilter(this);
    plot->selectionRect()->setPen(QPen(plot->QWidget::palette().color(QPalette::Highlight), 1, Qt::DashLine));
    QColor fill = plot->QWidget::palette().color(QPalette::Highlight);
    fill.setAlpha(50);
    plot->selectionRect()->setBrush(fill);
    connect(plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) { bandDone(rect); });
}

bool PlotNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        return keyPressed(key->key(), key->modifiers());
    }
    case QEvent::Wheel:
        // A run of wheel steps is one move in the history.
        if (!m_lastWheel.isValid() || m_lastWheel.elapsed() > 600)
            m_plot->recordHistory();
        m_lastWheel.start();
        return false;
    case QEvent::MouseButtonPress:
        pressed(static_cast<QMouseEvent *>(event));
        return false;
    case QEvent::MouseButtonRelease:
        released(static_cast<QMouseEvent *>(event));
        return false;
    case QEvent::MouseButtonDblClick:
        doubleClicked(static_cast<QMouseEvent *>(event));
        return true;
    default:
        return false;
    }
}

bool PlotNavigator::keyPressed(int key, Qt::KeyboardModifiers modifiers)
{
    const bool alt = modifiers & Qt::AltModifier;
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_plot->zoomBy(kZoomStep);
        return true;
    case Qt::Key_Minus:
        m_plot->zoomBy(1 / kZoomStep);
        return true;
    case Qt::Key_Left:
        if (alt)
            m_plot->goBack();
        else
            m_plot->panBy(-kPanStep);
        return true;
    case Qt::Key_Right:
        if (alt)
            m_plot->goForward();
        else
            m_plot->panBy(kPanStep);
        return true;
    default:
        return false;
    }
}

void PlotNavigator::pressed(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressRange = m_plot->visibleRange();
    m_band = event->button() != Qt::LeftButton     ? Band::None
        : event->modifiers() & Qt::ShiftModifier   ? Band::Zoom
        : event->modifiers() & Qt::ControlModifier ? Band::Create
        : event->modifiers() & Qt::AltModifier     ? Band::Select
                                                   : Band::None;
    // QCustomPlot drags the range unless a selection-rectangle mode is set before its press.
    m_plot->setSelectionRectMode(m_band == Band::None ? QCP::srmNone : QCP::srmCustom);
}

void PlotNavigator::released(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_band == Band::Create && (pos - m_pressPos).manhattanLength() <= kClickSlop) {
        m_band = Band::None; // a Ctrl+click: QCustomPlot cancels the band itself
        m_plot->setSelectionRectMode(QCP::srmNone);
        if (m_plot->axisRect()->rect().contains(pos)) {
            const qint64 t = toUs(m_plot->xAxis->pixelToCoord(pos.x()));
            emit eventRequested({t, t});
        }
        return;
    }
    if (m_band != Band::None || event->button() != Qt::LeftButton)
        return;
    if ((pos - m_pressPos).manhattanLength() > kClickSlop) {
        if (m_plot->visibleRange() != m_pressRange)
            m_plot->recordHistory(m_pressRange); // the drag moved the view: keep where it began
        return;
    }
    const qsizetype bin = m_plot->binAt(pos.x());
    if (bin < 0 || !m_plot->axisRect()->rect().contains(pos))
        return;
    const auto &edges = m_plot->table().edges;
    emit m_plot->binClicked({edges[bin], edges[bin + 1]}, m_plot->seriesAt(bin, pos.y()));
}

void PlotNavigator::doubleClicked(QMouseEvent *event)
{
    const qsizetype bin = m_plot->binAt(event->position().x());
    if (bin < 0)
        return;
    const auto &edges = m_plot->table().edges;
    m_plot->moveTo({edges[bin], edges[bin + 1]});
}

void PlotNavigator::bandDone(const QRect &rect)
{
    const Band band = m_band;
    m_band = Band::None;
    m_plot->setSelectionRectMode(QCP::srmNone);
    if (rect.width() < kClickSlop)
        return;
    const TimeRange range{toUs(m_plot->xAxis->pixelToCoord(rect.left())),
                          toUs(m_plot->xAxis->pixelToCoord(rect.right()))};
    if (band == Band::Zoom)
        m_plot->moveTo(range);
    else if (band == Band::Select)
        emit m_plot->rangeSelected(range);
    else if (band == Band::Create)
        emit eventRequested(range);
}
