// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_filter.h"

#include "name_glob.h"

#include <QHash>

#include <algorithm>

namespace {

// For each id of an owner field's source column (names), whether its derived value matches.
std::vector<bool> matchingDerived(const QString &glob, const DerivedValues &derived, size_t ids)
{
    const std::vector<bool> values = NameGlob::matchingIds(glob, derived.values);
    std::vector<bool> pass(ids, false);
    for (size_t id = 0; id < ids; ++id)
        pass[id] = values[derived.of(quint32(id))];
    return pass;
}

} // namespace

LookupFilter::LookupFilter(const QList<FieldFilter> &filters, const QList<ClientQnamePair> &excluded,
                           const std::vector<QString> &names, const AnswerSetTable *answers,
                           const DerivedFields &derived)
{
    for (const FieldFilter &f : filters) {
        if (f.field != LookupField::Dataset) // datasets are chosen by id, not by glob
            m_byColumn.emplace_back(nameFieldIndex(f.field), matchingIds(f, names, answers, derived));
    }
    if (excluded.isEmpty())
        return;
    m_hasExclusions = true;
    m_client = size_t(nameFieldIndex(LookupField::Client));
    m_qname = size_t(nameFieldIndex(LookupField::Qname));
    // Text to ids in one pass over the names (a text may have several ids in principle).
    QHash<QString, QList<quint32>> ids;
    for (const ClientQnamePair &p : excluded)
        ids.insert(p.client, {}), ids.insert(p.qname, {});
    for (size_t id = 1; id < names.size(); ++id) {
        const auto it = ids.find(names[id]);
        if (it != ids.end())
            it->append(quint32(id));
    }
    for (const ClientQnamePair &p : excluded) {
        for (quint32 c : ids.value(p.client)) {
            for (quint32 q : ids.value(p.qname))
                m_excluded.insert(quint64(c) << 32 | q);
        }
    }
}

std::vector<bool> LookupFilter::matchingIds(const FieldFilter &f, const std::vector<QString> &names,
                                            const AnswerSetTable *answers, const DerivedFields &derived)
{
    if (isOwnerField(f.field)) {
        static const DerivedValues noValues;
        const auto found = derived.find(f.field);
        const DerivedValues &values = found != derived.end() && found->second ? *found->second : noValues;
        if (ownerSource(f.field) == LookupField::Answer) // by answer set id, as answer filters
            return (values.sets ? *values.sets : AnswerSetTable({})).matchingSets(f.glob);
        return matchingDerived(f.glob, values, std::max<size_t>(names.size(), 1));
    }
    const int column = nameFieldIndex(f.field);
    if (column == kAnswerColumn)
        return (answers ? *answers : AnswerSetTable({})).matchingSets(f.glob);
    return NameGlob::matchingIds(f.glob, columnValues(column, names));
}

LookupFilter LookupFilter::forQuery(const BinQuery &query, const std::vector<QString> *names,
                                    const AnswerSetTable *answers, const DerivedFields &derived)
{
    static const std::vector<QString> noNames;
    return LookupFilter(query.filters, query.excludedPairs, names ? *names : noNames, answers, derived);
}

QList<int> LookupFilter::neededColumns(const BinQuery &query, QList<int> also)
{
    QList<int> &out = also;
    const auto add = [&](LookupField f) {
        if (f != LookupField::Dataset && !out.contains(nameFieldIndex(f)))
            out.append(nameFieldIndex(f));
    };
    for (const FieldFilter &f : query.filters)
        add(f.field);
    if (!query.excludedPairs.isEmpty()) {
        add(LookupField::Client);
        add(LookupField::Qname);
    }
    return out;
}

QList<int> LookupFilter::testedColumns() const
{
    QList<int> out;
    for (const auto &[column, pass] : m_byColumn) {
        if (!out.contains(column))
            out.append(column);
    }
    return out;
}
