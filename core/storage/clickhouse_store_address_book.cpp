// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ClickHouseStore's address book: versioned rows of `address_book` on the URL's server, as the
// events are kept (each change inserts the row's whole new state with a higher version,
// deleted = 1 removes it; reads take argMax(…, version) per id). One INSERT is one block, so an
// import stores every row or none. A database made by an older version has no address_book
// until a writer opens it: its book is empty. Owner fields are pushed down as a transform()
// of the source column's name hashes (ClickHouseOwnerColumns): the names the datasets hold
// (name_counts) are labelled here, once per directory, datasets and column.
#include "address_book.h"
#include "answer_subject.h"
#include "clickhouse_rows.h"
#include "clickhouse_sql.h"
#include "clickhouse_store.h"
#include "failure.h"
#include "owner_field_values.h"

namespace {

void putEntry(QByteArray &out, const AddressBookEntry &e, quint64 version, bool deleted)
{
    ClickHouseRows::putU64(out, quint64(e.id));
    ClickHouseRows::putU64(out, version);
    ClickHouseRows::putU8(out, deleted ? 1 : 0);
    for (const QString *s : {&e.pattern, &e.label, &e.note, &e.sourceUrl})
        ClickHouseRows::putBytes(out, s->toUtf8());
}

Failure taken(const AddressBookEntry &existing)
{
    return Failure(
        Failure::Kind::Refused,
        QStringLiteral("the address book has a row for %1 already (%2)").arg(existing.pattern, existing.label));
}

} // namespace

QList<AddressBookEntry> ClickHouseStore::addressBook()
{
    QList<AddressBookEntry> out;
    if (m_entry.query("EXISTS TABLE " + table("address_book")).trimmed() != "1")
        return out;
    ClickHouseRows rows(m_entry.query(
        "SELECT id, p, l, n, u FROM (SELECT id, argMax(pattern, version) AS p, argMax(label, version) AS l,"
        " argMax(note, version) AS n, argMax(source_url, version) AS u, argMax(deleted, version) AS gone FROM " +
        table("address_book") + " GROUP BY id) WHERE gone = 0 ORDER BY p FORMAT RowBinary"));
    while (!rows.atEnd()) {
        AddressBookEntry e;
        e.id = qint64(rows.u64());
        e.pattern = rows.text();
        e.label = rows.text();
        e.note = rows.text();
        e.sourceUrl = rows.text();
        out.append(e);
    }
    return out;
}

void ClickHouseStore::writeAddressRows(const QByteArray &rows)
{
    m_entry.insert("INSERT INTO " + table("address_book") + " FORMAT RowBinary", rows);
}

qint64 ClickHouseStore::addAddressEntry(const AddressBookEntry &given)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    AddressBookEntry e = AddressBook::checked(given);
    std::lock_guard guard(m_bookMutex);
    for (const AddressBookEntry &existing : addressBook()) {
        if (existing.pattern == e.pattern)
            throw taken(existing);
    }
    e.id = m_entry.query("SELECT max(id) FROM " + table("address_book")).trimmed().toLongLong() + 1;
    QByteArray row;
    putEntry(row, e, newVersion(), false);
    writeAddressRows(row);
    return e.id;
}

void ClickHouseStore::updateAddressEntry(const AddressBookEntry &given)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    const AddressBookEntry e = AddressBook::checked(given);
    std::lock_guard guard(m_bookMutex);
    bool found = false;
    for (const AddressBookEntry &existing : addressBook()) {
        if (existing.pattern == e.pattern && existing.id != e.id)
            throw taken(existing);
        found = found || existing.id == e.id;
    }
    if (!found)
        throw Failure(Failure::Kind::NotFound,
                      QStringLiteral("%1 has no address book row %2").arg(location()).arg(e.id));
    QByteArray row;
    putEntry(row, e, newVersion(), false);
    writeAddressRows(row);
}

void ClickHouseStore::deleteAddressEntry(qint64 id)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    std::lock_guard guard(m_bookMutex);
    const QList<AddressBookEntry> current = addressBook();
    const auto it = std::find_if(current.begin(), current.end(), [&](const AddressBookEntry &e) { return e.id == id; });
    if (it == current.end())
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1 has no address book row %2").arg(location()).arg(id));
    QByteArray row;
    putEntry(row, *it, newVersion(), true);
    writeAddressRows(row);
}

void ClickHouseStore::restoreAddressEntry(const AddressBookEntry &given)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    if (given.id <= 0)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("cannot restore an address book row without an id"));
    const AddressBookEntry e = AddressBook::checked(given);
    std::lock_guard guard(m_bookMutex);
    for (const AddressBookEntry &existing : addressBook()) {
        if (existing.id == e.id)
            throw Failure(Failure::Kind::Refused,
                          QStringLiteral("%1 already has an address book row %2").arg(location()).arg(e.id));
        if (existing.pattern == e.pattern)
            throw taken(existing);
    }
    QByteArray row;
    putEntry(row, e, newVersion(), false);
    writeAddressRows(row);
}

