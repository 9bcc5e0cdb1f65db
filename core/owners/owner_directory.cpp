// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "owner_directory.h"

#include "answer_subject.h"

#include <QHash>
#include <QStringList>

OwnerDirectory::OwnerDirectory(AddressBookPtr book, QList<MmdbDatabasePtr> databases)
    : m_book(book ? std::move(book) : std::make_shared<const AddressBook>()), m_databases(std::move(databases))
{}

std::shared_ptr<const OwnerDirectory> OwnerDirectory::reuse(const std::shared_ptr<const OwnerDirectory> &previous,
                                                            AddressBookPtr book, QList<MmdbDatabasePtr> databases)
{
    if (previous && previous->m_book == book && previous->m_databases == databases)
        return previous;
    return std::make_shared<const OwnerDirectory>(std::move(book), std::move(databases));
}

OwnerLabels OwnerDirectory::labels(const QString &value) const
{
    OwnerLabels out;
    if (const AddressBookEntry *row = m_book->match(value))
        out.owner = row->label;
    if (m_databases.isEmpty())
        return out;
    const std::optional<IpAddress> address = IpAddress::parse(value);
    if (!address)
        return out;
    for (const MmdbDatabasePtr &db : m_databases) {
        const MmdbDatabase::Labels l = db->labels(*address);
        if (out.asn.isEmpty())
            out.asn = l.asn;
        if (out.org.isEmpty())
            out.org = l.org;
        if (out.country.isEmpty())
            out.country = l.country;
    }
    return out;
}

void OwnerDirectory::label(QList<LookupRecord> &records) const
{
    QHash<QString, OwnerLabels> seen;
    const auto of = [&](const QString &value) -> const OwnerLabels & {
        auto found = seen.constFind(value);
        if (found == seen.constEnd())
            found = seen.insert(value, labels(value));
        return *found;
    };
    for (LookupRecord &r : records) {
        for (LookupField source : {LookupField::Client, LookupField::Server}) {
            const OwnerLabels &l = of(source == LookupField::Client ? r.client : r.server);
            for (int a = 0; a < kOwnerAttributeCount; ++a)
                r.owners[size_t(ownerFieldIndex(ownerField(source, OwnerAttribute(a))))] = l.value(OwnerAttribute(a));
        }
        // The answers' distinct owners, in the order of the answers.
        std::array<QStringList, kOwnerAttributeCount> answerOwners;
        for (const LookupAnswer &answer : std::as_const(r.answers)) {
            const QString subject = AnswerSubject::of(answer.rdata);
            if (subject.isEmpty())
                continue;
            const OwnerLabels &l = of(subject);
            for (int a = 0; a < kOwnerAttributeCount; ++a) {
                const QString &text = l.value(OwnerAttribute(a));
                if (!text.isEmpty() && !answerOwners[size_t(a)].contains(text))
                    answerOwners[size_t(a)].append(text);
            }
        }
        for (int a = 0; a < kOwnerAttributeCount; ++a)
            r.owners[size_t(ownerFieldIndex(ownerField(LookupField::Answer, OwnerAttribute(a))))] =
                answerOwners[size_t(a)].join(QLatin1String("; "));
    }
}
