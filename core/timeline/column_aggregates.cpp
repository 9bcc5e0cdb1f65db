// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_aggregates.h"

#include "lookup_field.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace {

constexpr quint32 kSkipped = 0xffffffffu; // a row the filter drops

// Open addressing from a (client, qname) key to a dense pair index.
class PairIndex {
public:
    explicit PairIndex(size_t expected)
        : m_mask(std::bit_ceil(std::max<size_t>(expected * 2, 1024)) - 1), m_keys(m_mask + 1, kEmpty),
          m_ids(m_mask + 1, 0)
    {}
    quint32 idOf(quint64 key)
    {
        size_t h = slot(key);
        while (m_keys[h] != kEmpty && m_keys[h] != key)
            h = (h + 1) & m_mask;
        if (m_keys[h] == kEmpty) {
            if (keys.size() * 2 > m_mask)
                grow();
            return insertNew(key);
        }
        return m_ids[h];
    }
    std::vector<quint64> keys; // by pair index

private:
    static constexpr quint64 kEmpty = ~0ULL;
    size_t slot(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask; }
    quint32 insertNew(quint64 key)
    {
        size_t h = slot(key);
        while (m_keys[h] != kEmpty)
            h = (h + 1) & m_mask;
        m_keys[h] = key;
        m_ids[h] = quint32(keys.size());
        keys.push_back(key);
        return m_ids[h];
    }
    void grow()
    {
        m_mask = m_mask * 2 + 1;
        m_keys.assign(m_mask + 1, kEmpty);
        m_ids.assign(m_mask + 1, 0);
        std::vector<quint64> old;
        old.swap(keys);
        for (quint64 k : old)
            insertNew(k);
    }
    size_t m_mask;
    std::vector<quint64> m_keys;
    std::vector<quint32> m_ids;
};

// [lo, hi) of the rows of ts inside range (all without one).
std::pair<size_t, size_t> rowsIn(const std::vector<qint64> &ts, std::optional<TimeRange> range)
{
    if (!range)
        return {0, ts.size()};
    return {size_t(std::lower_bound(ts.begin(), ts.end(), range->fromUs) - ts.begin()),
            size_t(std::lower_bound(ts.begin(), ts.end(), range->toUs) - ts.begin())};
}

} // namespace

PairTimes ColumnAggregates::pairTimes(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                                      const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                      qint64 minLookups)
{
    const size_t client = size_t(nameFieldIndex(LookupField::Client)),
                 qname = size_t(nameFieldIndex(LookupField::Qname));
    PairTimes out;
    out.names = std::move(names);
    size_t total = 0;
    for (const auto &d : datasets) {
        if (!d->hasNames(int(client)) || !d->hasNames(int(qname)))
            return out;
        const auto [lo, hi] = rowsIn(d->ts, range);
        total += hi - lo;
    }
    PairIndex index(std::min<size_t>(total, 1 << 20));
    std::vector<quint32> pairOf;
    pairOf.reserve(total);
    const bool all = filter.isEmpty(); // the common case keeps its tight loop
    for (const auto &d : datasets) {
        const auto [lo, hi] = rowsIn(d->ts, range);
        for (size_t i = lo; i < hi; ++i)
            pairOf.push_back(all || filter.passes(*d, i)
                                 ? index.idOf(quint64(d->names[client][i]) << 32 | d->names[qname][i])
                                 : kSkipped);
    }
    // Counting sort of the times by pair.
    const size_t pairs = index.keys.size();
    std::vector<qint64> start(pairs + 1, 0);
    for (quint32 p : pairOf) {
        if (p != kSkipped)
            ++start[p + 1];
    }
    for (size_t p = 0; p < pairs; ++p)
        start[p + 1] += start[p];
    out.times.resize(static_cast<size_t>(start[pairs]));
    std::vector<qint64> fill(start.begin(), start.end() - 1);
    size_t row = 0;
    for (const auto &d : datasets) {
        const auto [lo, hi] = rowsIn(d->ts, range);
        for (size_t i = lo; i < hi; ++i) {
            const quint32 p = pairOf[row++];
            if (p != kSkipped)
                out.times[size_t(fill[p]++)] = d->ts[i];
        }
    }
    for (size_t p = 0; p < pairs; ++p) {
        if (start[p + 1] - start[p] < minLookups)
            continue;
        if (datasets.size() > 1)
            std::sort(out.times.begin() + start[p], out.times.begin() + start[p + 1]);
        out.pairs.push_back({quint32(index.keys[p] >> 32), quint32(index.keys[p]), start[p], start[p + 1]});
    }
    return out;
}

