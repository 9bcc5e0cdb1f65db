// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's drill-down: records(), recordsUncounted() and extent(). The query's matches
// are found in the blocks (RecordMatches, kept while the drill-down pages through the query);
// a page's names come from the lookups table by rowid and its answers from its blocks.
#include "dataset_selection.h"
#include "lookup_filter.h"
#include "record_matches.h"
#include "sqlite_store.h"

#include "answer_set_text.h"
#include "column_codec.h"
#include "sqlite_db.h"

#include <algorithm>
#include <limits>
#include <tuple>

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
        // An answer owner field's series are those of its mapped answer sets.
        const AnswerSetTable &setTable = owner && owner->sets ? *owner->sets : sets;
        const std::vector<QString> &values = owner ? owner->values
            : answer                               ? sets.values()
                                                   : columnValues(column, names);
        std::vector<bool> pass(values.size());
        for (size_t id = 0; id < values.size(); ++id)
            pass[id] = DatasetSelection::seriesWanted(q, id == 0 ? QString(kNone) : values[id]);
        if (owner && !answer) {
            std::vector<bool> byName(std::max<size_t>(names.size(), 1));
            for (size_t id = 0; id < byName.size(); ++id)
                byName[id] = pass[owner->of(quint32(id))];
            pass = std::move(byName);
        }
        if (answer) {
            // A lookup is in a series of answers when one of its answers is (see TimelineEngine).
            std::vector<bool> bySet(std::max<size_t>(setTable.size(), 1));
            bySet[0] = pass[0];
            for (quint32 set = 1; set < setTable.size(); ++set) {
                const auto ids = setTable.valuesOf(set);
                bySet[set] =
                    ids.empty() ? pass[0] : std::any_of(ids.begin(), ids.end(), [&](quint32 v) { return pass[v]; });
            }
            pass = std::move(bySet);
        }
        restrict(out[size_t(column)], std::move(pass));
    }
    return out;
}

} // namespace

TimeRange SqliteStore::extent(const QList<qint64> &datasetIds)
{
    return DatasetSelection::extent(datasets(), datasetIds);
}

std::shared_ptr<const RecordMatches> SqliteStore::recordMatches(const RecordQuery &query)
{
    RecordQuery key = query;
    key.descending = false;
    {
        std::lock_guard guard(m_mutex);
        refreshIfChanged();
    }
    const QList<qint64> chosenIds = DatasetSelection::forRecords(query, datasets());
    const TimelineEngine::NameTable nameTable = names();
    const OwnerDirectoryPtr owners = ownerDirectory(query.ownerDatabases);
    // The names table is replaced on every commit of another connection, so an equal pointer
    // means the same data.
    {
        std::lock_guard guard(m_recordMutex);
        if (m_recordMatches && m_recordMatches->query == key && m_recordMatches->names == nameTable &&
            m_recordMatches->owners == owners && m_recordMatches->datasetIds == chosenIds)
            return m_recordMatches;
    }
    auto built = std::make_shared<RecordMatches>();
    built->query = key;
    built->names = nameTable;
    built->owners = owners;
    built->datasetIds = chosenIds;
    built->columns = matchColumns(query);
    BinQuery asked; // the owner fields the filters and the chosen series read
    asked.split = seriesRestricted(query) ? query.split : std::nullopt;
    asked.filters = query.filters;
    asked.ownerDatabases = query.ownerDatabases;
    QList<ViewDataset> chosen;
    for (qint64 id : std::as_const(chosenIds))
        chosen.append({id, {}, {}});
    built->acceptance = compileAcceptance(query, *nameTable, *answerSets(), ownerValues(asked, nameTable, chosen));
    built->exclusions = LookupFilter({}, query.excludedPairs, *nameTable);
    built->anyTest = !built->exclusions.isEmpty() ||
        std::any_of(built->acceptance.begin(), built->acceptance.end(), [](const auto &a) { return !a.empty(); });
    for (qint64 id : std::as_const(chosenIds)) {
        RecordMatches::PerDataset &set = built->sets.emplace_back();
        set.index = m_source->index(id);
        std::tie(set.firstBlock, set.lastBlock) = set.index->overlapping(query.range);
        set.counts = std::make_unique<std::atomic<qint64>[]>(set.size());
        for (size_t j = 0; j < set.size(); ++j) {
            set.counts[j].store(RecordPage::kUncounted, std::memory_order_relaxed);
            built->byStart.emplace_back(built->sets.size() - 1, j);
        }
    }
    std::sort(built->byStart.begin(), built->byStart.end(), [&](const auto &a, const auto &b) {
        return std::tuple(built->sets[a.first].block(a.second).tsMin, a.first, a.second) <
            std::tuple(built->sets[b.first].block(b.second).tsMin, b.first, b.second);
    });
    std::lock_guard guard(m_recordMutex);
    m_recordMatches = built;
    return built;
}

RecordPage SqliteStore::records(const RecordQuery &query, qint64 offset, qint64 limit)
{
    return readPage(query, offset, limit, true);
}

RecordPage SqliteStore::recordsUncounted(const RecordQuery &query, qint64 offset, qint64 limit)
{
    return readPage(query, offset, limit, false);
}

RecordPage SqliteStore::readPage(const RecordQuery &query, qint64 offset, qint64 limit, bool counted)
{
    const std::shared_ptr<const RecordMatches> matches = recordMatches(query);
    LookupSource &source = *m_source;
    RecordPage page;
    page.total = counted ? matches->countAll(source) : matches->knownTotal();
    offset = std::max<qint64>(offset, 0);
    limit = std::max<qint64>(limit, 0);
    if (page.total >= 0)
        offset = std::min(offset, page.total);
    // No more than there are (when known), and offset + limit never overflows.
    limit = std::min(limit, page.total >= 0 ? page.total - offset : std::numeric_limits<qint64>::max() - offset);
    page.offset = offset;
    // Ascending matches [from, from + n), reversed for a descending page.
    std::optional<RecordMatches::Start> start;
    qint64 n = limit;
    if (limit > 0 && query.descending && page.total < 0) {
        start = matches->startOfLast(source, offset + limit);
        if (!start) // fewer matches than offset + limit: every block is counted now
            page.total = matches->knownTotal();
    }
    if (limit > 0 && !start && (!query.descending || page.total >= 0)) {
        qint64 from = offset;
        if (query.descending) {
            page.offset = offset = std::min(offset, page.total);
            from = std::max<qint64>(page.total - offset - limit, 0);
            n = page.total - offset - from;
        }
        if (n > 0)
            start = matches->startOf(source, from);
        if (!start && page.total < 0) { // no match at from: every block is counted now
            page.total = matches->knownTotal();
            page.offset = std::min(offset, page.total);
        }
    }
    if (start) {
        page.records = matches->read(source, *start, n);
        // A short ascending page read to the last match: the total is known from it.
        if (page.total < 0 && !query.descending && qint64(page.records.size()) < n)
            page.total = offset + page.records.size();
        if (query.descending)
            std::reverse(page.records.begin(), page.records.end());
    }
    const AnswerSetTablePtr sets = m_schemaVersion >= 5 ? answerSets() : nullptr;
    {
        std::lock_guard guard(m_mutex);
        readNames(*m_db, page.records, *matches->names, m_schemaVersion >= 3);
        if (sets)
            readAnswers(*m_db, page.records, *sets);
    }
    matches->owners->label(page.records);
    return page;
}
