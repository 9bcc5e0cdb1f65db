// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <span>
#include <vector>

// AnswerSetTable: a store's answer sets in memory (index = set id, as in the lookups' answer
// column, DatasetColumns::names[kAnswerColumn]; 0 = no answers), for the `answer` field: the
// distinct rdata values are numbered once over all sets (value 0 unused), and each set lists
// the distinct values of its records, in order. A filter `answer=GLOB` keeps a lookup when any
// of its answers matches; a split counts it once under each distinct value. A record without
// data (a source that logs only the type) gives no value: a set of only such records is, for
// the answer field, like no answers.
// Immutable after construction; share with shared_ptr<const>; thread-safe.
// Cost: the texts plus about 8 bytes per record; building is linear in the texts.
class AnswerSetTable {
public:
    // texts[id] is the stored form (AnswerSetText) of set id; texts[0] is ignored.
    explicit AnswerSetTable(std::vector<QByteArray> texts);
    // The sets of `from` with each value v replaced by valueOf[v] (0, and every v past its end:
    // no value), an id into `values` (values[0] empty): a set lists the distinct mapped values
    // of its answers in order of first appearance, and a set none of whose answers maps to a
    // value has none, like a set without answers. The answer owner fields (answer_owner …) are
    // such a mapping (see DerivedValues). Shares from's texts. Cost: linear in from's values.
    static std::shared_ptr<const AnswerSetTable> mapped(const AnswerSetTable &from, const std::vector<quint32> &valueOf,
                                                        std::vector<QString> values);

    size_t size() const { return m_texts.size(); }
    QByteArrayView text(quint32 set) const
    {
        return set < m_texts.size() ? QByteArrayView(m_texts[set]) : QByteArrayView();
    }
    // The distinct rdata values of all sets, by value id (0: the empty string, unused).
    const std::vector<QString> &values() const { return m_values; }
    // The distinct values of a set's records, in order of first appearance; none for set 0.
    std::span<const quint32> valuesOf(quint32 set) const;
    // For each set id, whether one of its answers' rdata matches glob (NameGlob); set 0 (no
    // answers) matches only "*", as an absent name does.
    std::vector<bool> matchingSets(const QString &glob) const;

private:
    struct Unparsed {};
    AnswerSetTable(Unparsed, std::vector<QByteArray> texts) : m_texts(std::move(texts)) {}

    std::vector<QByteArray> m_texts;
    std::vector<QString> m_values;
    std::vector<quint32> m_valueIds;   // every set's values, one after the other
    std::vector<quint32> m_firstValue; // of set id in m_valueIds; size() + 1 entries
};
using AnswerSetTablePtr = std::shared_ptr<const AnswerSetTable>;
