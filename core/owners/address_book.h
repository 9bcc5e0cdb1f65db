// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book_entry.h"
#include "address_pattern.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <vector>

// AddressBook: a store's address book compiled for matching, and the rule of "most specific
// match wins":
//   - an address (a value IpAddress parses) takes the row of the longest network holding it
//     (2001:db8:1::/48 before 2001:db8::/32; an IPv4-mapped address is IPv4); without one,
//     it is matched as text, like a name;
//   - a name or other text takes the row naming it exactly (case-insensitive, trailing dot
//     ignored), else the glob matching it with the most literal characters
//     (mail.*.example.com before *.example.com), equal ones by pattern text;
//   - nothing matching: no row (the owner field is empty, "(none)" in a split).
// Entries whose pattern does not parse are skipped (a store only keeps parsed ones).
// Immutable after construction; thread-safe. Cost: match() is one hash probe per distinct
// prefix length of the book for an address, one for a name, then one regular-expression match
// per glob until one matches (globs are tried most specific first).
class AddressBook {
public:
    AddressBook() = default;
    explicit AddressBook(const QList<AddressBookEntry> &entries);

    // A row as a book keeps it: pattern in its canonical spelling, label and note trimmed.
    // Throws Failure (BadInput) for a pattern AddressPattern rejects or an empty label.
    static AddressBookEntry checked(AddressBookEntry entry);

    const QList<AddressBookEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The row value falls under, or null.
    const AddressBookEntry *match(const QString &value) const;

private:
    const AddressBookEntry *matchText(const QString &value) const;

    QList<AddressBookEntry> m_entries;
    struct PrefixTable {
        int family = 4;
        int prefix = 0;
        QHash<QByteArray, qsizetype> rows; // network bytes → index into m_entries
    };
    std::vector<PrefixTable> m_networks;                           // longest prefix first
    QHash<QString, qsizetype> m_names;                             // lower-case name → index
    std::vector<std::pair<QRegularExpression, qsizetype>> m_globs; // most specific first
};
using AddressBookPtr = std::shared_ptr<const AddressBook>;
