// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_book.h"

#include "failure.h"
#include "name_glob.h"

#include <algorithm>

namespace {

QByteArray key(const IpAddress &a)
{
    return QByteArray(reinterpret_cast<const char *>(a.bytes.data()), a.family == 4 ? 4 : 16);
}

} // namespace

AddressBookEntry AddressBook::checked(AddressBookEntry entry)
{
    entry.pattern = AddressPattern::parse(entry.pattern).text();
    entry.label = entry.label.trimmed();
    entry.note = entry.note.trimmed();
    entry.sourceUrl = entry.sourceUrl.trimmed();
    if (entry.label.isEmpty())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("'%1' has no label").arg(entry.pattern));
    return entry;
}

AddressBook::AddressBook(const QList<AddressBookEntry> &entries)
{
    struct Glob {
        AddressPattern pattern;
        qsizetype row;
    };
    std::vector<Glob> globs;
    for (const AddressBookEntry &e : entries) {
        AddressPattern pattern;
        try {
            pattern = AddressPattern::parse(e.pattern);
        } catch (const Failure &) {
            continue;
        }
        const qsizetype row = m_entries.size();
        m_entries.append(e);
        switch (pattern.kind()) {
        case AddressPattern::Kind::Network: {
            auto table = std::find_if(m_networks.begin(), m_networks.end(), [&](const PrefixTable &t) {
                return t.family == pattern.network().family && t.prefix == pattern.prefix();
            });
            if (table == m_networks.end())
                table = m_networks.insert(m_networks.end(), {pattern.network().family, pattern.prefix(), {}});
            table->rows.insert(key(pattern.network()), row);
            break;
        }
        case AddressPattern::Kind::Name:
            m_names.insert(pattern.text(), row);
            break;
        case AddressPattern::Kind::Glob:
            globs.push_back({pattern, row});
            break;
        }
    }
    std::sort(m_networks.begin(), m_networks.end(),
              [](const PrefixTable &a, const PrefixTable &b) { return a.prefix > b.prefix; });
    std::sort(globs.begin(), globs.end(), [](const Glob &a, const Glob &b) {
        return a.pattern.literalCount() != b.pattern.literalCount()
            ? a.pattern.literalCount() > b.pattern.literalCount()
            : a.pattern.text() < b.pattern.text();
    });
    for (const Glob &g : globs)
        m_globs.emplace_back(NameGlob::pattern(g.pattern.text()), g.row);
}

const AddressBookEntry *AddressBook::match(const QString &value) const
{
    if (value.isEmpty() || m_entries.isEmpty())
        return nullptr;
    if (!m_networks.empty()) {
        if (const std::optional<IpAddress> address = IpAddress::parse(value)) {
            for (const PrefixTable &t : m_networks) {
                if (t.family != address->family)
                    continue;
                const auto found = t.rows.constFind(key(address->masked(t.prefix)));
                if (found != t.rows.constEnd())
                    return &m_entries[*found];
            }
        }
    }
    return matchText(value);
}

const AddressBookEntry *AddressBook::matchText(const QString &value) const
{
    if (!m_names.isEmpty()) {
        QString name = value.toLower();
        if (name.size() > 1 && name.endsWith(QLatin1Char('.')))
            name.chop(1);
        const auto found = m_names.constFind(name);
        if (found != m_names.constEnd())
            return &m_entries[*found];
    }
    for (const auto &[re, row] : m_globs) {
        if (re.match(value).hasMatch())
            return &m_entries[row];
    }
    return nullptr;
}
