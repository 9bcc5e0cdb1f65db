// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_classifier.h"
#include "lookup_source.h"

#include <QList>
#include <QString>

#include <algorithm>

// A dataset as the SQLite store's engines count it: id, name, and the extent of its lookups
// [first, last + 1 µs), UTC.
struct ViewDataset {
    qint64 id = 0;
    QString name;
    TimeRange extent;
};

// Counts a view's lookups by key (LookupClassifier) over a time range: whole minutes from the
// datasets' rollups where the classifier allows and the rollups hold them, every other lookup
// from its decoded block. A sink gets minute(key, minuteStartUs, n) for rollup entries and
// row(key, tsUs) for single lookups; the two together count every lookup in the range exactly
// once (under each of its keys: a split by answer gives a lookup one per answer). Long passes
// honour QueryCancelScope (Failure of kind Cancelled).
// Holds references to the source, datasets and classifier, which must outlive it. Not
// thread-safe (one pass at a time); the source is. Cost: O(rollup entries + lookups read).
class LookupCounter {
public:
    LookupCounter(LookupSource &source, const QList<ViewDataset> &datasets, const LookupClassifier &keys)
        : m_source(source), m_datasets(datasets), m_keys(keys)
    {}

    // useRollups false: every lookup from its block (to check the rollups against).
    template<typename Sink>
    void count(const TimeRange &range, Sink &sink, bool useRollups = true)
    {
        for (qsizetype k = 0; k < m_datasets.size(); ++k) {
            const TimeRange r = clip(range, k);
            if (r.isEmpty())
                continue;
            if (!useRollups || !rollupsServe(k)) {
                rows(int(k), r, sink);
                continue;
            }
            const qint64 m0 = ceilMinute(r.fromUs), m1 = floorMinute(r.toUs);
            if (m0 >= m1) {
                rows(int(k), r, sink);
                continue;
            }
            rows(int(k), {r.fromUs, m0}, sink);
            forEachRollupDay(
                int(k), {m0, m1},
                [&](qint64 minuteUs, quint32 value, qint64 n) {
                    const int key = m_keys.ofValue(value, int(k));
                    if (key >= 0)
                        sink.minute(key, minuteUs, n);
                },
                [&](const TimeRange &day) { rows(int(k), day, sink); });
            rows(int(k), {m1, r.toUs}, sink);
        }
    }

    // Every lookup of dataset k in r, from the blocks: sink.row(key, ts) for each of its keys.
    template<typename Sink>
    void rows(int k, const TimeRange &r, Sink &sink)
    {
        forEachRow(k, r, [&](const DatasetColumns &d, size_t i) {
            m_keys.forEachKey(d, i, k, [&](int key) {
                if (key >= 0)
                    sink.row(key, d.ts[i]);
            });
        });
    }

    // visit(block, row) for every lookup of dataset k in r, in time order.
    template<typename Visit>
    void forEachRow(int k, const TimeRange &r, Visit &&visit)
    {
        if (r.isEmpty())
            return;
        const auto index = m_source.index(m_datasets[k].id);
        const auto [first, last] = index->overlapping(r);
        const auto each = [&](size_t, const DatasetColumns &d) {
            throwIfCancelled();
            const size_t lo = size_t(std::lower_bound(d.ts.begin(), d.ts.end(), r.fromUs) - d.ts.begin());
            const size_t hi = size_t(std::lower_bound(d.ts.begin() + qsizetype(lo), d.ts.end(), r.toUs) - d.ts.begin());
            for (size_t i = lo; i < hi; ++i)
                visit(d, i);
            return true;
        };
        if (last - first > kCachedBlocks) {
            m_source.forEachBlock(m_datasets[k].id, first, last, m_keys.neededColumns(), each);
        } else {
            for (size_t b = first; b < last; ++b)
                each(b, *m_source.block(m_datasets[k].id, b, m_keys.neededColumns()));
        }
    }

    static qint64 floorMinute(qint64 t);
    static qint64 ceilMinute(qint64 t);
    static void throwIfCancelled();

private:
    // Passes longer than this many blocks stream past the block cache.
    static constexpr size_t kCachedBlocks = 16;

    // range within dataset k's extent; an end at the extent's edge widened to its minute,
    // since no lookup of the dataset lies between.
    TimeRange clip(const TimeRange &range, qsizetype k) const;
    bool rollupsServe(qsizetype k);
    // For the whole minutes of `minutes` (minute boundaries) of dataset k: entry(minuteUs,
    // value, n) for each rollup entry, and lookups(dayPart) for the parts of days whose rollup
    // says to count the lookups.
    void forEachRollupDay(int k, const TimeRange &minutes, const std::function<void(qint64, quint32, qint64)> &entry,
                          const std::function<void(const TimeRange &)> &lookups);

    LookupSource &m_source;
    const QList<ViewDataset> &m_datasets;
    const LookupClassifier &m_keys;
};
