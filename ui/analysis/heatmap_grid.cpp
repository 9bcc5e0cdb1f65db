// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmap_grid.h"

#include "timeline_plot.h"
#include "translations.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <array>
#include <cmath>

namespace {

// A sequential blue-green-yellow ramp (viridis-like stops), light enough at the low end.
constexpr std::array<std::array<int, 3>, 5> kStops{
    {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}}};

QString dayName(int day, const QLocale &locale)
{
    return locale.dayName(day + 1, QLocale::ShortFormat);
}

} // namespace

HeatmapGrid::HeatmapGrid(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize HeatmapGrid::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 14};
}
QSize HeatmapGrid::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 10};
}

void HeatmapGrid::setPanel(const ActivityHeatmap::Panel &panel, const QString &title, qint64 scaleMax)
{
    m_panel = panel;
    m_title = title;
    m_scaleMax = std::max<qint64>(scaleMax, 1);
    m_message.clear();
    update();
}

void HeatmapGrid::clear(const QString &message)
{
    m_panel.reset();
    m_message = message;
    update();
}

QColor HeatmapGrid::colourFor(qint64 count, qint64 scaleMax)
{
    if (count <= 0)
        return QColor(238, 238, 238);
    // Square root: a few busy hours should not wash out the rest.
    const double f = std::sqrt(double(count) / double(std::max<qint64>(scaleMax, 1))) * double(kStops.size() - 1);
    const int i = std::clamp(int(f), 0, int(kStops.size()) - 2);
    const double t = std::clamp(f - i, 0.0, 1.0);
    const auto mix = [&](int c) {
        return int(std::lround(kStops[size_t(i)][size_t(c)] * (1 - t) + kStops[size_t(i) + 1][size_t(c)] * t));
    };
    return QColor(mix(0), mix(1), mix(2));
}

QRectF HeatmapGrid::gridRect() const
{
    const QFontMetricsF fm(TimelinePlot::baseFont(8.5));
    double left = 8;
    for (int day = 0; day < 7; ++day)
        left = std::max(left, fm.horizontalAdvance(dayName(day, locale())) + 8);
    const double top = fm.height() * 1.6;
    const double bottom = fm.height() + 6;
    return QRectF(left, top, std::max(10.0, width() - left - 4), std::max(10.0, height() - top - bottom));
}

QRectF HeatmapGrid::cellRect(int day, int hour) const
{
    const QRectF g = gridRect();
    const double w = g.width() / 24, h = g.height() / 7;
    return QRectF(g.left() + hour * w, g.top() + day * h, w, h);
}

void HeatmapGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setFont(TimelinePlot::baseFont(8.5));
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(ink);
    if (!m_panel) {
        p.drawText(rect(), Qt::AlignCenter, m_message);
        return;
    }
    const QRectF g = gridRect();
    QFont bold = TimelinePlot::baseFont(9);
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(g.left(), 0, g.width(), g.top() - 2), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(TimelinePlot::baseFont(8.5));
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const QRectF c = cellRect(day, hour).adjusted(0.5, 0.5, -0.5, -0.5);
            p.fillRect(c, colourFor(m_panel->at(day, hour), m_scaleMax));
        }
        const QRectF row = cellRect(day, 0);
        p.drawText(QRectF(0, row.top(), g.left() - 6, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   dayName(day, locale()));
    }
    const double cellWidth = g.width() / 24;
    const int step = cellWidth >= p.fontMetrics().horizontalAdvance(QStringLiteral("00")) + 4 ? 2 : 3;
    for (int hour = 0; hour < 24; hour += step) {
        const QRectF c = cellRect(6, hour);
        p.drawText(QRectF(c.left() - 10, g.bottom() + 2, c.width() + 20, p.fontMetrics().height()),
                   Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
}

void HeatmapGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panel)
        return;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (cellRect(day, hour).contains(event->position())) {
                QToolTip::showText(
                    event->globalPosition().toPoint(),
                    tr("%1 %2:00–%3:00 %4: %5 lookups", nullptr, pluralCount(qint64(m_panel->at(day, hour))))
                        .arg(dayName(day, locale()))
                        .arg(hour, 2, 10, QLatin1Char('0'))
                        .arg(hour + 1, 2, 10, QLatin1Char('0'))
                        .arg(m_title)
                        .arg(m_panel->at(day, hour)),
                    this);
                return;
            }
        }
    }
    QToolTip::hideText();
}
