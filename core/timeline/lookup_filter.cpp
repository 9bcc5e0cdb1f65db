// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_filter.h"

#include "name_glob.h"

#include <QHash>

LookupFilter::LookupFilter(const QList<FieldFilter> &filters, const QList<ClientQnamePair> &excluded,
                           const std::vector<QString> &names, const AnswerSetTable *answers)
{
    for (const FieldFilter &f : filters) {
        if (f.field == LookupField::Dataset)
            continue; // datasets are chosen by id, not by glob
        const int column = nameFieldIndex(f.field);
        if (column == kAnswerColumn)
            m_byColumn.emplace_back(column, (answers ? *answers : AnswerSetTable({})).matchingSets(f.glob));
        else
            m_byColumn.emplace_back(column, NameGlob::matchingIds(f.glob, columnValues(column, names)));
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

LookupFilter LookupFilter::forQuery(const BinQuery &query, const std::vector<QString> *names,
                                    const AnswerSetTable *answers)
{
    static const std::vector<QString> noNames;
    return LookupFilter(query.filters, query.excludedPairs, names ? *names : noNames, answers);
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
