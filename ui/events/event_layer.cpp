// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_layer.h"

#include "event_card.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kGrab = 5;  // pixels from a line or an edge that still hit it
constexpr double kStrip = 4; // pixels: the height of a range's strip above the data area

QFont labelFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    return font;
}

} // namespace

EventLayer::EventLayer(QCustomPlot *plot) : QCPLayerable(plot), m_layout(labelFont())
{
    const QString name = QStringLiteral("events");
    plot->addLayer(name, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    setLayer(name);
    m_baseTopMargin = plot->axisRect()->minimumMargins().top();
}

void EventLayer::setEvents(const QList<TimelineEvent> &events)
{
    m_events = events;
    m_preview.reset();
    refresh();
}

std::optional<TimelineEvent> EventLayer::event(qint64 id) const
{
    for (const TimelineEvent &e : m_events)
        if (e.id == id)
            return e;
    return std::nullopt;
}

void EventLayer::setHiddenCategories(const QSet<QString> &categories)
{
    m_hidden = categories;
    refresh();
}

void EventLayer::setSelected(qint64 id)
{
    m_selected = id;
}

void EventLayer::setPreview(const std::optional<TimelineEvent> &event)
{
    m_preview = event;
    refresh();
}

void EventLayer::setColours(const QColor &ink, const QColor &paper)
{
    m_ink = ink;
    m_paper = paper;
}

void EventLayer::refresh()
{
    m_shown.clear();
    for (const TimelineEvent &e : std::as_const(m_events)) {
        const TimelineEvent &drawn = m_preview && m_preview->id == e.id ? *m_preview : e;
        if (!m_hidden.contains(EventCard::category(drawn)))
            m_shown.append(drawn);
    }
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const auto &a, const auto &b) { return a.startUs < b.startUs; });
}

double EventLayer::pixelOf(qint64 us) const
{
    return mParentPlot->xAxis->coordToPixel(double(us) / 1e6);
}

bool EventLayer::layout()
{
    QCPAxisRect *axes = mParentPlot->axisRect();
    const QRect rect = axes->rect();
    QList<EventLabelLayout::Anchor> anchors;
    for (const TimelineEvent &e : std::as_const(m_shown)) {
        const double left = pixelOf(e.startUs);
        anchors.append({e.id, e.endUs ? left : left + 2, e.endUs ? pixelOf(*e.endUs) : left + 2, e.title});
    }
    // Ranges in view get a solid strip just above the data; one out of view takes no room, so
    // a chart does not depend on events outside its range (an evidence bundle keeps only those).
    const bool ranges = std::any_of(m_shown.begin(), m_shown.end(), [&](const TimelineEvent &e) {
        return e.endUs && pixelOf(*e.endUs) > rect.left() && pixelOf(e.startUs) < rect.right();
    });
    const double strip = ranges ? kStrip + 1 : 0;
    m_labels = m_layout.place(anchors, rect.left(), rect.right(), rect.top() - 1 - strip);
    const int band = int(std::ceil(m_layout.bandHeight(EventLabelLayout::rowsUsed(m_labels)) + strip));
    QMargins margins = axes->minimumMargins();
    const int top = std::max(m_baseTopMargin, band);
    if (margins.top() == top)
        return false;
    margins.setTop(top);
    axes->setMinimumMargins(margins);
    return true;
}

const EventLabelLayout::Placement *EventLayer::labelOf(qint64 id) const
{
    for (const auto &label : m_labels)
        if (label.id == id)
            return &label;
    return nullptr;
}

