// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answer_set_table.h"

#include "answer_set_text.h"
#include "name_glob.h"

#include <QHash>

#include <algorithm>

AnswerSetTable::AnswerSetTable(std::vector<QByteArray> texts) : m_texts(std::move(texts)), m_values(1)
{
    QHash<QByteArray, quint32> ids;
    m_firstValue.reserve(m_texts.size() + 1);
    for (size_t set = 0; set < m_texts.size(); ++set) {
        m_firstValue.push_back(quint32(m_valueIds.size()));
        if (set == 0)
            continue;
        const qsizetype from = qsizetype(m_valueIds.size());
        for (const AnswerSetText::Line &line : AnswerSetText::lines(m_texts[set])) {
            if (line.rdata.isEmpty())
                continue; // a record whose data the source did not log (dnsmasq's "<MX>"): no value
            const QByteArray rdata = line.rdata.toByteArray();
            auto it = ids.find(rdata);
            if (it == ids.end()) {
                it = ids.insert(rdata, quint32(m_values.size()));
                m_values.push_back(QString::fromUtf8(rdata));
            }
            if (std::find(m_valueIds.begin() + from, m_valueIds.end(), *it) == m_valueIds.end())
                m_valueIds.push_back(*it);
        }
    }
    m_firstValue.push_back(quint32(m_valueIds.size()));
}

std::shared_ptr<const AnswerSetTable> AnswerSetTable::mapped(const AnswerSetTable &from,
                                                             const std::vector<quint32> &valueOf,
                                                             std::vector<QString> values)
{
    std::shared_ptr<AnswerSetTable> out(new AnswerSetTable(Unparsed{}, from.m_texts));
    out->m_values = std::move(values);
    if (out->m_values.empty())
        out->m_values.emplace_back();
    out->m_firstValue.reserve(from.m_firstValue.size());
    out->m_valueIds.reserve(from.m_valueIds.size());
    for (size_t set = 0; set < from.m_texts.size(); ++set) {
        const qsizetype first = qsizetype(out->m_valueIds.size());
        out->m_firstValue.push_back(quint32(first));
        for (quint32 v : from.valuesOf(quint32(set))) {
            const quint32 to = v < valueOf.size() ? valueOf[v] : 0;
            if (to != 0 &&
                std::find(out->m_valueIds.begin() + first, out->m_valueIds.end(), to) == out->m_valueIds.end())
                out->m_valueIds.push_back(to);
        }
    }
    out->m_firstValue.push_back(quint32(out->m_valueIds.size()));
    return out;
}

std::span<const quint32> AnswerSetTable::valuesOf(quint32 set) const
{
    if (set == 0 || set >= m_texts.size())
        return {};
    return std::span<const quint32>(m_valueIds.data() + m_firstValue[set], m_firstValue[set + 1] - m_firstValue[set]);
}

std::vector<bool> AnswerSetTable::matchingSets(const QString &glob) const
{
    const std::vector<bool> values = NameGlob::matchingIds(glob, m_values);
    std::vector<bool> out(std::max<size_t>(m_texts.size(), 1));
    out[0] = values[0]; // the absent value: only "*"
    for (quint32 set = 1; set < m_texts.size(); ++set) {
        const auto ids = valuesOf(set);
        out[set] = ids.empty() ? out[0] : std::any_of(ids.begin(), ids.end(), [&](quint32 v) { return values[v]; });
    }
    return out;
}
