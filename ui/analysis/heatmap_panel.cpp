// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmap_panel.h"

#include "heatmap_grid.h"
#include "time_zone_box.h"
#include "timeline_plot.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

// The colour scale: a ramp from 0 to max with its ends and middle labelled.
QPixmap scalePixmap(qint64 max, const QColor &ink, qreal dpr, const QLocale &numbers)
{
    const QFont font = TimelinePlot::baseFont(8.5);
    const QFontMetrics fm(font);
    const int w = 260, rampH = 10, h = rampH + fm.height() * 2;
    QPixmap pm(QSize(w + 60, h) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setFont(font);
    p.setPen(ink);
    for (int x = 0; x < w; ++x) {
        const double f = double(x) / (w - 1);
        p.fillRect(QRectF(30 + x, 0, 1, rampH),
                   HeatmapGrid::colourFor(std::max<qint64>(1, qint64(f * f * double(max))), max));
    }
    p.fillRect(QRectF(30, 0, 3, rampH), HeatmapGrid::colourFor(0, max));
    for (double f : {0.0, 0.25, 1.0}) {
        const QString text = numbers.toString(qint64(f * f * double(max) + 0.5));
        const double x = 30 + f * (w - 1);
        p.drawText(QRectF(x - 30, rampH + 2, 60, fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop, text);
    }
    return pm;
}

} // namespace

HeatmapPanel::HeatmapPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    m_leftZone = new TimeZoneBox(this);
    m_rightZone = new TimeZoneBox(this);
    m_leftZone->setZone(QTimeZone("America/New_York"));
    m_rightZone->setZone(QTimeZone("Europe/Moscow"));
    m_left = new HeatmapGrid(this);
    m_right = new HeatmapGrid(this);
    m_scale = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Zone:"), this), 0, 0);
    layout->addWidget(m_leftZone, 0, 1);
    layout->addWidget(new QLabel(tr("Zone:"), this), 0, 2);
    layout->addWidget(m_rightZone, 0, 3);
    layout->addWidget(m_left, 1, 0, 1, 2);
    layout->addWidget(m_right, 1, 2, 1, 2);
    layout->addWidget(new QLabel(tr("Lookups per hour of the week (local time):"), this), 2, 0, 1, 2, Qt::AlignRight);
    layout->addWidget(m_scale, 2, 2, 1, 2);
    layout->addWidget(m_summary, 3, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    layout->setRowStretch(1, 1);
    for (TimeZoneBox *box : {m_leftZone, m_rightZone})
        connect(box, &TimeZoneBox::zoneChosen, this, &HeatmapPanel::zonesChanged);
    m_left->clear(tr("Open a store to see when its lookups happen."));
    m_right->clear(QString());
}

QList<QTimeZone> HeatmapPanel::zones() const
{
    return {m_leftZone->zone(), m_rightZone->zone()};
}

void HeatmapPanel::setZones(const QTimeZone &left, const QTimeZone &right)
{
    m_leftZone->setZone(left);
    m_rightZone->setZone(right);
    emit zonesChanged();
}

void HeatmapPanel::setResult(const QList<ActivityHeatmap::Panel> &panels)
{
    m_panels = panels;
    qint64 max = 0, total = 0;
    for (const auto &panel : panels) {
        max = std::max(max, *std::max_element(panel.counts.begin(), panel.counts.end()));
        total = 0;
        for (qint64 c : panel.counts)
            total += c;
    }
    const auto title = [](const QTimeZone &zone) { return QString::fromUtf8(zone.id()); };
    if (panels.size() == 2 && total > 0) {
        m_left->setPanel(panels[0], title(panels[0].zone), max);
        m_right->setPanel(panels[1], title(panels[1].zone), max);
    } else {
        m_left->clear(tr("No lookups in this view."));
        m_right->clear(QString());
    }
    const QPixmap scale =
        scalePixmap(std::max<qint64>(max, 1), palette().color(QPalette::WindowText), devicePixelRatioF(), locale());
    m_scale->setPixmap(scale);
    m_scale->setMinimumSize(scale.deviceIndependentSize().toSize());
    m_summary->setText(total > 0 ? tr("%1 lookups of the current view and filters; hours are local, daylight saving "
                                      "time included.")
                                       .arg(locale().toString(total))
                                 : QString());
}
