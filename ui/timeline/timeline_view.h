// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EventGestures;
class FilterChipBar;
class OverviewStrip;
class TimelinePlot;

// The window's centre: the active filters as chips, the timeline, and the overview strip
// under it, kept in step both ways (the strip's window follows every range the timeline shows;
// dragging it moves the timeline as one history step per drag), and the mouse gestures on the
// timeline's events (EventGestures). Owns them; GUI thread.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    TimelinePlot *plot() const { return m_plot; }
    OverviewStrip *overview() const { return m_overview; }
    FilterChipBar *chips() const { return m_chips; }
    EventGestures *eventGestures() const { return m_eventGestures; }

private:
    FilterChipBar *m_chips;
    TimelinePlot *m_plot;
    OverviewStrip *m_overview;
    EventGestures *m_eventGestures;
};
