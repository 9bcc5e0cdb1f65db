// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer_group_counter.h"

#include "answer_set_text.h"

#include <algorithm>

AnswerGroupCounter::AnswerGroupCounter(const std::vector<QString> &names, const AnswerSetTable *sets,
                                       qsizetype maxTimes)
    : m_names(names), m_sets(sets), m_maxTimes(maxTimes)
{}

QString AnswerGroupCounter::text(quint32 id) const
{
    return id > 0 && id < m_names.size() ? m_names[id] : QString();
}

bool AnswerGroupCounter::isError(quint32 rcode)
{
    if (rcode >= m_errorOf.size())
        m_errorOf.resize(size_t(rcode) + 1, -1);
    if (m_errorOf[rcode] < 0)
        m_errorOf[rcode] = isErrorRcode(text(rcode)) ? 1 : 0;
    return m_errorOf[rcode] == 1;
}

void AnswerGroupCounter::add(const DatasetColumns &d, size_t row)
{
    const quint32 qname = d.names[size_t(nameFieldIndex(LookupField::Qname))][row];
    const quint32 rcode = d.names[size_t(nameFieldIndex(LookupField::Rcode))][row];
    const quint32 set = m_sets && d.hasNames(kAnswerColumn) ? d.names[size_t(kAnswerColumn)][row] : 0;
    const quint64 key = PairIndex::keyOf(qname, set);
    if (key != m_lastKey || rcode != m_lastRcode || m_groups.empty()) {
        const quint32 named = m_named.idOf(key);
        const quint32 g = m_grouped.idOf(PairIndex::keyOf(named, rcode));
        if (g >= m_groups.size()) {
            Group group;
            group.qname = qname;
            group.set = set;
            group.rcode = rcode;
            group.error = isError(rcode);
            group.firstUs = group.lastUs = d.ts[row];
            m_groups.push_back(std::move(group));
        }
        m_lastKey = key;
        m_lastRcode = rcode;
        m_lastGroup = g;
    }
    Group &group = m_groups[m_lastGroup];
    const qint64 t = d.ts[row];
    group.firstUs = std::min(group.firstUs, t);
    group.lastUs = std::max(group.lastUs, t);
    ++group.lookups;
    if (group.error) {
        if (group.dataset != m_dataset) {
            group.dataset = m_dataset;
            group.datasetFrom = group.errorTimesUs.size();
        }
        if (qsizetype(group.errorTimesUs.size() - group.datasetFrom) < m_maxTimes)
            group.errorTimesUs.push_back(t);
    }
}

AnswerGroups AnswerGroupCounter::result() const
{
    AnswerGroups out;
    out.groups.reserve(qsizetype(m_groups.size()));
    for (const Group &g : m_groups) {
        AnswerGroups::Group group{text(g.qname), text(g.rcode), {}, g.firstUs, g.lastUs, g.lookups, g.errorTimesUs};
        if (g.set != 0 && m_sets)
            group.answers = AnswerSetText::answers(m_sets->text(g.set), 0);
        // The first maxTimes of each dataset's times hold the first maxTimes of them all.
        std::sort(group.errorTimesUs.begin(), group.errorTimesUs.end());
        if (qsizetype(group.errorTimesUs.size()) > m_maxTimes)
            group.errorTimesUs.resize(size_t(m_maxTimes));
        out.lookups += g.lookups;
        out.groups.append(std::move(group));
    }
    return out;
}
