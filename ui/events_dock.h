// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/timeline_event.h"

#include <QDockWidget>
#include <QTimeZone>

class QListWidget;

// The Events dock: the store's events, read-only, by start time in the display zone; a
// double-click asks the window to show the event on the timeline. Editing arrives with the
// events feature. GUI thread only.
class EventsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EventsDock(QWidget *parent = nullptr);

    void setEvents(const QList<TimelineEvent> &events, const QTimeZone &zone);
    QListWidget *list() const { return m_list; }

signals:
    void eventActivated(const TimelineEvent &event);

private:
    QListWidget *m_list;
    QList<TimelineEvent> m_events;
};
