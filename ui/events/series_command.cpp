// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "series_command.h"

#include "event_store.h"
#include "failure.h"

SeriesCommand::SeriesCommand(std::shared_ptr<EventStore> store, EventSeriesChange before,
                             std::optional<EventSeriesChange> after, qint64 touchedId, const QString &text,
                             ErrorFn onError)
    : QUndoCommand(text), m_store(std::move(store)), m_before(std::move(before)), m_after(std::move(after)),
      m_touchedId(touchedId), m_onError(std::move(onError))
{}

void SeriesCommand::redo()
{
    const bool ok = apply(true);
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void SeriesCommand::undo()
{
    apply(false);
}

bool SeriesCommand::apply(bool forward)
{
    try {
        if (m_after) {
            const EventSeriesChange &to = forward ? *m_after : m_before;
            m_store->updateSeries(to.series, to.occurrences);
        } else if (forward) {
            m_store->deleteSeries(m_before.series.id);
        } else {
            m_store->restoreSeries(m_before.series, m_before.occurrences);
        }
        return true;
    } catch (const Failure &e) {
        if (m_onError)
            m_onError(e);
        return false;
    }
}
