// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"
#include "failure.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

class AddressBookStore;

// One change to the store's address book, undoable like an event change (EventCommand):
// before → after, where none before is an add, none after a delete, both an edit. redo and
// undo write the store at once (an undone delete comes back under its old id); a write that
// fails is reported through onError and makes a first redo obsolete. onChanged runs after
// every write that worked (the window re-bins: owner fields are derived from the book).
// Shares the store with its owner; GUI thread; each step is one small write.
class AddressBookCommand : public QUndoCommand {
public:
    using ErrorFn = std::function<void(const Failure &)>;

    AddressBookCommand(std::shared_ptr<AddressBookStore> store, std::optional<AddressBookEntry> before,
                       std::optional<AddressBookEntry> after, const QString &text, ErrorFn onError,
                       std::function<void()> onChanged);

    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<AddressBookEntry> &from, std::optional<AddressBookEntry> &to);

    std::shared_ptr<AddressBookStore> m_store;
    std::optional<AddressBookEntry> m_before;
    std::optional<AddressBookEntry> m_after;
    ErrorFn m_onError;
    std::function<void()> m_onChanged;
    bool m_done = false;
};
