// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_navigator.h"

#include "crosshair_tracker.h"
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

PlotNavigator::PlotNavigator(TimelinePlot *plot) : QObject(plot), m_plot(plot), m_band(plot)
{
    plot->installEventFilter(this);
}

bool PlotNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_band.isActive()) {
            m_band.stop(); // nothing happens and nothing stays on the plot
            m_bandCancelled = true;
            return true;
        }
        return keyPressed(key->key(), key->modifiers());
    }
    case QEvent::Wheel:
        // A run of wheel steps is one move in the history.
        if (!m_lastWheel.isValid() || m_lastWheel.elapsed() > 600)
            m_plot->recordHistory();
        m_lastWheel.start();
        return false;
    case QEvent::MouseButtonPress:
        return pressed(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        if (!m_band.isActive())
            return m_bandCancelled; // after Escape, the rest of that drag is no pan
        m_band.moveTo(static_cast<QMouseEvent *>(event)->position().x());
        return true;
    case QEvent::MouseButtonRelease:
        return released(static_cast<QMouseEvent *>(event));
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

// Shift: zoom band; Ctrl: new event; the right button or Alt: drill-down band; else a pan
// (QCustomPlot's) or a click. A band's press, moves and release are not QCustomPlot's.
bool PlotNavigator::pressed(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressRange = m_plot->visibleRange();
    m_bandCancelled = false;
    const Qt::KeyboardModifiers mods = event->modifiers();
    std::optional<DragBand::Purpose> purpose;
    if (event->button() == Qt::RightButton)
        purpose = DragBand::Purpose::Select;
    else if (event->button() == Qt::LeftButton && mods & Qt::ShiftModifier)
        purpose = DragBand::Purpose::Zoom;
    else if (event->button() == Qt::LeftButton && mods & Qt::ControlModifier)
        purpose = DragBand::Purpose::Create;
    else if (event->button() == Qt::LeftButton && mods & Qt::AltModifier)
        purpose = DragBand::Purpose::Select;
    if (!purpose || !m_plot->axisRect()->rect().contains(m_pressPos))
        return purpose.has_value();
    m_plot->tracker()->hide();
    m_band.start(*purpose, m_pressPos.x());
    return true;
}

bool PlotNavigator::released(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_band.isActive()) {
        const DragBand::Purpose purpose = m_band.purpose();
        const TimeRange range = m_band.range();
        const int pixels = m_band.pixelWidth();
        m_band.stop(); // gone before a dialog opens
        bandDone(purpose, range, pixels, pos);
        return true;
    }
    if (m_bandCancelled || event->button() == Qt::RightButton) {
        m_bandCancelled = false;
        return true;
    }
    if (event->button() != Qt::LeftButton || event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
        return false;
    if ((pos - m_pressPos).manhattanLength() > kClickSlop) {
        if (m_plot->visibleRange() != m_pressRange)
            m_plot->recordHistory(m_pressRange); // the drag moved the view: keep where it began
        return false;
    }
    const qsizetype bin = m_plot->binAt(pos.x());
    if (bin < 0 || !m_plot->axisRect()->rect().contains(pos))
        return false;
    const auto &edges = m_plot->table().edges;
    emit m_plot->binClicked({edges[bin], edges[bin + 1]}, m_plot->seriesAt(bin, pos.y()));
    return false;
}

void PlotNavigator::doubleClicked(QMouseEvent *event)
{
    const qsizetype bin = m_plot->binAt(event->position().x());
    if (bin < 0)
        return;
    const auto &edges = m_plot->table().edges;
    m_plot->moveTo({edges[bin], edges[bin + 1]});
}

void PlotNavigator::bandDone(DragBand::Purpose purpose, const TimeRange &range, int pixels, const QPoint &pos)
{
    if (pixels <= kClickSlop) {
        if (purpose == DragBand::Purpose::Create) { // a Ctrl+click: a point event
            const qint64 t = toUs(m_plot->xAxis->pixelToCoord(pos.x()));
            emit eventRequested({t, t});
        }
        return;
    }
    if (purpose == DragBand::Purpose::Zoom)
        m_plot->moveTo(range);
    else if (purpose == DragBand::Purpose::Select)
        emit m_plot->rangeSelected(range);
    else
        emit eventRequested(range);
}
