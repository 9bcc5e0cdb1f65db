// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>
#include <QTimeZone>

class QListWidget;
class QMenu;
class QToolButton;

// The Events dock: the store's events by start, with their dates in the display zone; the
// selection (kept in step with the timeline's by the window), Add, Edit, Delete and Zoom to
// (buttons, a context menu, Delete key; a double-click zooms), and a Categories menu of
// checkable entries that hide or show a category's events on the timeline (hidden ones stay
// listed, greyed). It asks, the window acts: every change goes through signals. Categories
// are EventCard::category names: the defaults plus those the events use. GUI thread only.
class EventsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EventsDock(QWidget *parent = nullptr);

    void setEvents(const QList<TimelineEvent> &events, const QTimeZone &zone);
    QListWidget *list() const { return m_list; }
    // Selects the event of id (0: none) without emitting eventSelected.
    void selectEvent(qint64 id);
    qint64 selectedId() const;
    QSet<QString> hiddenCategories() const { return m_hidden; }
    void setCategoryVisible(const QString &category, bool visible);
    QMenu *categoryMenu() const { return m_categoryMenu; }
    // The categories offered: the defaults, then the events' own.
    QStringList categories() const;
    // Why events cannot be changed (none: they can): Add, Edit and Delete are then off, their
    // tooltips say why, and the Delete key says it too (refused).
    void setReadOnlyReason(const std::optional<QString> &reason);

signals:
    void eventActivated(const TimelineEvent &event); // zoom to it
    void eventSelected(qint64 id);                   // 0: none
    void addRequested();
    void editRequested(const TimelineEvent &event);
    void deleteRequested(qint64 id);
    void hiddenCategoriesChanged(const QSet<QString> &hidden);
    void refused(const QString &why);

private:
    std::optional<TimelineEvent> selectedEvent() const;
    void fillCategoryMenu();
    void showContextMenu(const QPoint &pos);
    void updateButtons();

    QListWidget *m_list;
    QMenu *m_categoryMenu;
    QList<QToolButton *> m_needSelection;
    QList<QToolButton *> m_edits; // Add, Edit, Delete: off on a read-only store
    QHash<QToolButton *, QString> m_tips;
    std::optional<QString> m_readOnlyReason;
    QList<TimelineEvent> m_events;
    QSet<QString> m_hidden;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_quiet = false;
};
