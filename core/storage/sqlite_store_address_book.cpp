// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's address book: the rows of `address_book` (schema version 6), and the owner
// directory views label addresses with (the book, cached until it changes, and the view's
// MaxMind-format databases). A read-only store of an older version has an empty book.
#include "sqlite_store.h"

#include "address_book.h"
#include "failure.h"
#include "sqlite_db.h"

#include <QDateTime>

namespace {

constexpr int kAddressBookVersion = 6;

void checkWritable(const std::optional<QString> &readOnlyReason)
{
    if (readOnlyReason)
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("The address book cannot be changed: %1.").arg(*readOnlyReason));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QList<AddressBookEntry> SqliteStore::addressBook()
{
    std::lock_guard guard(m_mutex);
    QList<AddressBookEntry> out;
    if (m_schemaVersion < kAddressBookVersion)
        return out;
    Statement st = m_db->prepare("SELECT id, pattern, label, note, source_url FROM address_book ORDER BY pattern");
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

// m_mutex held; the store writable.
qint64 SqliteStore::insertAddressEntry(const AddressBookEntry &given, qint64 id)
{
    const AddressBookEntry e = AddressBook::checked(given);
    Statement taken = m_db->prepare("SELECT label FROM address_book WHERE pattern = ?");
    taken.bind(1, e.pattern);
    if (taken.step())
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("the address book has a row for %1 already (%2)").arg(e.pattern, taken.text(0)));
    Statement st =
        m_db->prepare("INSERT INTO address_book(pattern, label, note, source_url, created_at, updated_at, id)"
                      " VALUES (?, ?, ?, ?, ?5, ?5, ?6)");
    st.bind(1, e.pattern).bind(2, e.label).bind(3, e.note).bind(4, e.sourceUrl).bind(5, now());
    if (id > 0)
        st.bind(6, id);
    else
        st.bindNull(6);
    st.exec();
    m_book.reset();
    return m_db->queryInt("SELECT last_insert_rowid()");
}

qint64 SqliteStore::addAddressEntry(const AddressBookEntry &entry)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    return insertAddressEntry(entry);
}

void SqliteStore::updateAddressEntry(const AddressBookEntry &given)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    const AddressBookEntry e = AddressBook::checked(given);
    Statement taken = m_db->prepare("SELECT label FROM address_book WHERE pattern = ? AND id != ?");
    taken.bind(1, e.pattern).bind(2, e.id);
    if (taken.step())
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("the address book has a row for %1 already (%2)").arg(e.pattern, taken.text(0)));
    Statement st = m_db->prepare(
        "UPDATE address_book SET pattern = ?, label = ?, note = ?, source_url = ?, updated_at = ? WHERE id = ?");
    st.bind(1, e.pattern).bind(2, e.label).bind(3, e.note).bind(4, e.sourceUrl).bind(5, now()).bind(6, e.id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no address book row %2").arg(m_path).arg(e.id));
    m_book.reset();
}

void SqliteStore::deleteAddressEntry(qint64 id)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    Statement st = m_db->prepare("DELETE FROM address_book WHERE id = ?");
    st.bind(1, id).exec();
    if (m_db->queryInt("SELECT changes()") != 1)
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no address book row %2").arg(m_path).arg(id));
    m_book.reset();
}

void SqliteStore::restoreAddressEntry(const AddressBookEntry &entry)
{
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    if (entry.id <= 0)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot restore an address book row without an id"));
    Statement taken = m_db->prepare("SELECT count(*) FROM address_book WHERE id = ?");
    taken.bind(1, entry.id);
    if (taken.step() && taken.int64(0) > 0)
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 already has an address book row %2").arg(m_path).arg(entry.id));
    insertAddressEntry(entry, entry.id);
}

AddressBookImport SqliteStore::importAddressBook(const QList<AddressBookEntry> &entries, bool replace)
{
    QList<AddressBookEntry> rows;
    for (const AddressBookEntry &e : entries)
        rows.append(AddressBook::checked(e));
    std::lock_guard guard(m_mutex);
    checkWritable(m_readOnlyReason);
    AddressBookImport result;
    Transaction tx(*m_db);
    if (replace) {
        result.removed = m_db->queryInt("SELECT count(*) FROM address_book");
        m_db->exec("DELETE FROM address_book");
    }
    Statement update =
        m_db->prepare("UPDATE address_book SET label = ?, note = ?, source_url = ?, updated_at = ? WHERE pattern = ?");
    for (const AddressBookEntry &e : std::as_const(rows)) {
        update.bind(1, e.label).bind(2, e.note).bind(3, e.sourceUrl).bind(4, now()).bind(5, e.pattern).exec();
        if (m_db->queryInt("SELECT changes()") == 1) {
            ++result.updated;
            continue;
        }
        insertAddressEntry(e);
        ++result.added;
    }
    tx.commit();
    m_book.reset();
    return result;
}

OwnerDirectoryPtr SqliteStore::ownerDirectory(const QStringList &databases)
{
    QList<MmdbDatabasePtr> opened = MmdbDatabase::openAll(databases);
    std::lock_guard guard(m_mutex);
    refreshIfChanged();
    if (!m_book || m_bookStale) {
        // Another connection may have changed it: keep the compiled book (and so what views
        // derived from it) if not.
        const QList<AddressBookEntry> entries = addressBook();
        if (!m_book || m_book->entries() != entries)
            m_book = std::make_shared<const AddressBook>(entries);
        m_bookStale = false;
    }
    m_ownerDirectory = OwnerDirectory::reuse(m_ownerDirectory, m_book, std::move(opened));
    return m_ownerDirectory;
}