std::optional<EventLayer::Hit> EventLayer::hitAt(const QPointF &pos) const
{
    for (const auto &label : m_labels)
        if (label.rect.contains(pos))
            return Hit{label.id, Part::Label};
    const QRect rect = mParentPlot->axisRect()->rect();
    if (pos.x() < rect.left() - kGrab || pos.x() > rect.right() + kGrab || pos.y() < rect.top() ||
        pos.y() > rect.bottom())
        return std::nullopt;
    std::optional<Hit> best;
    double bestDistance = kGrab + 1;
    auto consider = [&](qint64 id, Part part, double x) {
        const double d = std::abs(x - pos.x());
        if (d <= kGrab && d < bestDistance) {
            bestDistance = d;
            best = Hit{id, part};
        }
    };
    for (const TimelineEvent &e : m_shown) {
        consider(e.id, e.endUs ? Part::Start : Part::Line, pixelOf(e.startUs));
        if (e.endUs)
            consider(e.id, Part::End, pixelOf(*e.endUs));
    }
    if (best)
        return best;
    for (const TimelineEvent &e : m_shown)
        if (e.endUs && pos.x() >= pixelOf(e.startUs) && pos.x() < pixelOf(*e.endUs))
            return Hit{e.id, Part::Span};
    return std::nullopt;
}

QList<TimelineEvent> EventLayer::eventsAt(const QPointF &pos) const
{
    const auto hit = hitAt(pos);
    if (!hit)
        return {};
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : m_shown) {
        const bool spanned =
            hit->part == Part::Span && e.endUs && pos.x() >= pixelOf(e.startUs) && pos.x() < pixelOf(*e.endUs);
        if (e.id == hit->id || spanned)
            out.append(e);
    }
    return out;
}

void EventLayer::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    painter->setAntialiasing(false);
}

void EventLayer::draw(QCPPainter *painter)
{
    const QRect rect = mParentPlot->axisRect()->rect();
    painter->save();
    painter->setClipRect(QRect(rect.left(), 0, rect.width() + 1, rect.bottom() + 1)); // the band and the data
    for (const TimelineEvent &e : std::as_const(m_shown)) {
        if (!e.endUs)
            continue;
        const QColor ink = EventCard::color(e);
        const double left = pixelOf(e.startUs), right = pixelOf(*e.endUs);
        QColor fill = ink;
        fill.setAlpha(e.id == m_selected ? 70 : 38);
        painter->fillRect(QRectF(left, rect.top(), std::max(1.0, right - left), rect.height()), fill);
        QColor solid = ink;
        solid.setAlpha(e.id == m_selected ? 255 : 200);
        painter->fillRect(QRectF(left, rect.top() - kStrip - 1, std::max(2.0, right - left), kStrip), solid);
        QColor edge = ink;
        edge.setAlpha(e.id == m_selected ? 255 : 130);
        painter->setPen(QPen(edge, e.id == m_selected ? 2 : 1));
        const auto *label = labelOf(e.id); // the edge reaches up to its label
        const double top = label && std::abs(label->rect.left() - left) < 1 ? label->rect.bottom() : rect.top();
        painter->drawLine(QPointF(left, top), QPointF(left, rect.bottom()));
        painter->drawLine(QPointF(right, rect.top()), QPointF(right, rect.bottom()));
    }
    for (const TimelineEvent &e : std::as_const(m_shown)) {
        if (e.endUs)
            continue;
        const double x = pixelOf(e.startUs);
        const bool selected = e.id == m_selected;
        painter->setPen(QPen(EventCard::color(e), selected ? 2.5 : 1.3, selected ? Qt::SolidLine : Qt::DashLine));
        const auto *label = labelOf(e.id);
        painter->drawLine(QPointF(x, label ? label->rect.bottom() : rect.top()), QPointF(x, rect.bottom()));
    }
    painter->setClipping(false);
    painter->setFont(m_layout.font());
    for (const auto &label : std::as_const(m_labels)) {
        const auto e = std::find_if(m_shown.begin(), m_shown.end(), [&](const auto &s) { return s.id == label.id; });
        const QColor ink = e != m_shown.end() ? EventCard::color(*e) : m_ink;
        const bool selected = label.id == m_selected;
        QColor paper = selected ? ink : m_paper;
        paper.setAlpha(selected ? 255 : 235);
        painter->setPen(QPen(ink, 1));
        painter->setBrush(paper);
        painter->drawRect(label.rect.adjusted(0, 0, -1, -1));
        painter->fillRect(QRectF(label.rect.left(), label.rect.top(), 2, label.rect.height()), ink);
        painter->setPen(selected ? m_paper : m_ink);
        painter->drawText(label.rect.adjusted(EventLabelLayout::kPadX, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          label.text);
    }
    painter->restore();
}
