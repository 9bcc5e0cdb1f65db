// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_columns.h"
#include "failure.h"
#include "lookup_aggregates.h"
#include "lookup_filter.h"
#include "pair_gaps_builder.h"
#include "pair_index.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

// The aggregates of lookup_aggregates.h computed from time-sorted columns: what SqliteStore
// answers LookupStore::pairTimes, silences and qnameCounts with (a server-side store computes
// the same by SQL). Only the lookups the filter passes count (pass LookupFilter::forQuery of
// the view, with LookupFilter::neededColumns loaded besides the columns each function names).
// Each algorithm walks cursors over the lookups (valid(), ts(), block(), row(), next(): rows
// of a DatasetColumns, in time order), so that it runs alike over columns in memory
// (ColumnsCursor) and over a store's blocks decoded one at a time (BlockCursor): `cursorOf(k,
// range)` makes a cursor over dataset k's lookups in the range (none: all of them).
// Stateless; thread-safe.
class ColumnAggregates {
public:
    // A cursor over the rows [row, end) of columns in memory.
    struct ColumnsCursor {
        const DatasetColumns *d;
        size_t i, end;
        ColumnsCursor(const DatasetColumns &columns, std::optional<TimeRange> range);
        bool valid() const { return i < end; }
        qint64 ts() const { return d->ts[i]; }
        const DatasetColumns &block() const { return *d; }
        size_t row() const { return i; }
        void next() { ++i; }
    };

    // Needs the client and qname columns. Pairs with fewer than minLookups lookups are left
    // out. Cost: O(lookups): one hash probe per lookup in each of two passes; 8 bytes per time
    // kept, 24 per pair.
    static PairTimes pairTimes(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                               const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                               qint64 minLookups);
    template<typename CursorOf>
    static PairTimes pairTimesOver(qsizetype datasets, CursorOf &&cursorOf, std::optional<TimeRange> range,
                                   const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                   qint64 minLookups);

    // The same as gaps (PairGaps), streamed: the datasets' cursors are merged in time order
    // and each lookup goes to a PairGapsBuilder, so only the gaps are held. Needs the client
    // and qname columns. walked(lookups so far), if given, is called every 2^20 lookups; when
    // it returns false the walk stops with Failure (Cancelled). Cost: O(lookups): one hash
    // probe each, a compare per dataset.
    static PairGaps pairGaps(const QList<DatasetColumnsPtr> &datasets, std::optional<TimeRange> range,
                             const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                             qint64 minLookups);
    template<typename CursorOf>
    static PairGaps pairGapsOver(qsizetype datasets, CursorOf &&cursorOf, std::optional<TimeRange> range,
                                 const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                 qint64 minLookups, const std::function<bool(qint64)> &walked = {});

    // No filter: coverage is about the sensor. Cost: one pass over the range's times.
    static DatasetSilences silences(const DatasetColumns &dataset, std::optional<TimeRange> range, qint64 gapUs);
    template<typename Cursor>
    static DatasetSilences silencesOver(qint64 datasetId, Cursor &&cursor, qint64 gapUs);

    // Needs the qname column. Cost: one pass over all the datasets' lookups (first sightings)
    // and one over the edges' span; 12 bytes per distinct name.
    static QnameCounts qnameCounts(const QList<qint64> &edges, const QList<DatasetColumnsPtr> &datasets,
                                   const LookupFilter &filter);
    template<typename CursorOf>
    static QnameCounts qnameCountsOver(const QList<qint64> &edges, qsizetype datasets, CursorOf &&cursorOf,
                                       const LookupFilter &filter);
};

template<typename CursorOf>
PairTimes ColumnAggregates::pairTimesOver(qsizetype datasets, CursorOf &&cursorOf, std::optional<TimeRange> range,
                                          const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                          qint64 minLookups)
{
    const size_t client = size_t(nameFieldIndex(LookupField::Client)),
                 qname = size_t(nameFieldIndex(LookupField::Qname));
    const bool all = filter.isEmpty(); // the common case keeps its tight loop
    PairTimes out;
    out.names = std::move(names);
    // Count each pair's lookups, then place the times of the pairs that have enough.
    PairIndex index(1 << 16);
    std::vector<qint64> count;
    for (qsizetype k = 0; k < datasets; ++k) {
        for (auto c = cursorOf(k, range); c.valid(); c.next()) {
            const DatasetColumns &d = c.block();
            if (!all && !filter.passes(d, c.row()))
                continue;
            const quint32 p = index.idOf(PairIndex::keyOf(d.names[client][c.row()], d.names[qname][c.row()]));
            if (p >= count.size())
                count.resize(size_t(p) + 1, 0);
            ++count[p];
        }
    }
    std::vector<qint64> start(count.size(), -1);
    qint64 total = 0;
    for (size_t p = 0; p < count.size(); ++p) {
        if (count[p] >= minLookups) {
            out.pairs.push_back({quint32(index.keys[p] >> 32), quint32(index.keys[p]), total, total + count[p]});
            start[p] = total;
            total += count[p];
        }
    }
    out.times.resize(size_t(total));
    if (total > 0) {
        for (qsizetype k = 0; k < datasets; ++k) {
            for (auto c = cursorOf(k, range); c.valid(); c.next()) {
                const DatasetColumns &d = c.block();
                if (!all && !filter.passes(d, c.row()))
                    continue;
                const quint32 p = index.find(PairIndex::keyOf(d.names[client][c.row()], d.names[qname][c.row()]));
                if (start[p] >= 0)
                    out.times[size_t(start[p]++)] = c.ts();
            }
        }
    }
    if (datasets > 1) {
        for (const PairTimes::Pair &p : out.pairs)
            std::sort(out.times.begin() + p.begin, out.times.begin() + p.end);
    }
    return out;
}

