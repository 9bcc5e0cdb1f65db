// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's drill-down: records() and extent(). Matching runs over the in-memory,
// time-sorted columns, loading only the name columns the query's filters and series test (the
// ones its timeline view has loaded already); a page's names are then read from the lookups
// table by rowid, so a drill-down adds no per-lookup memory beyond its matches. A query's
// matching positions are kept (RecordMatches, 8 bytes per match; none for an unfiltered range
// of one dataset), so paging through a million matches costs O(page) per page.
#include "dataset_selection.h"
#include "lookup_filter.h"
#include "sqlite_store.h"

#include "answer_set_text.h"
#include "column_codec.h"
#include "sqlite_db.h"

#include <algorithm>
#include <limits>
#include <tuple>

struct SqliteStore::RecordMatches {
    RecordQuery query; // descending ignored: it only reverses the reading order
    TimelineEngine::NameTable names;
    OwnerDirectoryPtr owners;
    QList<qint64> datasetIds;
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

bool seriesRestricted(const RecordQuery &q)
{
    return q.seriesValue || !q.notIn.isEmpty() || q.seriesIn;
}

// The name columns matching reads: those of the filters, and the split's if a series is chosen.
QList<int> matchColumns(const RecordQuery &q)
{
    BinQuery bins;
    bins.filters = q.filters;
    if (seriesRestricted(q))
        bins.split = q.split;
    bins.excludedPairs = q.excludedPairs;
    return LookupFilter::neededColumns(bins, TimelineEngine::neededNameColumns(bins));
}

// Fills the names of records (their ids set) from the lookups table, one range query per run
// of consecutive rowids. The caller holds the connection. withFlags: the store has flags (v3).
void readNames(SqliteDb &db, QList<LookupRecord> &records, const std::vector<QString> &text, bool withFlags)
{
    std::vector<std::pair<qint64, qsizetype>> order; // rowid, index into records
    order.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        order.emplace_back(records[i].id, i);
    std::sort(order.begin(), order.end());
    Statement st = db.prepare(QByteArray("SELECT rowid, client, qname, qtype, rcode, server, ") +
                              (withFlags ? "flags" : "0") + " FROM lookups WHERE rowid BETWEEN ? AND ?");
    auto name = [&](int column) {
        const qint64 id = st.isNull(column) ? 0 : st.int64(column);
        return id > 0 && size_t(id) < text.size() ? text[size_t(id)] : QString();
    };
    for (size_t first = 0; first < order.size();) {
        size_t last = first;
        while (last + 1 < order.size() && order[last + 1].first <= order[last].first + 1)
            ++last;
        st.reset();
        st.bind(1, order[first].first).bind(2, order[last].first);
        size_t at = first;
        while (st.step()) {
            const qint64 rowid = st.int64(0);
            while (at <= last && order[at].first < rowid)
                ++at;
            for (; at <= last && order[at].first == rowid; ++at) {
                LookupRecord &r = records[order[at].second];
                std::tie(r.client, r.qname, r.qtype, r.rcode, r.server) =
                    std::tuple(name(1), name(2), name(3), name(4), name(5));
                r.flags = quint8(st.int64(6));
            }
        }
        first = last + 1;
    }
}

// Fills the answers of records (their ids and datasets set) from the answers column of the
// lookup_blocks holding them, decoding each block once. The caller holds the connection.
void readAnswers(SqliteDb &db, QList<LookupRecord> &records, const AnswerSetTable &sets)
{
    std::vector<std::tuple<qint64, qint64, qsizetype>> order; // dataset, rowid, index into records
    order.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        order.emplace_back(records[i].dataset, records[i].id, i);
    std::sort(order.begin(), order.end());
    Statement st = db.prepare("SELECT first_rowid, row_count, answers FROM lookup_blocks"
                              " WHERE dataset = ? AND first_rowid <= ? ORDER BY first_rowid DESC LIMIT 1");
    qint64 dataset = -1, first = 0, count = 0;
    std::vector<quint32> ids, ttls;
    for (const auto &[d, rowid, index] : order) {
        if (d != dataset || rowid < first || rowid >= first + count) {
            dataset = d;
            count = 0;
            st.reset();
            st.bind(1, d).bind(2, rowid);
            if (!st.step())
                continue;
            first = st.int64(0);
            count = st.int64(1);
            ids.resize(size_t(count));
            ttls.resize(size_t(count));
            if (!ColumnCodec::decodeAnswers(st.isNull(2) ? QByteArrayView() : st.blob(2), ids.data(), ttls.data(),
                                            count))
                throw Failure(Failure::Kind::Corrupt,
                              QStringLiteral("%1: the answers of dataset %2 are damaged").arg(db.path()).arg(d));
        }
        if (rowid >= first && rowid < first + count) {
            const size_t at = size_t(rowid - first);
            if (ids[at])
                records[index].answers = AnswerSetText::answers(sets.text(ids[at]), ttls[at]);
        }
    }
}

// Per name column, which name ids a lookup may carry (indexed by id); empty: any.
using Acceptance = std::array<std::vector<bool>, kColumnCount>;

void restrict(std::vector<bool> &accept, std::vector<bool> next)
{
    if (accept.empty()) {
        accept = std::move(next);
        return;
    }
    for (size_t i = 0; i < accept.size(); ++i)
        accept[i] = accept[i] && next[i];
}

Acceptance compileAcceptance(const RecordQuery &q, const std::vector<QString> &names, const AnswerSetTable &sets,
                             const DerivedFields &derived)
{
    Acceptance out;
    for (const FieldFilter &f : q.filters) {
        if (f.field != LookupField::Dataset)
            restrict(out[size_t(nameFieldIndex(f.field))], LookupFilter::matchingIds(f, names, &sets, derived));
    }
    if (q.split && *q.split != LookupField::Dataset && seriesRestricted(q)) {
        const int column = nameFieldIndex(*q.split);
        const bool answer = column == kAnswerColumn;
        // An owner field's series are its values; the column's ids map to them.
        const auto found = derived.find(*q.split);
        const DerivedValues *owner = found != derived.end() ? found->second.get() : nullptr;
        const std::vector<QString> &values = owner ? owner->values
            : answer                               ? sets.values()
                                                   : columnValues(column, names);
        std::vector<bool> pass(values.size());
        for (size_t id = 0; id < values.size(); ++id)
            pass[id] = DatasetSelection::seriesWanted(q, id == 0 ? QString(kNone) : values[id]);
        if (owner) {
            std::vector<bool> byName(std::max<size_t>(names.size(), 1));
            for (size_t id = 0; id < byName.size(); ++id)
                byName[id] = pass[owner->of(quint32(id))];
            pass = std::move(byName);
        }
        if (answer) {
            // A lookup is in a series of answers when one of its answers is (see TimelineEngine).
            std::vector<bool> bySet(std::max<size_t>(sets.size(), 1));
            bySet[0] = pass[0];
            for (quint32 set = 1; set < sets.size(); ++set) {
                const auto ids = sets.valuesOf(set);
                bySet[set] = std::any_of(ids.begin(), ids.end(), [&](quint32 v) { return pass[v]; });
            }
            pass = std::move(bySet);
        }
        restrict(out[size_t(column)], std::move(pass));
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
    return DatasetSelection::extent(datasets(), datasetIds);
}

RecordPage SqliteStore::records(const RecordQuery &query, qint64 offset, qint64 limit)
{
    RecordQuery key = query;
    key.descending = false;
    const QList<int> needed = matchColumns(query);
    QList<DatasetColumnsPtr> chosen;
    const QList<qint64> chosenIds = DatasetSelection::forRecords(query, datasets());
    const TimelineEngine::NameTable nameTable = names();
    const OwnerDirectoryPtr owners = ownerDirectory(query.ownerDatabases);

    // The names table is replaced on every commit of another connection, so an equal pointer
    // means the same data.
    std::shared_ptr<const RecordMatches> matches;
    {
        std::lock_guard guard(m_recordMutex);
        if (m_recordMatches && m_recordMatches->query == key && m_recordMatches->names == nameTable &&
            m_recordMatches->owners == owners && m_recordMatches->datasetIds == chosenIds)
            matches = m_recordMatches;
    }
    for (qint64 id : std::as_const(chosenIds))
        chosen.append(columns(id, matches ? QList<int>{} : needed));
    if (!matches) {
        auto built = std::make_shared<RecordMatches>();
        built->query = key;
        built->names = nameTable;
        built->owners = owners;
        built->datasetIds = chosenIds;
        BinQuery asked;
        asked.split = seriesRestricted(query) ? query.split : std::nullopt;
        asked.filters = query.filters;
        asked.ownerDatabases = query.ownerDatabases;
        const Acceptance acc =
            compileAcceptance(query, *nameTable, *answerSets(), ownerValues(asked, nameTable, chosen));
        const LookupFilter exclusions({}, query.excludedPairs, *nameTable);
        const bool anyTest =
            !exclusions.isEmpty() || std::any_of(acc.begin(), acc.end(), [](const auto &a) { return !a.empty(); });
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
                    if (!anyTest || (accepted(acc, d, size_t(i)) && exclusions.passes(d, size_t(i))))
                        built->keys.push_back((quint64(k) << 40) | quint64(i));
                }
            }
            if (chosen.size() > 1) {
                const auto tsOf = [&](quint64 k) {
                    return chosen[qsizetype(k >> 40)]->ts[k & ((quint64(1) << 40) - 1)];
                };
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
    page.records.reserve(end - page.offset);
    for (qint64 i = page.offset; i < end; ++i) {
        const auto [k, row] = matches->at(query.descending ? page.total - 1 - i : i);
        const DatasetColumns &d = *chosen[k];
        LookupRecord r;
        r.id = d.firstRowid + row;
        r.dataset = d.datasetId;
        r.tsUs = d.ts[size_t(row)];
        page.records.append(std::move(r));
    }
    const AnswerSetTablePtr sets = m_schemaVersion >= 5 ? answerSets() : nullptr;
    {
        std::lock_guard guard(m_mutex);
        readNames(*m_db, page.records, *nameTable, m_schemaVersion >= 3);
        if (sets)
            readAnswers(*m_db, page.records, *sets);
    }
    owners->label(page.records);
    return page;
}
