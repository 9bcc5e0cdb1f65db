// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_record_order.h"

#include <algorithm>

EvtxRecordOrder::EvtxRecordOrder(int first, int end, const std::vector<int> &chunkStarts)
    : m_end(end), m_chunkStarts(chunkStarts)
{
    startBlock(first);
}

int EvtxRecordOrder::chunkOf(int index) const
{
    return int(std::upper_bound(m_chunkStarts.begin(), m_chunkStarts.end(), index) - m_chunkStarts.begin()) - 1;
}

void EvtxRecordOrder::startBlock(int base)
{
    m_base = std::min(base, m_end);
    m_stride = 1;
    if (!m_chunkStarts.empty()) {
        const int firstChunk = chunkOf(m_base);
        for (int k = kMaxStride; k > 1; --k) {
            const int last = std::min(m_end, m_base + kRecordsCache * k) - 1;
            if (chunkOf(last) - firstChunk + 1 <= kChunkSpan) {
                m_stride = k;
                break;
            }
        }
    }
    m_blockEnd = std::min(m_end, m_base + kRecordsCache * m_stride);
    m_slot = 0;
    m_step = 0;
}

int EvtxRecordOrder::next()
{
    while (m_base < m_end) {
        while (m_slot < kRecordsCache) {
            const int index = m_base + m_step * kRecordsCache + m_slot;
            if (++m_step == m_stride) {
                m_step = 0;
                ++m_slot;
            }
            if (index < m_blockEnd)
                return index;
        }
        startBlock(m_blockEnd);
    }
    return -1;
}