DatasetSilences ColumnAggregates::silences(const DatasetColumns &dataset, std::optional<TimeRange> range, qint64 gapUs)
{
    DatasetSilences out;
    out.datasetId = dataset.datasetId;
    const auto &ts = dataset.ts;
    const auto [lo, hi] = rowsIn(ts, range);
    out.lookups = qint64(hi - lo);
    if (lo == hi)
        return out;
    out.firstUs = ts[lo];
    out.lastUs = ts[hi - 1];
    for (size_t i = lo + 1; i < hi; ++i) {
        if (ts[i] - ts[i - 1] > gapUs)
            out.silences.append({ts[i - 1] + 1, ts[i]});
    }
    return out;
}

QnameCounts ColumnAggregates::qnameCounts(const QList<qint64> &edges, const QList<DatasetColumnsPtr> &datasets,
                                          const LookupFilter &filter)
{
    QnameCounts out;
    out.edges = edges;
    const qsizetype bins = edges.isEmpty() ? 0 : edges.size() - 1;
    out.distinct.fill(0, bins);
    out.firstSeen.fill(0, bins);
    if (bins == 0)
        return out;
    const size_t qname = size_t(nameFieldIndex(LookupField::Qname));
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    std::vector<qint64> firstAt; // by name id: first lookup's time in the whole history
    std::vector<qint32> lastBin; // by name id: last bin it was counted in
    const TimeRange span{edges.front(), edges.back()};
    std::vector<size_t> cursor, end;
    for (const DatasetColumnsPtr &d : datasets) {
        const bool usable = d->hasNames(int(qname));
        for (size_t i = 0; usable && i < d->ts.size(); ++i) {
            if (!filter.passes(*d, i))
                continue;
            const quint32 id = d->names[qname][i];
            if (id >= firstAt.size()) {
                firstAt.resize(size_t(id) + 1, kNever);
                lastBin.resize(size_t(id) + 1, -1);
            }
            firstAt[id] = std::min(firstAt[id], d->ts[i]);
        }
        const auto [lo, hi] = usable ? rowsIn(d->ts, span) : std::pair<size_t, size_t>{0, 0};
        cursor.push_back(lo);
        end.push_back(hi);
    }
    // Distinct names per bin: every dataset's lookups of bin b are visited before bin b + 1,
    // so "already counted in this bin" is one compare with the name's last bin.
    for (qsizetype b = 0; b < bins; ++b) {
        for (qsizetype k = 0; k < datasets.size(); ++k) {
            const DatasetColumns &d = *datasets[k];
            size_t &i = cursor[size_t(k)];
            for (; i < end[size_t(k)] && d.ts[i] < edges[b + 1]; ++i) {
                if (!filter.passes(d, i))
                    continue;
                const quint32 id = d.names[qname][i];
                if (lastBin[id] != qint32(b)) {
                    lastBin[id] = qint32(b);
                    ++out.distinct[b];
                }
            }
        }
    }
    for (qint64 first : firstAt) {
        if (first < span.fromUs || first >= span.toUs)
            continue;
        ++out.firstSeen[std::upper_bound(edges.begin(), edges.end(), first) - edges.begin() - 1];
    }
    return out;
}
