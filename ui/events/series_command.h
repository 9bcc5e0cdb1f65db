// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_series_edit.h"
#include "failure.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class EventStore;

// One change to a whole recurring series, undoable: before → after, both a series with its
// occurrences. Both set: a whole-series edit (EventStore::updateSeries each way); no after:
// a delete of the series and all its occurrences (its undo restores them under their ids).
// Like EventCommand: writes the store at once, reports a failure through onError and makes a
// first redo obsolete. Shares the store with its owner; GUI thread; one transaction a step.
class SeriesCommand : public QUndoCommand {
public:
    using ErrorFn = std::function<void(const Failure &)>;

    SeriesCommand(std::shared_ptr<EventStore> store, EventSeriesChange before, std::optional<EventSeriesChange> after,
                  qint64 touchedId, const QString &text, ErrorFn onError);

    void redo() override;
    void undo() override;
    qint64 eventId() const { return m_touchedId; } // the occurrence the user acted on

private:
    bool apply(bool forward);

    std::shared_ptr<EventStore> m_store;
    EventSeriesChange m_before;
    std::optional<EventSeriesChange> m_after;
    qint64 m_touchedId;
    ErrorFn m_onError;
    bool m_done = false;
};
