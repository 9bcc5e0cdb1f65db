// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <vector>

// Which series a split draws: the keys (a field's value ids, or datasets by index) with the
// most lookups in the ranking range, at most topK of them, and "other" for the rest. The one
// ranking rule of every store that ranks on the client (TimelineEngine, the SQLite store's
// rollups): keys with no lookups are not ranked; higher totals first; equal totals by the
// key's text (value splits, so that the order does not depend on the store's name ids) or in
// key order (datasets). Immutable once built; thread-safe to read. Cost: O(keys log keys).
class SeriesRanking {
public:
    enum class Ties { ByText, ByKey };
    // totals[key]: the key's lookups in the ranking range (filters applied). text(key) is
    // asked only with Ties::ByText.
    SeriesRanking(const std::vector<qint64> &totals, int topK, Ties ties,
                  const std::function<QString(quint32)> &text = {});
    SeriesRanking() = default;

    // The kept keys, most lookups first; series i is ranked()[i], series kept() is "other".
    const std::vector<quint32> &ranked() const { return m_ranked; }
    qsizetype kept() const { return m_kept; }
    qint64 totalOf(quint32 key) const { return key < m_totals.size() ? m_totals[key] : 0; }
    // Ranked keys beyond the first topK: they go to "other".
    bool hasUnkept() const { return qsizetype(m_ranked.size()) > m_kept; }
    qint64 otherTotal() const;
    // The series index of a key: < kept() for a kept key, kept() ("other") for any other,
    // including keys past the totals' end and keys with no lookups in the ranking range.
    int seriesOf(quint32 key) const { return key < m_seriesOf.size() ? m_seriesOf[key] : int(m_kept); }
    // seriesOf for every key below the totals' size, for loops that index it directly.
    const std::vector<int> &seriesOfKeys() const { return m_seriesOf; }

private:
    std::vector<qint64> m_totals;
    std::vector<quint32> m_ranked; // every key with lookups, in rank order
    qsizetype m_kept = 0;
    std::vector<int> m_seriesOf;
};
