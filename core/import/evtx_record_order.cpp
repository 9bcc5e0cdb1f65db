// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_record_order.h"

#include <algorithm>

EvtxRecordOrder::EvtxRecordOrder(int first, int end, qint64 recordBytes)
    : m_end(end), m_recordBytes(std::max<qint64>(1, recordBytes))
{
    startBlock(first);
}

void EvtxRecordOrder::startBlock(int base)
{
    m_base = std::min(base, m_end);
    const qint64 fits = kChunkSpan * kChunkBytes / (qint64(kRecordsCache) * m_recordBytes);
    m_stride = int(std::clamp<qint64>(fits, 1, kMaxStride));
    m_blockEnd = int(std::min<qint64>(m_end, qint64(m_base) + qint64(kRecordsCache) * m_stride));
    m_done.assign(size_t(m_blockEnd - m_base), false);
    m_slot = 0;
    m_step = 0;
    m_fileOrder = m_stride == 1;
    m_sequential = m_base;
    m_lowOffset = m_highOffset = -1;
    m_lowIndex = m_highIndex = -1;
}

int EvtxRecordOrder::nextInFileOrder()
{
    while (m_sequential < m_blockEnd && m_done[size_t(m_sequential - m_base)])
        ++m_sequential;
    return m_sequential < m_blockEnd ? m_sequential++ : -1;
}

int EvtxRecordOrder::next()
{
    for (;;) {
        if (m_base >= m_end)
            return -1;
        int index = -1;
        if (m_fileOrder) {
            index = nextInFileOrder();
        } else {
            while (index < 0 && m_slot < kRecordsCache) {
                if (m_slot == 1 && m_step == 0 && m_highIndex > m_lowIndex) {
                    // The first sweep is read: does the block fit the chunk cache at its real size?
                    const qint64 bytes =
                        (m_highOffset - m_lowOffset) * (m_blockEnd - m_base) / (m_highIndex - m_lowIndex);
                    if (bytes > (kChunksCache - 2) * kChunkBytes) {
                        m_fileOrder = true;
                        break;
                    }
                }
                const int candidate = m_base + m_step * kRecordsCache + m_slot;
                if (++m_step == m_stride) {
                    m_step = 0;
                    ++m_slot;
                }
                if (candidate < m_blockEnd)
                    index = candidate;
            }
            if (m_fileOrder)
                continue;
        }
        if (index >= 0) {
            m_done[size_t(index - m_base)] = true;
            m_last = index;
            return index;
        }
        // The block is done: its records' real size sets the next block's stride.
        if (m_highIndex > m_lowIndex && m_highOffset > m_lowOffset)
            m_recordBytes = std::max<qint64>(1, (m_highOffset - m_lowOffset) / (m_highIndex - m_lowIndex));
        startBlock(m_blockEnd);
    }
}

void EvtxRecordOrder::readAt(qint64 offset)
{
    if (m_last < 0)
        return;
    if (m_lowIndex < 0 || m_last < m_lowIndex) {
        m_lowIndex = m_last;
        m_lowOffset = offset;
    }
    if (m_last > m_highIndex) {
        m_highIndex = m_last;
        m_highOffset = offset;
    }
}
