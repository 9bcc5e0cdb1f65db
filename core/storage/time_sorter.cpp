// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_sorter.h"

#include "sqlite_db.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>

namespace {
bool earlier(const LookupRow &a, const LookupRow &b)
{
    return a.tsUs < b.tsUs;
}

// One sorted source in the final merge, read in slices.
struct MergeInput {
    std::vector<LookupRow> buffer;
    size_t pos = 0;
    std::function<qsizetype(LookupRow *, qsizetype)> refill;
    bool next()
    {
        if (++pos < buffer.size())
            return true;
        buffer.resize(8192);
        const qsizetype n = refill(buffer.data(), qsizetype(buffer.size()));
        buffer.resize(size_t(n));
        pos = 0;
        return n > 0;
    }
    const LookupRow &row() const { return buffer[pos]; }
};
} // namespace

TimeSorter::TimeSorter(qsizetype chunkRows, Emit output)
    : m_chunkRows(std::max<qsizetype>(chunkRows, 2)), m_emit(std::move(output)),
      m_lastEmitted(std::numeric_limits<qint64>::min())
{
    m_pending.reserve(size_t(m_chunkRows));
}

TimeSorter::~TimeSorter() = default;

void TimeSorter::push(std::span<const LookupRow> rows)
{
    while (!rows.empty()) {
        const size_t room = size_t(m_chunkRows) - m_pending.size();
        const auto part = rows.first(std::min(room, rows.size()));
        rows = rows.subspan(part.size());
        if (!m_spilling) {
            for (const LookupRow &row : part) {
                if (row.tsUs < m_lastEmitted) {
                    m_spilling = true;
                    break;
                }
            }
        }
        m_pending.insert(m_pending.end(), part.begin(), part.end());
        if (qsizetype(m_pending.size()) < m_chunkRows)
            continue;
        if (m_spilling) {
            spillPending();
        } else {
            sortPending();
            emitSorted(m_pending.size() / 2);
        }
    }
}

// m_pending[0, m_sortedRows) is sorted already (what emitSorted kept back); the rows pushed
// since, by any number of push() calls, are not: sort them and merge the two.
void TimeSorter::sortPending()
{
    const size_t sortedPrefix = m_sortedRows;
    const auto mid = m_pending.begin() + qsizetype(sortedPrefix);
    if (!std::is_sorted(mid, m_pending.end(), earlier))
        std::stable_sort(mid, m_pending.end(), earlier);
    if (sortedPrefix > 0 && mid != m_pending.end() && earlier(*mid, *(mid - 1)))
        std::inplace_merge(m_pending.begin(), mid, m_pending.end(), earlier);
    m_sortedRows = m_pending.size();
}

void TimeSorter::emitSorted(size_t count)
{
    if (count == 0)
        return;
    m_emit(std::span<const LookupRow>(m_pending.data(), count));
    m_lastEmitted = m_pending[count - 1].tsUs;
    m_anyEmitted = true;
    m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(count));
    m_sortedRows = m_pending.size(); // the rest of a sorted vector
}

void TimeSorter::spillPending()
{
    if (m_pending.empty())
        return;
    if (!std::is_sorted(m_pending.begin(), m_pending.end(), earlier))
        std::stable_sort(m_pending.begin(), m_pending.end(), earlier);
    if (!m_runFile) {
        m_runFile = std::make_unique<QTemporaryFile>();
        if (!m_runFile->open())
            throw Failure(
                Failure::Kind::Io,
                QStringLiteral("cannot create a temporary file for sorting: %1").arg(m_runFile->errorString()));
    }
    const qint64 begin = m_runs.empty() ? 0 : m_runs.back().second;
    const qint64 bytes = qint64(m_pending.size() * sizeof(LookupRow));
    if (m_runFile->write(reinterpret_cast<const char *>(m_pending.data()), bytes) != bytes)
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("cannot write the temporary sort file: %1").arg(m_runFile->errorString()));
    m_runs.emplace_back(begin, begin + qint64(m_pending.size()));
    m_pending.clear();
    m_sortedRows = 0;
}

void TimeSorter::finish(const Reader &earlierRows)
{
    if (!m_spilling) {
        sortPending();
        emitSorted(m_pending.size());
        return;
    }
    spillPending();
    mergeRuns(earlierRows);
}

void TimeSorter::mergeRuns(const Reader &earlierRows)
{
    std::vector<MergeInput> inputs;
    if (m_anyEmitted)
        inputs.push_back({{}, 0, earlierRows});
    if (!m_runFile->flush())
        throw Failure(Failure::Kind::Io, QStringLiteral("cannot write the temporary sort file"));
    for (const auto &[begin, end] : m_runs) {
        auto pos = std::make_shared<qint64>(begin);
        QTemporaryFile *file = m_runFile.get();
        qint64 runEnd = end;
        inputs.push_back(
            {{}, 0, [file, pos, runEnd](LookupRow *out, qsizetype max) -> qsizetype {
                 const qint64 n = std::min<qint64>(max, runEnd - *pos);
                 if (n <= 0)
                     return 0;
                 if (!file->seek(*pos * qint64(sizeof(LookupRow))))
                     throw Failure(Failure::Kind::Io, QStringLiteral("cannot read the temporary sort file"));
                 const qint64 bytes = n * qint64(sizeof(LookupRow));
                 if (file->read(reinterpret_cast<char *>(out), bytes) != bytes)
                     throw Failure(Failure::Kind::Io, QStringLiteral("cannot read the temporary sort file"));
                 *pos += n;
                 return qsizetype(n);
             }});
    }
    // Heap of (time, input index): ties go to the lower index, which keeps input order.
    using Key = std::pair<qint64, size_t>;
    std::priority_queue<Key, std::vector<Key>, std::greater<>> heap;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].next())
            heap.emplace(inputs[i].row().tsUs, i);
    }
    std::vector<LookupRow> out;
    out.reserve(65536);
    while (!heap.empty()) {
        const size_t i = heap.top().second;
        heap.pop();
        out.push_back(inputs[i].row());
        if (out.size() == out.capacity()) {
            m_emit(out);
            out.clear();
        }
        if (inputs[i].next())
            heap.emplace(inputs[i].row().tsUs, i);
    }
    if (!out.empty())
        m_emit(out);
    m_runFile.reset();
    m_runs.clear();
}