AddressBookImport ClickHouseStore::importAddressBook(const QList<AddressBookEntry> &entries, bool replace)
{
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused, QStringLiteral("%1 is open read-only").arg(location()));
    QList<AddressBookEntry> wanted;
    for (const AddressBookEntry &e : entries)
        wanted.append(AddressBook::checked(e));
    std::lock_guard guard(m_bookMutex);
    const QList<AddressBookEntry> current = addressBook();
    QHash<QString, qint64> idOf;
    for (const AddressBookEntry &e : current)
        idOf.insert(e.pattern, e.id);
    qint64 next = m_entry.query("SELECT max(id) FROM " + table("address_book")).trimmed().toLongLong() + 1;
    AddressBookImport result;
    QByteArray rows;
    if (replace) {
        for (const AddressBookEntry &e : current)
            putEntry(rows, e, newVersion(), true);
        result.removed = current.size();
        idOf.clear();
    }
    for (AddressBookEntry e : wanted) {
        const auto found = idOf.constFind(e.pattern);
        e.id = found != idOf.constEnd() ? *found : next++;
        ++(found != idOf.constEnd() ? result.updated : result.added);
        putEntry(rows, e, newVersion(), false);
    }
    if (!rows.isEmpty())
        writeAddressRows(rows);
    return result;
}

OwnerDirectoryPtr ClickHouseStore::ownerDirectory(const QStringList &databases)
{
    QList<MmdbDatabasePtr> opened = MmdbDatabase::openAll(databases);
    const QList<AddressBookEntry> entries = addressBook();
    std::lock_guard guard(m_bookMutex);
    if (!m_book || m_book->entries() != entries)
        m_book = std::make_shared<const AddressBook>(entries);
    m_ownerDirectory = OwnerDirectory::reuse(m_ownerDirectory, m_book, std::move(opened));
    return m_ownerDirectory;
}

struct ClickHouseStore::OwnerLabelCache {
    OwnerDirectoryPtr directory;
    QList<qint64> ids;
    QList<std::pair<quint64, OwnerLabels>> labelled; // name hash → labels, labelled names only
};

ClickHouseOwnerColumns ClickHouseStore::ownerColumns(const std::optional<LookupField> &split,
                                                     const QList<FieldFilter> &filters, const QStringList &databases,
                                                     const QList<qint64> &ids)
{
    ClickHouseOwnerColumns out;
    const QList<LookupField> fields = OwnerFieldValues::fieldsOf(split, filters);
    if (fields.isEmpty())
        return out;
    const OwnerDirectoryPtr directory = ownerDirectory(databases);
    for (LookupField source : kOwnerSources) {
        QList<LookupField> wanted;
        for (LookupField f : fields) {
            if (ownerSource(f) == source)
                wanted.append(f);
        }
        if (wanted.isEmpty())
            continue;
        const int column = nameFieldIndex(source);
        std::shared_ptr<OwnerLabelCache> cache;
        {
            std::lock_guard guard(m_bookMutex);
            const std::shared_ptr<OwnerLabelCache> known = m_ownerLabels.value(column);
            if (known && known->directory == directory && known->ids == ids)
                cache = known;
        }
        if (!cache) {
            cache = std::make_shared<OwnerLabelCache>();
            cache->directory = directory;
            cache->ids = ids;
            QList<quint64> hashes;
            if (!ids.isEmpty() && (source != LookupField::Answer || m_answers)) {
                ClickHouseRows rows(m_entry.query("SELECT DISTINCT h FROM " + table("name_counts") +
                                                  " WHERE dataset IN (" + ClickHouseSql::numberList(ids) +
                                                  ") AND kind = " + QByteArray::number(column) + " FORMAT RowBinary"));
                while (!rows.atEnd())
                    hashes.append(rows.u64());
            }
            const QHash<quint64, QString> names = namesOf(hashes);
            for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
                if (it.key() == 0)
                    continue;
                // An answer is labelled by what its data points at (an address, or a name).
                const QString subject = source == LookupField::Answer ? AnswerSubject::of(it.value()) : it.value();
                if (subject.isEmpty())
                    continue;
                const OwnerLabels labels = directory->labels(subject);
                if (!(labels == OwnerLabels{}))
                    cache->labelled.append({it.key(), labels});
            }
            std::lock_guard guard(m_bookMutex);
            m_ownerLabels.insert(column, cache);
        }
        for (LookupField f : wanted) {
            QList<quint64> from, to;
            for (const auto &[hash, labels] : std::as_const(cache->labelled)) {
                const QString &label = labels.value(ownerAttribute(f));
                if (label.isEmpty())
                    continue;
                const quint64 labelHash = ClickHouseSql::nameHash(label);
                from.append(hash);
                to.append(labelHash);
                out.labels.insert(labelHash, label);
            }
            if (source == LookupField::Answer) {
                // The distinct labels of the lookup's answers, without the unlabelled ones.
                if (!from.isEmpty())
                    out.expressions[f] = "arrayDistinct(arrayFilter(x -> x != 0, arrayMap(v -> transform(v, " +
                        ClickHouseSql::hashArray(from) + ", " + ClickHouseSql::hashArray(to) +
                        ", toUInt64(0)), answer_values)))";
                continue;
            }
            out.expressions[f] = from.isEmpty() ? QByteArray("toUInt64(0)")
                                                : "transform(" + ClickHouseSql::column(source) + ", " +
                    ClickHouseSql::hashArray(from) + ", " + ClickHouseSql::hashArray(to) + ", toUInt64(0))";
        }
    }
    return out;
}