template<typename CursorOf>
PairGaps ColumnAggregates::pairGapsOver(qsizetype datasets, CursorOf &&cursorOf, std::optional<TimeRange> range,
                                        const LookupFilter &filter, std::shared_ptr<const std::vector<QString>> names,
                                        qint64 minLookups, const std::function<bool(qint64)> &walked)
{
    const size_t client = size_t(nameFieldIndex(LookupField::Client)),
                 qname = size_t(nameFieldIndex(LookupField::Qname));
    const bool all = filter.isEmpty();
    PairGapsBuilder builder(minLookups);
    qint64 seen = 0;
    const auto take = [&](const auto &c) {
        if ((++seen & 0xfffff) == 0 && walked && !walked(seen))
            throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
        const DatasetColumns &d = c.block();
        if (all || filter.passes(d, c.row()))
            builder.add(d.names[client][c.row()], d.names[qname][c.row()], c.ts());
    };
    using Cursor = decltype(cursorOf(0, range));
    std::vector<Cursor> cursors;
    for (qsizetype k = 0; k < datasets; ++k)
        cursors.push_back(cursorOf(k, range));
    if (cursors.size() == 1) {
        for (Cursor &c = cursors.front(); c.valid(); c.next())
            take(c);
    } else {
        // Merged in time order, so that each pair's lookups come in order.
        for (;;) {
            Cursor *first = nullptr;
            for (Cursor &c : cursors) {
                if (c.valid() && (!first || c.ts() < first->ts()))
                    first = &c;
            }
            if (!first)
                break;
            take(*first);
            first->next();
        }
    }
    return builder.finish(std::move(names));
}

template<typename Cursor>
DatasetSilences ColumnAggregates::silencesOver(qint64 datasetId, Cursor &&c, qint64 gapUs)
{
    DatasetSilences out;
    out.datasetId = datasetId;
    if (!c.valid())
        return out;
    out.firstUs = out.lastUs = c.ts();
    for (; c.valid(); c.next()) {
        const qint64 t = c.ts();
        if (t - out.lastUs > gapUs)
            out.silences.append({out.lastUs + 1, t});
        out.lastUs = t;
        ++out.lookups;
    }
    return out;
}

template<typename CursorOf>
QnameCounts ColumnAggregates::qnameCountsOver(const QList<qint64> &edges, qsizetype datasets, CursorOf &&cursorOf,
                                              const LookupFilter &filter)
{
    QnameCounts out = QnameCounts::zeroed(edges);
    const qsizetype bins = out.distinct.size();
    if (bins == 0)
        return out;
    const size_t qname = size_t(nameFieldIndex(LookupField::Qname));
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    std::vector<qint64> firstAt; // by name id: first lookup's time in the whole history
    std::vector<qint32> lastBin; // by name id: last bin it was counted in
    const auto grow = [&](quint32 id) {
        if (id >= firstAt.size()) {
            firstAt.resize(size_t(id) + 1, kNever);
            lastBin.resize(size_t(id) + 1, -1);
        }
    };
    for (qsizetype k = 0; k < datasets; ++k) {
        for (auto c = cursorOf(k, std::nullopt); c.valid(); c.next()) {
            if (!filter.passes(c.block(), c.row()))
                continue;
            const quint32 id = c.block().names[qname][c.row()];
            grow(id);
            firstAt[id] = std::min(firstAt[id], c.ts());
        }
    }
    // Distinct names per bin: every dataset's lookups of bin b are visited before bin b + 1,
    // so "already counted in this bin" is one compare with the name's last bin.
    const TimeRange span{edges.front(), edges.back()};
    using Cursor = decltype(cursorOf(0, std::optional<TimeRange>(span)));
    std::vector<Cursor> cursors;
    for (qsizetype k = 0; k < datasets; ++k)
        cursors.push_back(cursorOf(k, std::optional<TimeRange>(span)));
    for (qsizetype b = 0; b < bins; ++b) {
        for (Cursor &c : cursors) {
            for (; c.valid() && c.ts() < edges[b + 1]; c.next()) {
                if (!filter.passes(c.block(), c.row()))
                    continue;
                const quint32 id = c.block().names[qname][c.row()];
                grow(id);
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
