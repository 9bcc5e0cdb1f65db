// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events_dock.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

EventsDock::EventsDock(QWidget *parent) : QDockWidget(tr("Events"), parent)
{
    setObjectName(QStringLiteral("eventsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    auto *note = new QLabel(tr("Add events with `dnstimeline events STORE import FILE` (CSV, JSON or .ics)."), body);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    setWidget(body);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_list->row(item);
        if (i >= 0 && i < m_events.size())
            emit eventActivated(m_events[i]);
    });
}

void EventsDock::setEvents(const QList<TimelineEvent> &events, const QTimeZone &zone)
{
    m_events = events;
    m_list->clear();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    auto stamp = [&](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).toString(format); };
    for (const TimelineEvent &e : events) {
        QString when = stamp(e.startUs);
        if (e.endUs)
            when += QStringLiteral(" – ") + stamp(*e.endUs);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(e.title, when), m_list);
        item->setToolTip(e.notes.isEmpty() ? e.title : e.notes);
    }
    if (events.isEmpty())
        new QListWidgetItem(tr("No events in this store."), m_list);
}
