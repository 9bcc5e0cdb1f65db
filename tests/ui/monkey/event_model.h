// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the GUI monkey expects the store's events to be, kept from its own actions only: each
// event by its (unique) title with its times, and a history of whole states that follows a
// QUndoStack's rules (a change after undos drops the redos). Not thread-safe; cheap.
class EventModel {
public:
    struct Event {
        qint64 startUs = 0;
        std::optional<qint64> endUs;
        bool operator==(const Event &) const = default;
    };
    using State = QMap<QString, Event>; // by title

    explicit EventModel(State initial) : m_states{std::move(initial)} {}

    const State &current() const { return m_states[m_index]; }
    // A change made through the window's undo stack.
    void push(State next)
    {
        m_states.resize(m_index + 1);
        m_states.append(std::move(next));
        ++m_index;
    }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index + 1 < m_states.size(); }
    void undo() { m_index -= canUndo() ? 1 : 0; }
    void redo() { m_index += canRedo() ? 1 : 0; }
    // A new store (or a reopened one): no history.
    void reset(State state)
    {
        m_states = {std::move(state)};
        m_index = 0;
    }

private:
    QList<State> m_states;
    qsizetype m_index = 0;
};
