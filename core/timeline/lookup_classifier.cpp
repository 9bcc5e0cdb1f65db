// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_classifier.h"

LookupClassifier::LookupClassifier(LookupFilter filter, KeyBy by, int column, std::vector<int> valueKeys, int otherKey,
                                   std::vector<int> datasetKeys, AnswerSetTablePtr answers, DerivedValuesPtr derived)
    : m_filter(std::move(filter)), m_by(by), m_column(column), m_identity(by == KeyBy::Value && valueKeys.empty()),
      m_valueKeys(std::move(valueKeys)), m_otherKey(otherKey), m_datasetKeys(std::move(datasetKeys)),
      m_derived(by == KeyBy::Value ? std::move(derived) : nullptr)
{
    if (m_derived && m_derived->sets) { // an answer owner field: keyed like answer, by its mapped sets
        answers = m_derived->sets;
        m_derived = nullptr;
    }
    if (by == KeyBy::Value && column == kAnswerColumn)
        m_answers = answers ? std::move(answers) : std::make_shared<const AnswerSetTable>(std::vector<QByteArray>{});
    m_needed = m_filter.testedColumns();
    if (m_filter.hasExclusions()) {
        for (LookupField f : {LookupField::Client, LookupField::Qname}) {
            if (!m_needed.contains(nameFieldIndex(f)))
                m_needed.append(nameFieldIndex(f));
        }
    }
    if (by == KeyBy::Value && !m_needed.contains(column))
        m_needed.append(column);
    // A rollup of one field sorts its entries exactly when that field alone decides both the
    // filters and the key.
    QList<int> deciding = m_filter.testedColumns();
    if (by == KeyBy::Value && !deciding.contains(column))
        deciding.append(column);
    if (m_filter.hasExclusions() || deciding.size() > 1 || deciding.contains(kAnswerColumn))
        m_rollupField = -1;
    else
        m_rollupField = deciding.isEmpty() ? kAllField : deciding.front();
}
