// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "series_ranking.h"

#include <algorithm>

SeriesRanking::SeriesRanking(const std::vector<qint64> &totals, int topK, Ties ties,
                             const std::function<QString(quint32)> &text)
    : m_totals(totals)
{
    for (quint32 key = 0; key < totals.size(); ++key) {
        if (totals[key] > 0)
            m_ranked.push_back(key);
    }
    if (ties == Ties::ByText) {
        std::vector<QString> texts(totals.size());
        for (quint32 key : m_ranked)
            texts[key] = text(key);
        std::stable_sort(m_ranked.begin(), m_ranked.end(), [&](quint32 a, quint32 b) {
            return totals[a] != totals[b] ? totals[a] > totals[b] : texts[a] < texts[b];
        });
    } else {
        std::stable_sort(m_ranked.begin(), m_ranked.end(), [&](quint32 a, quint32 b) { return totals[a] > totals[b]; });
    }
    m_kept = qsizetype(std::min(m_ranked.size(), size_t(std::max(topK, 0))));
    m_seriesOf.assign(totals.size(), int(m_kept));
    for (qsizetype s = 0; s < m_kept; ++s)
        m_seriesOf[m_ranked[size_t(s)]] = int(s);
}

qint64 SeriesRanking::otherTotal() const
{
    qint64 sum = 0;
    for (size_t r = size_t(m_kept); r < m_ranked.size(); ++r)
        sum += m_totals[m_ranked[r]];
    return sum;
}
