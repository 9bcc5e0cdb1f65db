// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drag_band.h"

#include "span_text.h"
#include "timeline_plot.h"

#include <cmath>

namespace {
qint64 toUs(double seconds)
{
    return qint64(std::llround(seconds * 1e6));
}
} // namespace

DragBand::DragBand(TimelinePlot *plot) : m_plot(plot)
{
    const QString name = QStringLiteral("dragBand");
    plot->addLayer(name, plot->layer(plot->layerCount() - 1), QCustomPlot::limAbove);
    m_layer = plot->layer(name);
    m_layer->setMode(QCPLayer::lmBuffered);
    m_rect = new QCPItemRect(plot);
    m_rect->setLayer(m_layer);
    m_rect->setSelectable(false);
    for (QCPItemPosition *p : {m_rect->topLeft, m_rect->bottomRight}) {
        p->setTypeX(QCPItemPosition::ptAbsolute);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        p->setAxisRect(plot->axisRect());
    }
    m_text = new QCPItemText(plot);
    m_text->setLayer(m_layer);
    m_text->setSelectable(false);
    m_text->position->setType(QCPItemPosition::ptAbsolute);
    m_text->setPadding(QMargins(6, 3, 6, 3));
    m_text->setFont(TimelinePlot::baseFont());
    m_text->setClipToAxisRect(false);
    m_rect->setVisible(false);
    m_text->setVisible(false);
}

void DragBand::start(Purpose purpose, double pixelX)
{
    m_purpose = purpose;
    m_fromX = m_toX = pixelX;
    m_active = true;
    const QPalette pal = m_plot->QWidget::palette();
    QColor ink = pal.color(QPalette::Highlight);
    if (purpose == Purpose::Create)
        ink = QColor(213, 94, 0); // the events' vermillion
    QColor fill = ink;
    fill.setAlpha(55);
    m_rect->setPen(QPen(ink, 1.5));
    m_rect->setBrush(fill);
    m_text->setColor(pal.color(QPalette::WindowText));
    QColor card = pal.color(QPalette::Base);
    card.setAlpha(235);
    m_text->setBrush(card);
    m_text->setPen(QPen(ink));
    update();
}

void DragBand::moveTo(double pixelX)
{
    if (!m_active)
        return;
    const QRect rect = m_plot->axisRect()->rect();
    m_toX = std::clamp(pixelX, double(rect.left()), double(rect.right()));
    update();
}

void DragBand::stop()
{
    m_active = false;
    m_rect->setVisible(false);
    m_text->setVisible(false);
    m_layer->replot();
}

TimeRange DragBand::range() const
{
    const double left = std::min(m_fromX, m_toX), right = std::max(m_fromX, m_toX);
    return {toUs(m_plot->xAxis->pixelToCoord(left)), toUs(m_plot->xAxis->pixelToCoord(right))};
}

int DragBand::pixelWidth() const
{
    return int(std::lround(std::abs(m_toX - m_fromX)));
}

QString DragBand::label() const
{
    return m_text->visible() ? m_text->text() : QString();
}

void DragBand::update()
{
    const double left = std::min(m_fromX, m_toX), right = std::max(m_fromX, m_toX);
    m_rect->topLeft->setCoords(left, 0);
    m_rect->bottomRight->setCoords(right, 1);
    const TimeRange r = range();
    const QTimeZone zone = m_plot->timeZone();
    const bool seconds = r.length() < 3'600'000'000LL;
    const QString format = seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    const auto stamp = [&](qint64 us) {
        return m_plot->locale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone), format);
    };
    const QString what = m_purpose == Purpose::Zoom ? tr("Zoom to")
        : m_purpose == Purpose::Select              ? tr("List the lookups of")
                                                    : tr("New event");
    m_text->setText(
        tr("%1 %2 – %3 (%4)")
            .arg(what, stamp(r.fromUs), stamp(r.toUs), SpanText::approximate(r.length(), m_plot->locale())));
    // Above the band, inside the data area, kept on screen.
    const QRect rect = m_plot->axisRect()->rect();
    const double centre = (left + right) / 2;
    const double half = QFontMetricsF(m_text->font()).horizontalAdvance(m_text->text()) / 2 + 8;
    m_text->position->setCoords(
        std::clamp(centre, rect.left() + half, std::max(rect.left() + half, rect.right() - half)), rect.top() + 4);
    m_text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    const bool moved = right - left >= 2;
    m_rect->setVisible(true);
    m_text->setVisible(moved);
    m_layer->replot();
}
