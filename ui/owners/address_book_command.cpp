// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_book_command.h"

#include "address_book_store.h"

AddressBookCommand::AddressBookCommand(std::shared_ptr<AddressBookStore> store, std::optional<AddressBookEntry> before,
                                       std::optional<AddressBookEntry> after, const QString &text, ErrorFn onError,
                                       std::function<void()> onChanged)
    : QUndoCommand(text), m_store(std::move(store)), m_before(std::move(before)), m_after(std::move(after)),
      m_onError(std::move(onError)), m_onChanged(std::move(onChanged))
{}

void AddressBookCommand::redo()
{
    const bool ok = apply(m_before, m_after);
    if (!ok && !m_done)
        setObsolete(true);
    m_done = m_done || ok;
}

void AddressBookCommand::undo()
{
    apply(m_after, m_before);
}

// Makes the store hold `to` where it held `from`; an added row without an id takes the
// store's new id.
bool AddressBookCommand::apply(const std::optional<AddressBookEntry> &from, std::optional<AddressBookEntry> &to)
{
    try {
        if (to && !from) {
            if (to->id > 0)
                m_store->restoreAddressEntry(*to);
            else
                to->id = m_store->addAddressEntry(*to);
        } else if (to) {
            m_store->updateAddressEntry(*to);
        } else if (from) {
            m_store->deleteAddressEntry(from->id);
        }
    } catch (const Failure &e) {
        if (m_onError)
            m_onError(e);
        return false;
    }
    if (m_onChanged)
        m_onChanged();
    return true;
}
