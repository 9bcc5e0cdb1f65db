// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events_dock.h"

#include "event_card.h"
#include "event_categories.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

EventsDock::EventsDock(QWidget *parent) : QDockWidget(tr("Events"), parent)
{
    setObjectName(QStringLiteral("eventsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, bool needsSelection, auto slot) {
        auto *b = new QToolButton(body);
        b->setText(text);
        b->setToolTip(tip);
        m_tips.insert(b, tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        if (needsSelection)
            m_needSelection.append(b);
        return b;
    };
    m_edits.append(button(tr("Add…"), tr("Add an event (or Ctrl+click the timeline; Ctrl+drag for a range)"), false,
                          [this] { emit addRequested(); }));
    m_edits.append(button(tr("Edit…"), tr("Edit the selected event"), true, [this] {
        if (const auto e = selectedEvent())
            emit editRequested(*e);
    }));
    m_edits.append(button(tr("Delete"), tr("Delete the selected event (Del)"), true, [this] {
        if (const auto e = selectedEvent())
            emit deleteRequested(e->id);
    }));
    button(tr("Zoom to"), tr("Show the selected event on the timeline (or double-click it)"), true, [this] {
        if (const auto e = selectedEvent())
            emit eventActivated(*e);
    });
    buttons->addStretch(1);
    m_categoryMenu = new QMenu(this);
    QToolButton *categories = button(tr("Categories"), tr("Show or hide the events of a category"), false, [] {});
    categories->setMenu(m_categoryMenu);
    categories->setPopupMode(QToolButton::InstantPopup);
    layout->addLayout(buttons);

    m_list = new QListWidget(body);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *remove = new QAction(tr("Delete event"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_readOnlyReason)
            emit refused(tr("Events cannot be deleted: %1.").arg(*m_readOnlyReason));
        else if (const auto e = selectedEvent())
            emit deleteRequested(e->id);
    });
    layout->addWidget(m_list, 1);
    auto *note = new QLabel(
        tr("Ctrl+click the timeline adds an event, Ctrl+drag a range; drag a line or edge to move it."), body);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    setWidget(body);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *) {
        if (const auto e = selectedEvent())
            emit eventActivated(*e);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        if (!m_quiet)
            emit eventSelected(selectedId());
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, &EventsDock::showContextMenu);
    fillCategoryMenu();
    updateButtons();
}

void EventsDock::setEvents(const QList<TimelineEvent> &events, const QTimeZone &zone)
{
    const qint64 keep = selectedId();
    const int scrolled = m_list->verticalScrollBar()->value(); // a reload keeps the user's place
    m_events = events;
    m_zone = zone;
    m_quiet = true;
    m_list->clear();
    for (const TimelineEvent &e : events) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(e.title, EventCard::dates(e, zone)), m_list);
        item->setData(Qt::UserRole, e.id);
        item->setIcon(swatch(EventCard::color(e)));
        item->setToolTip(EventCard::text(e, zone));
        if (m_hidden.contains(EventCard::category(e)))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (events.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No events in this store."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_quiet = false;
    selectEvent(keep);
    m_list->verticalScrollBar()->setValue(scrolled);
    fillCategoryMenu();
    updateButtons();
}

void EventsDock::selectEvent(qint64 id)
{
    m_quiet = true;
    m_list->setCurrentRow(-1);
    for (int i = 0; id > 0 && i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
        }
    }
    m_quiet = false;
    updateButtons();
}

qint64 EventsDock::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && m_list->currentRow() >= 0 ? item->data(Qt::UserRole).toLongLong() : 0;
}

std::optional<TimelineEvent> EventsDock::selectedEvent() const
{
    const qint64 id = selectedId();
    for (const TimelineEvent &e : m_events)
        if (id > 0 && e.id == id)
            return e;
    return std::nullopt;
}

QStringList EventsDock::categories() const
{
    QStringList names;
    for (const auto &c : EventCategories::defaults())
        names.append(c.name);
    for (const TimelineEvent &e : m_events)
        if (!names.contains(EventCard::category(e)))
            names.append(EventCard::category(e));
    return names;
}

void EventsDock::setCategoryVisible(const QString &category, bool visible)
{
    if (visible == !m_hidden.contains(category))
        return;
    if (visible)
        m_hidden.remove(category);
    else
        m_hidden.insert(category);
    setEvents(m_events, m_zone);
    emit hiddenCategoriesChanged(m_hidden);
}

void EventsDock::fillCategoryMenu()
{
    m_categoryMenu->clear();
    for (const QString &name : categories()) {
        TimelineEvent probe;
        probe.category = name;
        QAction *action = m_categoryMenu->addAction(swatch(EventCard::color(probe)), name);
        action->setCheckable(true);
        action->setChecked(!m_hidden.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) { setCategoryVisible(name, on); });
    }
}

void EventsDock::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (item && (item->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentItem(item);
    const auto e = selectedEvent();
    QMenu menu(this);
    QList<QAction *> edits;
    if (e) {
        menu.addAction(tr("&Zoom to event"), this, [this, e] { emit eventActivated(*e); });
        edits.append(menu.addAction(tr("&Edit…"), this, [this, e] { emit editRequested(*e); }));
        edits.append(menu.addAction(tr("&Delete"), this, [this, e] { emit deleteRequested(e->id); }));
        menu.addSeparator();
    }
    edits.append(menu.addAction(tr("&Add event…"), this, [this] { emit addRequested(); }));
    for (QAction *edit : edits) {
        edit->setEnabled(!m_readOnlyReason);
        if (m_readOnlyReason)
            edit->setText(edit->text() + tr(" (read-only store)"));
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void EventsDock::setReadOnlyReason(const std::optional<QString> &reason)
{
    m_readOnlyReason = reason;
    for (QToolButton *b : std::as_const(m_edits))
        b->setToolTip(reason ? tr("Events cannot be changed: %1.").arg(*reason) : m_tips.value(b));
    updateButtons();
}

void EventsDock::updateButtons()
{
    const bool selected = selectedId() > 0;
    for (QToolButton *b : std::as_const(m_needSelection))
        b->setEnabled(selected);
    for (QToolButton *b : std::as_const(m_edits))
        b->setEnabled(!m_readOnlyReason && (selected || !m_needSelection.contains(b)));
}
