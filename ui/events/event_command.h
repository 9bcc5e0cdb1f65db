// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"
#include "timeline_event.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class EventStore;

// One change to the store's events, undoable: before → after, where none before is an add,
// none after a delete, and both an edit or a move. redo and undo write the store at once
// (an undone delete comes back under its old id, so later commands still find it). A write
// that fails (a read-only store, an event the store rejects) is reported through onError
// and makes a first redo obsolete, so nothing half-done stays on the stack. The command
// shares the store with its owner; GUI thread; each step is one small SQLite write.
class EventCommand : public QUndoCommand {
public:
    using ErrorFn = std::function<void(const Failure &)>;

    EventCommand(std::shared_ptr<EventStore> store, std::optional<TimelineEvent> before,
                 std::optional<TimelineEvent> after, const QString &text, ErrorFn onError);

    void redo() override;
    void undo() override;
    // The id the change is about (known after the first redo of an add).
    qint64 eventId() const;

private:
    bool apply(const std::optional<TimelineEvent> &from, std::optional<TimelineEvent> &to);

    std::shared_ptr<EventStore> m_store;
    std::optional<TimelineEvent> m_before;
    std::optional<TimelineEvent> m_after;
    ErrorFn m_onError;
    bool m_done = false;
};
