// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"

#include <QList>

// What importing an address book did: rows added, rows whose pattern was in the book already
// and took the file's label, note and URL, and rows removed (replacing the whole book).
struct AddressBookImport {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 removed = 0;
};

// The role of a store that keeps an address book (AddressBookEntry rows: CIDR or name glob →
// label), one row per pattern, ordered by pattern. Every entry written goes through
// AddressBook::checked(). Writes throw Failure: Refused on a read-only store or for a
// pattern the book has in another row, NotFound for an unknown id, BadInput for a row
// checked() rejects. Each write is one transaction (all of an import, or nothing).
// Thread-safe.
class AddressBookStore {
public:
    virtual ~AddressBookStore() = default;

    virtual QList<AddressBookEntry> addressBook() = 0;
    virtual qint64 addAddressEntry(const AddressBookEntry &entry) = 0;  // returns the new id
    virtual void updateAddressEntry(const AddressBookEntry &entry) = 0; // by entry.id
    virtual void deleteAddressEntry(qint64 id) = 0;
    // Adds entry under its own id (entry.id > 0), as an undo of its deletion; throws if taken.
    virtual void restoreAddressEntry(const AddressBookEntry &entry) = 0;
    // Adds the entries; one whose pattern is in the book already replaces that row's label,
    // note and URL. replace: the rows not among the entries are removed first.
    virtual AddressBookImport importAddressBook(const QList<AddressBookEntry> &entries, bool replace) = 0;
};
