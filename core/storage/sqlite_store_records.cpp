// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's drill-down: records() and extent(), answered from the in-memory, time-sorted
// columns and the names table, without SQL. A query's matching positions are kept
// (RecordMatches, 8 bytes per match; none for an unfiltered range of one dataset), so
// paging through a million matches costs O(page) per page.
#include "sqlite_store.h"

#include "timeline/name_glob.h"

#include <algorithm>
#include <limits>

struct SqliteStore::RecordMatches {
    RecordQuery query; // descending ignored: it only reverses the reading order
    TimelineEngine::NameTable names;
    QList<DatasetColumnsPtr> datasets;
    // Contiguous: the matches are positions [lo, hi) of datasets[0]; else keys, in time order,
    // each (index into datasets << 40) | position.
    bool contiguous = false;
    qint64 lo = 0, hi = 0;
    std::vector<quint64> keys;

    qint64 total() const { return contiguous ? hi - lo : qint64(keys.size()); }
    std::pair<qsizetype, qint64> at(qint64 i) const
    {
        if (contiguous)
            return {0, lo + i};
        const quint64 key = keys[size_t(i)];
        return {qsizetype(key >> 40), qint64(key & ((quint64(1) << 40) - 1))};
    }
};

namespace {

constexpr QLatin1StringView kNone("(none)");

// Per name column, which name ids a lookup may carry (indexed by id); empty: any.
using Acceptance = std::array<std::vector<bool>, 5>;

void restrict(std::vector<bool> &accept, std::vector<bool> next)
{
    if (accept.empty()) {
        accept = std::move(next);
        return;
    }
    for (size_t i = 0; i < accept.size(); ++i)
        accept[i] = accept[i] && next[i];
}

Acceptance compileAcceptance(const RecordQuery &q, const std::vector<QString> &names)
{
    Acceptance out;
    for (const FieldFilter &f : q.filters) {
        if (f.field == LookupField::Dataset)
            continue;
        restrict(out[size_t(nameFieldIndex(f.field))], NameGlob::matchingIds(f.glob, names));
    }
    if (q.split && *q.split != LookupField::Dataset && (q.seriesValue || !q.notIn.isEmpty())) {
        std::vector<bool> pass(names.size(), !q.seriesValue);
        auto text = [&](size_t id) { return id == 0 ? QString(kNone) : names[id]; };
        for (size_t id = 0; id < names.size(); ++id)
            pass[id] = q.seriesValue ? text(id) == *q.seriesValue : !q.notIn.contains(text(id));
        restrict(out[size_t(nameFieldIndex(*q.split))], std::move(pass));
    }
    return out;
}

bool accepted(const Acceptance &acc, const DatasetColumns &d, size_t row)
{
    for (size_t c = 0; c < acc.size(); ++c) {
        if (acc[c].empty())
            continue;
        const quint32 id = d.names[c][row];
        if (id >= acc[c].size() || !acc[c][id])
            return false;
    }
    return true;
}

} // namespace

TimeRange SqliteStore::extent(const QList<qint64> &datasetIds)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const DatasetInfo &d : datasets()) {
        if ((!datasetIds.isEmpty() && !datasetIds.contains(d.id)) || d.records == 0)
            continue;
        lo = std::min(lo, d.tsMinUs);
        hi = std::max(hi, d.tsMaxUs);
    }
    return lo > hi ? TimeRange{} : TimeRange{lo, hi + 1};
}

RecordPage SqliteStore::records(const RecordQuery &query, qint64 offset, qint64 limit)
{
    RecordQuery key = query;
    key.descending = false;
    const QList<int> allNames = {0, 1, 2, 3, 4};
    QList<DatasetColumnsPtr> chosen;
    for (const DatasetInfo &d : datasets()) {
        if (!query.datasets.isEmpty() && !query.datasets.contains(d.id))
            continue;
        if (query.split == LookupField::Dataset) {
            const bool wanted = query.seriesValue ? d.name == *query.seriesValue : !query.notIn.contains(d.name);
            if (!wanted)
                continue;
        }
        chosen.append(columns(d.id, allNames));
    }
    const TimelineEngine::NameTable nameTable = names();

    std::shared_ptr<const RecordMatches> matches;
    {
        std::lock_guard guard(m_recordMutex);
        if (m_recordMatches && m_recordMatches->query == key && m_recordMatches->names == nameTable
            && m_recordMatches->datasets == chosen)
            matches = m_recordMatches;
    }
    if (!matches) {
        auto built = std::make_shared<RecordMatches>();
        built->query = key;
        built->names = nameTable;
        built->datasets = chosen;
        const Acceptance acc = compileAcceptance(query, *nameTable);
        const bool anyTest = std::any_of(acc.begin(), acc.end(), [](const auto &a) { return !a.empty(); });
        auto bounds = [&](const DatasetColumns &d) {
            const auto from = std::lower_bound(d.ts.begin(), d.ts.end(), query.range.fromUs) - d.ts.begin();
            const auto to = std::lower_bound(d.ts.begin(), d.ts.end(), query.range.toUs) - d.ts.begin();
            return std::pair<qint64, qint64>(from, std::max(from, to));
        };
        if (!anyTest && chosen.size() == 1) {
            built->contiguous = true;
            std::tie(built->lo, built->hi) = bounds(*chosen.front());
        } else {
            for (qsizetype k = 0; k < chosen.size(); ++k) {
                const DatasetColumns &d = *chosen[k];
                const auto [from, to] = bounds(d);
                for (qint64 i = from; i < to; ++i) {
                    if (!anyTest || accepted(acc, d, size_t(i)))
                        built->keys.push_back((quint64(k) << 40) | quint64(i));
                }
            }
            if (chosen.size() > 1) {
                const auto tsOf = [&](quint64 k) { return chosen[qsizetype(k >> 40)]->ts[k & ((quint64(1) << 40) - 1)]; };
                std::stable_sort(built->keys.begin(), built->keys.end(),
                                 [&](quint64 a, quint64 b) { return tsOf(a) < tsOf(b); });
            }
        }
        std::lock_guard guard(m_recordMutex);
        m_recordMatches = built;
        matches = built;
    }

    RecordPage page;
    page.total = matches->total();
    page.offset = std::clamp<qint64>(offset, 0, page.total);
    const qint64 end = std::min(page.total, page.offset + std::max<qint64>(limit, 0));
    const std::vector<QString> &text = *nameTable;
    auto name = [&](const DatasetColumns &d, int column, qint64 row) {
        const quint32 id = d.names[size_t(column)][size_t(row)];
        return id < text.size() ? text[id] : QString();
    };
    page.records.reserve(end - page.offset);
    for (qint64 i = page.offset; i < end; ++i) {
        const auto [k, row] = matches->at(query.descending ? page.total - 1 - i : i);
        const DatasetColumns &d = *matches->datasets[k];
        page.records.append({d.firstRowid + row, d.datasetId, d.ts[size_t(row)], name(d, 0, row), name(d, 1, row),
                             name(d, 2, row), name(d, 3, row), name(d, 4, row)});
    }
    return page;
}
