// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's drill-down: records() and extent(). A query's matches are counted once per
// block (RecordMatches: one count per block of 65,536 lookups, whatever the number of
// matches; a block wholly inside an unfiltered range is counted without decoding it). A page
// is then found from those counts (one dataset) or by a search over time (several, merged in
// time order), and read from the blocks it spans; its names come from the lookups table by
// rowid. So a drill-down into a billion lookups holds a few blocks, not its matches.
#include "block_cursor.h"
#include "dataset_selection.h"
#include "lookup_filter.h"
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

// What a records() query matches, kept while the drill-down pages through it.
struct SqliteStore::RecordMatches {
    RecordQuery query; // descending ignored: it only reverses the reading order
    TimelineEngine::NameTable names;
    OwnerDirectoryPtr owners; // labels the owner fields of its records and of its filters
    QList<qint64> datasetIds;
    QList<int> columns;
    Acceptance acceptance;
    LookupFilter exclusions;
    bool anyTest = false;
    // Per dataset: the blocks [firstBlock, …) overlapping the range, and before[j] the matches in
    // the blocks before firstBlock + j (before.back(): all of the dataset's).
    struct PerDataset {
        size_t firstBlock = 0;
        std::vector<qint64> before;
    };
    std::vector<PerDataset> sets;
    qint64 total = 0;

    bool matches(const DatasetColumns &d, size_t row) const
    {
        if (!anyTest)
            return true;
        for (size_t c = 0; c < acceptance.size(); ++c) {
            if (acceptance[c].empty())
                continue;
            const quint32 id = d.names[c][row];
            if (id >= acceptance[c].size() || !acceptance[c][id])
                return false;
        }
        return exclusions.passes(d, row);
    }
};

TimeRange SqliteStore::extent(const QList<qint64> &datasetIds)
{
    return DatasetSelection::extent(datasets(), datasetIds);
}

std::shared_ptr<const SqliteStore::RecordMatches> SqliteStore::recordMatches(const RecordQuery &query)
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
        RecordMatches::PerDataset set;
        const auto index = m_source->index(id);
        const auto [first, last] = index->overlapping(query.range);
        set.firstBlock = first;
        set.before.assign(1, 0);
        for (size_t b = first; b < last; ++b) {
            const LookupBlockIndex::Block &block = index->blocks[b];
            qint64 n = 0;
            if (!built->anyTest && query.range.fromUs <= block.tsMin && block.tsMax < query.range.toUs) {
                n = block.rows;
            } else {
                LookupCounter::throwIfCancelled();
                const DatasetColumnsPtr d = m_source->block(id, b, built->columns, last - first <= 2);
                const auto lo = std::lower_bound(d->ts.begin(), d->ts.end(), query.range.fromUs) - d->ts.begin();
                const auto hi = std::lower_bound(d->ts.begin(), d->ts.end(), query.range.toUs) - d->ts.begin();
                for (auto i = lo; i < hi; ++i)
                    n += built->matches(*d, size_t(i)) ? 1 : 0;
            }
            set.before.push_back(set.before.back() + n);
        }
        built->total += set.before.back();
        built->sets.push_back(std::move(set));
    }
    std::lock_guard guard(m_recordMutex);
    m_recordMatches = built;
    return built;
}

RecordPage SqliteStore::records(const RecordQuery &query, qint64 offset, qint64 limit)
{
    const std::shared_ptr<const RecordMatches> matches = recordMatches(query);
    RecordPage page;
    page.total = matches->total;
    page.offset = std::clamp<qint64>(offset, 0, page.total);
    const qint64 end = std::min(page.total, page.offset + std::max<qint64>(limit, 0));
    if (end > page.offset) {
        // Descending pages are the ascending matches [total − end, total − offset), reversed.
        const qint64 from = query.descending ? page.total - end : page.offset;
        page.records = readMatches(*matches, from, end - page.offset);
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

QList<LookupRecord> SqliteStore::readMatches(const RecordMatches &m, qint64 from, qint64 count)
{
    const TimeRange range = m.query.range;
    std::vector<BlockCursor> cursors;
    qint64 skip = 0; // matches to pass over from the cursors' positions
    const auto skipToMatch = [&](BlockCursor &c) {
        while (c.valid() && !m.matches(c.block(), c.row()))
            c.next();
    };
    if (m.sets.size() == 1) {
        // One dataset: the block of match `from` is found from the counts.
        const RecordMatches::PerDataset &set = m.sets.front();
        const size_t j = size_t(std::upper_bound(set.before.begin(), set.before.end(), from) - set.before.begin() - 1);
        cursors.emplace_back(*m_source, m.datasetIds.front(), range, m.columns, true, set.firstBlock + j);
        skip = from - set.before[j];
    } else {
        // Several, merged by (time, dataset, rowid): the time t of match `from` is the
        // smallest with more than `from` matches at or before it.
        const auto matchesBefore = [&](qint64 t) {
            qint64 n = 0;
            for (size_t k = 0; k < m.sets.size(); ++k) {
                const RecordMatches::PerDataset &set = m.sets[k];
                const auto index = m_source->index(m.datasetIds[qsizetype(k)]);
                // Blocks that end before t count whole; the one that straddles t is read.
                size_t j = 0;
                while (j + 1 < set.before.size() && index->blocks[set.firstBlock + j].tsMax < t)
                    ++j;
                n += set.before[j];
                if (j + 1 < set.before.size() && index->blocks[set.firstBlock + j].tsMin < t) {
                    BlockCursor c(*m_source, m.datasetIds[qsizetype(k)], {range.fromUs, std::min(t, range.toUs)},
                                  m.columns, true, set.firstBlock + j);
                    for (; c.valid() && c.ts() < t; c.next())
                        n += m.matches(c.block(), c.row()) ? 1 : 0;
                }
            }
            return n;
        };
        qint64 lo = range.fromUs, hi = range.toUs - 1; // the answer is in [lo, hi]
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (matchesBefore(mid + 1) > from)
                hi = mid;
            else
                lo = mid + 1;
        }
        skip = from - matchesBefore(lo);
        for (qsizetype k = 0; k < m.datasetIds.size(); ++k) {
            cursors.emplace_back(*m_source, m.datasetIds[k], range, m.columns, true);
            cursors.back().seek(lo);
        }
    }
    for (BlockCursor &c : cursors)
        skipToMatch(c);
    QList<LookupRecord> out;
    out.reserve(count);
    while (qint64(out.size()) < count) {
        // The next match in (time, dataset) order.
        BlockCursor *next = nullptr;
        size_t nextK = 0;
        for (size_t k = 0; k < cursors.size(); ++k) {
            if (cursors[k].valid() && (!next || cursors[k].ts() < next->ts()))
                next = &cursors[k], nextK = k;
        }
        if (!next)
            break;
        if (skip > 0) {
            --skip;
        } else {
            LookupRecord r;
            r.id = next->rowid();
            r.dataset = m.datasetIds[qsizetype(nextK)];
            r.tsUs = next->ts();
            out.append(std::move(r));
        }
        next->next();
        skipToMatch(*next);
    }
    return out;
}
