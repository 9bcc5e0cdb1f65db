// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_chunk_census.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kRecordHeader = 24; // "**\0\0", size, number, written time
// The most records a chunk can hold (each at least a header and the size's copy): a header whose
// range is wider is damaged.
constexpr quint64 kMostRecords = quint64(EvtxChunkCensus::kChunk - EvtxChunkCensus::kChunkHeader) / 28;

} // namespace

void EvtxChunkCensus::read(const QString &path)
{
    *this = EvtxChunkCensus();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < kFileHeader + kChunk)
        return;
    const uchar *bytes = file.map(0, file.size());
    if (!bytes)
        return;
    qint64 next = 0;
    for (qint64 at = kFileHeader; at + kChunk <= file.size(); at += kChunk) {
        m_chunkStarts.push_back(int(std::min<qint64>(next, std::numeric_limits<int>::max())));
        next += census(int((at - kFileHeader) / kChunk), bytes + at);
    }
    file.unmap(const_cast<uchar *>(bytes));
    for (size_t i = 0; i < m_chunks.size(); ++i)
        m_byFirst.emplace_back(m_chunks[i].first, i);
    std::sort(m_byFirst.begin(), m_byFirst.end());
}

qint64 EvtxChunkCensus::census(int number, const uchar *chunk)
{
    Chunk c;
    c.number = number;
    const quint64 first = qFromLittleEndian<quint64>(chunk + 8), last = qFromLittleEndian<quint64>(chunk + 16);
    c.headerDamaged =
        QByteArrayView(chunk, 8) != QByteArrayView("ElfChnk\0", 8) || last < first || last - first >= kMostRecords;
    // The records from byte 512, while each is whole and numbered after the one before (after
    // the header's first record, or the first found when the header is damaged).
    for (qint64 at = kChunkHeader; at + kRecordHeader <= kChunk;) {
        const uchar *r = chunk + at;
        const qint64 size = qFromLittleEndian<quint32>(r + 4);
        if (QByteArrayView(r, 4) != QByteArrayView("**\0\0", 4) || size < kRecordHeader + 4 || at + size > kChunk)
            break;
        const quint64 id = qFromLittleEndian<quint64>(r + 8);
        if (c.walked == 0 && c.headerDamaged)
            c.first = id;
        else if (id != (c.headerDamaged ? c.first : first) + c.walked)
            break;
        ++c.walked;
        c.lastEnd = at + size;
        at += size;
    }
    if (c.headerDamaged) {
        if (c.walked == 0)
            return 0; // zero-filled or unused: holds nothing
        c.last = c.first + c.walked - 1;
    } else {
        c.first = first;
        c.last = std::max(last, first + std::max<quint64>(c.walked, 1) - 1); // records after the header's last
    }
    m_records += qint64(c.last - c.first + 1);
    c.seen.assign(size_t(c.last - c.first + 1), false);
    m_chunks.push_back(std::move(c));
    return m_chunks.back().headerDamaged ? 0 : qint64(last - first + 1);
}

QString EvtxChunkCensus::reasonFor(const Chunk &chunk, quint64 number) const
{
    if (chunk.headerDamaged)
        return QStringLiteral("its chunk's header is damaged");
    const quint64 place = number - chunk.first; // from 0
    if (place == chunk.walked)
        return QStringLiteral("its record header is damaged");
    if (place > chunk.walked)
        return QStringLiteral("it follows a damaged record in its chunk");
    if (place + 1 == chunk.walked && chunk.lastEnd > kChunk - kLibevtxReserve)
        return QStringLiteral("it ends within %1 bytes of its chunk's end (%2 left), where libevtx reads no record")
            .arg(kLibevtxReserve)
            .arg(kChunk - chunk.lastEnd);
    return {};
}

bool EvtxChunkCensus::passChunk(size_t index, const Missing &missing)
{
    const Chunk &c = m_chunks[index];
    for (size_t i = 0; i < c.seen.size(); ++i) {
        if (c.seen[i])
            continue;
        ++m_missed;
        const quint64 number = c.first + i;
        if (!missing(number, c.number, reasonFor(c, number)))
            return false;
    }
    return true;
}

bool EvtxChunkCensus::seen(quint64 number, const Missing &missing)
{
    if (m_cursor < m_chunks.size() && m_chunks[m_cursor].holds(number)) {
        m_chunks[m_cursor].seen[size_t(number - m_chunks[m_cursor].first)] = true;
        return true;
    }
    // Another chunk: the one whose range holds the number, by the ranges' starts.
    auto it = std::upper_bound(m_byFirst.begin(), m_byFirst.end(),
                               std::make_pair(number, std::numeric_limits<size_t>::max()));
    size_t found = m_chunks.size();
    while (it != m_byFirst.begin()) {
        --it;
        if (m_chunks[it->second].holds(number) && !m_chunks[it->second].seen[size_t(number - it->first)]) {
            found = it->second;
            break;
        }
        if (number - it->first >= kMostRecords)
            break;
    }
    if (found == m_chunks.size())
        return true; // a record the chunks do not list: nothing to check it against
    m_chunks[found].seen[size_t(number - m_chunks[found].first)] = true;
    for (; m_cursor < found; ++m_cursor) {
        if (!passChunk(m_cursor, missing))
            return false;
    }
    return true;
}

bool EvtxChunkCensus::finish(const Missing &missing)
{
    for (; m_cursor < m_chunks.size(); ++m_cursor) {
        if (!passChunk(m_cursor, missing))
            return false;
    }
    return true;
}
