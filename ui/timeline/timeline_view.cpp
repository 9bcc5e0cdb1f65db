// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_view.h"

#include "event_gestures.h"
#include "filter_chip_bar.h"
#include "overview_strip.h"
#include "timeline_plot.h"

#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_chips = new FilterChipBar(this);
    m_plot = new TimelinePlot(this);
    m_overview = new OverviewStrip(this);
    m_eventGestures = new EventGestures(m_plot); // filters before the plot's navigator
    layout->addWidget(m_chips);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_overview);
    connect(m_plot, &TimelinePlot::rangeShown, m_overview, &OverviewStrip::setWindow);
    connect(m_overview, &OverviewStrip::dragStarted, m_plot, [this] { m_plot->recordHistory(); });
    connect(m_overview, &OverviewStrip::rangeRequested, m_plot,
            [this](const TimeRange &range) { m_plot->moveTo(range, false); });
}
