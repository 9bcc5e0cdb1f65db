// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_editor.h"

#include "event_command.h"
#include "failure.h"
#include "lookup_store.h"

EventEditor::EventEditor(QObject *parent) : QObject(parent)
{
    connect(&m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        reread();
        // The command just done is at index - 1 after a redo; the one undone at index.
        const int at = index > m_lastIndex ? index - 1 : index;
        m_lastIndex = index;
        const auto *command = dynamic_cast<const EventCommand *>(m_stack.command(at));
        if (command)
            emit eventTouched(command->eventId());
    });
}

void EventEditor::setStore(std::shared_ptr<LookupStore> store)
{
    m_stack.clear();
    m_lastIndex = 0;
    m_store = std::move(store);
    m_events.clear();
}

void EventEditor::setEvents(const QList<TimelineEvent> &events)
{
    m_events = events;
}

std::optional<TimelineEvent> EventEditor::event(qint64 id) const
{
    for (const TimelineEvent &e : m_events)
        if (e.id == id)
            return e;
    return std::nullopt;
}

qint64 EventEditor::add(const TimelineEvent &event)
{
    TimelineEvent fresh = event;
    fresh.id = 0;
    return push(std::nullopt, fresh, tr("Add event “%1”").arg(event.title));
}

qint64 EventEditor::edit(const TimelineEvent &after)
{
    const auto before = event(after.id);
    return before ? push(before, after, tr("Edit event “%1”").arg(after.title)) : 0;
}

qint64 EventEditor::move(const TimelineEvent &after)
{
    const auto before = event(after.id);
    return before ? push(before, after, tr("Move event “%1”").arg(after.title)) : 0;
}

qint64 EventEditor::remove(qint64 id)
{
    const auto before = event(id);
    return before ? push(before, std::nullopt, tr("Delete event “%1”").arg(before->title)) : 0;
}

qint64 EventEditor::push(std::optional<TimelineEvent> before, std::optional<TimelineEvent> after, const QString &text)
{
    if (!m_store) {
        emit failed(Failure(Failure::Kind::Refused, tr("No store is open.")));
        return 0;
    }
    m_failed = false;
    auto *command =
        new EventCommand(m_store, std::move(before), std::move(after), text, [this](const Failure &failure) {
            m_failed = true;
            emit failed(failure);
        });
    m_stack.push(command); // redoes it; an obsolete (failed) command is deleted at once
    if (m_failed) {
        reread();
        return 0;
    }
    return command->eventId();
}

void EventEditor::reread()
{
    if (!m_store)
        return;
    try {
        m_events = m_store->events();
    } catch (const Failure &e) {
        emit failed(e);
    }
    emit eventsChanged(m_events);
}
