// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_command.h"

#include "event_store.h"
#include "failure.h"

EventCommand::EventCommand(std::shared_ptr<EventStore> store, std::optional<TimelineEvent> before,
                           std::optional<TimelineEvent> after, const QString &text, ErrorFn onError)
    : QUndoCommand(text), m_store(std::move(store)), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError))
{}

qint64 EventCommand::eventId() const
{
    return m_after ? m_after->id : m_before ? m_before->id : 0;
}

void EventCommand::redo()
{
    const bool ok = apply(m_before, m_after);
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void EventCommand::undo()
{
    apply(m_after, m_before);
}

// Makes the store hold `to` where it held `from`; an added event without an id takes the
// store's new id.
bool EventCommand::apply(const std::optional<TimelineEvent> &from, std::optional<TimelineEvent> &to)
{
    try {
        if (to && !from) {
            if (to->id > 0)
                m_store->restoreEvent(*to);
            else
                to->id = m_store->addEvent(*to);
        } else if (to) {
            m_store->updateEvent(*to);
        } else if (from) {
            m_store->deleteEvent(from->id);
        }
        return true;
    } catch (const Failure &e) {
        if (m_onError)
            m_onError(e);
        return false;
    }
}
