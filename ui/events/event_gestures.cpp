// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_gestures.h"

#include "crosshair_tracker.h"
#include "event_time.h"
#include "timeline_plot.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <cmath>

namespace {

constexpr int kClickSlop = 4;
constexpr qint64 kMinLengthUs = 1'000'000; // a range keeps at least a second

// Local midnight of the day nearest to us, in zone.
qint64 nearestDay(qint64 us, const QTimeZone &zone)
{
    return EventTime::dayStartUs(EventTime::dayOf(us + 43'200'000'000, zone), zone);
}

} // namespace

EventGestures::EventGestures(TimelinePlot *plot) : QObject(plot), m_plot(plot)
{
    plot->installEventFilter(this);
}

bool EventGestures::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return pressed(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return moved(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return released(static_cast<QMouseEvent *>(event));
    case QEvent::KeyPress:
        if (!m_drag || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape)
            return false;
        m_drag.reset(); // Escape drops the drag: the event stays where it was
        m_plot->eventLayer()->setPreview(std::nullopt);
        m_plot->refreshEvents();
        return true;
    case QEvent::MouseButtonDblClick: {
        const auto hit = m_plot->eventLayer()->hitAt(static_cast<QMouseEvent *>(event)->position());
        if (!hit || hit->part == EventLayer::Part::Span)
            return false; // the navigator zooms to the bin
        emit eventDoubleClicked(hit->id);
        return true;
    }
    default:
        return false;
    }
}

bool EventGestures::pressed(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return false;
    const auto hit = m_plot->eventLayer()->hitAt(event->position());
    if (!hit || hit->part == EventLayer::Part::Span)
        return false;
    const auto original = m_plot->eventLayer()->event(hit->id);
    if (!original)
        return false;
    m_drag = Drag{*hit, *original, event->position(), false};
    m_plot->tracker()->hide();
    return true; // neither a pan nor a drill-down
}

bool EventGestures::moved(QMouseEvent *event)
{
    if (!m_drag) {
        if (event->buttons() != Qt::NoButton)
            return false;
        const auto hit = m_plot->eventLayer()->hitAt(event->position());
        const bool edge = hit && hit->part != EventLayer::Part::Span && hit->part != EventLayer::Part::Label;
        if (edge)
            m_plot->setCursor(Qt::SizeHorCursor);
        else if (hit && hit->part == EventLayer::Part::Label)
            m_plot->setCursor(Qt::PointingHandCursor);
        else
            m_plot->unsetCursor();
        return false; // the tracker still follows
    }
    if (!m_drag->moving && std::abs(event->position().x() - m_drag->pressPos.x()) <= kClickSlop)
        return true;
    if (m_readOnlyReason) {
        if (!m_drag->refused)
            emit refused(tr("Events cannot be moved: %1.").arg(*m_readOnlyReason));
        m_drag->refused = true;
        return true;
    }
    m_drag->moving = true;
    const double seconds =
        m_plot->xAxis->pixelToCoord(event->position().x()) - m_plot->xAxis->pixelToCoord(m_drag->pressPos.x());
    m_plot->eventLayer()->setPreview(dragged(qint64(std::llround(seconds * 1e6))));
    m_plot->refreshEvents();
    return true;
}

bool EventGestures::released(QMouseEvent *event)
{
    if (!m_drag || event->button() != Qt::LeftButton)
        return false;
    const Drag drag = *m_drag;
    m_drag.reset();
    if (drag.refused)
        return true;
    if (!drag.moving) {
        emit eventClicked(drag.hit.id);
        return true;
    }
    const double seconds =
        m_plot->xAxis->pixelToCoord(event->position().x()) - m_plot->xAxis->pixelToCoord(drag.pressPos.x());
    m_drag = drag;
    const TimelineEvent after = dragged(qint64(std::llround(seconds * 1e6)));
    m_drag.reset();
    m_plot->eventLayer()->setPreview(std::nullopt);
    m_plot->refreshEvents();
    if (after.startUs != drag.original.startUs || after.endUs != drag.original.endUs)
        emit eventDragged(after);
    return true;
}

// The original event with its dragged part moved by deltaUs.
TimelineEvent EventGestures::dragged(qint64 deltaUs) const
{
    TimelineEvent e = m_drag->original;
    const QTimeZone zone = EventTime::zone(e.timeZone).value_or(QTimeZone::utc());
    auto snap = [&](qint64 us) { return e.allDay ? nearestDay(us, zone) : us; };
    switch (m_drag->hit.part) {
    case EventLayer::Part::Line:
    case EventLayer::Part::Label: {
        const qint64 start = snap(e.startUs + deltaUs);
        if (e.endUs)
            e.endUs = e.allDay ? nearestDay(*e.endUs + (start - e.startUs), zone) : *e.endUs + (start - e.startUs);
        e.startUs = start;
        break;
    }
    case EventLayer::Part::Start:
        e.startUs = std::min(snap(e.startUs + deltaUs), *e.endUs - (e.allDay ? 0 : kMinLengthUs));
        if (e.allDay && e.startUs >= *e.endUs)
            e.startUs = EventTime::dayStartUs(EventTime::dayOf(*e.endUs, zone).addDays(-1), zone);
        break;
    case EventLayer::Part::End:
        e.endUs = std::max(snap(*e.endUs + deltaUs), e.startUs + (e.allDay ? 0 : kMinLengthUs));
        if (e.allDay && *e.endUs <= e.startUs)
            e.endUs = EventTime::dayStartUs(EventTime::dayOf(e.startUs, zone).addDays(1), zone);
        break;
    case EventLayer::Part::Span:
        break;
    }
    return e;
}
