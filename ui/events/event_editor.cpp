// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_editor.h"

#include "event_command.h"
#include "failure.h"
#include "lookup_store.h"
#include "series_command.h"

EventEditor::EventEditor(QObject *parent) : QObject(parent)
{
    connect(&m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        m_changedSinceSet = true;
        reread();
        // The command just done is at index - 1 after a redo; the one undone at index.
        const int at = index > m_lastIndex ? index - 1 : index;
        m_lastIndex = index;
        if (const auto *command = dynamic_cast<const EventCommand *>(m_stack.command(at)))
            emit eventTouched(command->eventId());
        else if (const auto *series = dynamic_cast<const SeriesCommand *>(m_stack.command(at)))
            emit eventTouched(series->eventId());
    });
}

void EventEditor::setStore(std::shared_ptr<LookupStore> store)
{
    m_stack.clear();
    m_lastIndex = 0;
    m_store = std::move(store);
    m_events.clear();
    m_changedSinceSet = false;
}

void EventEditor::setEvents(const QList<TimelineEvent> &events)
{
    // A reload that began before a change made here delivers the events as they were before
    // it: after a change, the store is asked again instead (one small query).
    if (std::exchange(m_changedSinceSet, false)) {
        reread();
        return;
    }
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
    if (const auto why = m_store->readOnlyReason()) {
        emit failed(Failure(Failure::Kind::Refused, tr("Events cannot be changed: %1.").arg(*why)));
        return 0;
    }
    auto *command =
        new EventCommand(m_store, std::move(before), std::move(after), text, [this](const Failure &failure) {
            m_failed = true;
            emit failed(failure);
        });
    m_failed = false;
    m_stack.push(command); // redoes it; an obsolete (failed) command is deleted at once
    if (m_failed) {
        reread();
        return 0;
    }
    return command->eventId();
}

qint64 EventEditor::pushCommand(QUndoCommand *command, qint64 id)
{
    m_failed = false;
    m_stack.push(command);
    if (m_failed) {
        reread();
        return 0;
    }
    return id;
}

std::optional<EventSeriesChange> EventEditor::seriesOf(const TimelineEvent &occurrence)
{
    if (!m_store) {
        emit failed(Failure(Failure::Kind::Refused, tr("No store is open.")));
        return std::nullopt;
    }
    try {
        for (const EventSeries &s : m_store->eventSeries()) {
            if (s.id != occurrence.seriesId)
                continue;
            EventSeriesChange change{s, {}};
            for (const TimelineEvent &e : m_store->events())
                if (e.seriesId == s.id)
                    change.occurrences.append(e);
            return change;
        }
        emit failed(Failure(Failure::Kind::NotFound,
                            tr("The series of “%1” is no longer in the store.").arg(occurrence.title)));
    } catch (const Failure &e) {
        emit failed(e);
    }
    return std::nullopt;
}

qint64 EventEditor::editSeries(const TimelineEvent &after)
{
    const auto before = event(after.id);
    const auto current = before ? seriesOf(*before) : std::nullopt;
    if (!current)
        return 0;
    const EventSeriesChange changed = EventSeriesEdit::apply(current->series, current->occurrences, *before, after);
    const auto onError = [this](const Failure &failure) {
        m_failed = true;
        emit failed(failure);
    };
    return pushCommand(
        new SeriesCommand(m_store, *current, changed, after.id, tr("Edit series “%1”").arg(after.title), onError),
        after.id);
}

qint64 EventEditor::removeSeries(qint64 occurrenceId)
{
    const auto before = event(occurrenceId);
    const auto current = before ? seriesOf(*before) : std::nullopt;
    if (!current)
        return 0;
    const auto onError = [this](const Failure &failure) {
        m_failed = true;
        emit failed(failure);
    };
    return pushCommand(new SeriesCommand(m_store, *current, std::nullopt, occurrenceId,
                                         tr("Delete series “%1”").arg(before->title), onError),
                       occurrenceId);
}

bool EventEditor::importEvents(const EventImport &read)
{
    if (!m_store) {
        emit failed(Failure(Failure::Kind::Refused, tr("No store is open.")));
        return false;
    }
    try {
        m_store->addEvents(read.events, read.series);
    } catch (const Failure &e) {
        emit failed(e);
        return false;
    }
    reread();
    return true;
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
