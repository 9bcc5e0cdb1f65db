// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address_book.h"
#include "lookup_field.h"
#include "lookup_record.h"
#include "mmdb_database.h"

#include <QList>
#include <QString>

#include <memory>

// What the owner fields say about one value (an address, or a name).
struct OwnerLabels {
    QString owner;   // the address book's label
    QString asn;     // "AS64500"
    QString org;     // the AS organisation
    QString country; // "DE"
    const QString &value(OwnerAttribute attribute) const
    {
        switch (attribute) {
        case OwnerAttribute::Owner:
            return owner;
        case OwnerAttribute::Asn:
            return asn;
        case OwnerAttribute::Org:
            return org;
        case OwnerAttribute::Country:
            break;
        }
        return country;
    }
    bool operator==(const OwnerLabels &) const = default;
};

// OwnerDirectory: who is behind a value, from a store's address book (owner) and the view's
// MaxMind-format databases (asn, org, country; the first database that gives a field wins,
// in the order they were chosen). Values that are not addresses get an owner only (the book's
// names and globs). One labelling for every store, so SQLite and ClickHouse label alike.
// Immutable; thread-safe; shared by the views that use the same book and databases.
// Cost: labels() is AddressBook::match() plus one search per database for an address.
class OwnerDirectory {
public:
    OwnerDirectory(AddressBookPtr book, QList<MmdbDatabasePtr> databases);

    // previous if it was made of the same book and databases (so that what was derived from
    // it stays valid), else a new directory.
    static std::shared_ptr<const OwnerDirectory> reuse(const std::shared_ptr<const OwnerDirectory> &previous,
                                                       AddressBookPtr book, QList<MmdbDatabasePtr> databases);

    const AddressBook &book() const { return *m_book; }
    const QList<MmdbDatabasePtr> &databases() const { return m_databases; }
    // Throws Failure (Corrupt) for a database record that cannot be read.
    OwnerLabels labels(const QString &value) const;

    // Fills the owner fields of records from their client, server and answers (an answer owner
    // field: the distinct labels of the answers' subjects, AnswerSubject, in the answers' order,
    // joined by "; "). Cost: labels() once per distinct value.
    void label(QList<LookupRecord> &records) const;

private:
    AddressBookPtr m_book;
    QList<MmdbDatabasePtr> m_databases;
};
using OwnerDirectoryPtr = std::shared_ptr<const OwnerDirectory>;
