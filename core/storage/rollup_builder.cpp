// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_builder.h"

#include "rollup_codec.h"

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

RollupBuilder::RollupBuilder(DayFn day) : m_dayFn(std::move(day))
{
    m_previousMinute.fill(-1);
}

void RollupBuilder::add(std::span<const LookupRow> rows)
{
    for (const LookupRow &row : rows) {
        const qint64 minute = floorDiv(row.tsUs, RollupCodec::kMinuteUs);
        if (minute != m_minute) {
            endMinute();
            const qint64 day = floorDiv(minute, RollupCodec::kMinutesPerDay);
            if (day != m_day) {
                endDay();
                m_day = day;
            }
            m_minute = minute;
        }
        for (size_t f = 0; f < 5; ++f)
            m_inMinute[f].add(row.names[f]);
        m_inMinute[5].add(LookupFlags::protoId(row.flags));
        ++m_minuteLookups;
    }
}

void RollupBuilder::endMinute()
{
    if (m_minuteLookups == 0)
        return;
    const int minuteOfDay = int(m_minute - m_day * RollupCodec::kMinutesPerDay);
    for (int f = 0; f < kFields; ++f) {
        m_values.clear();
        m_counts.clear();
        if (f == kAllField) {
            m_values.push_back(0);
            m_counts.push_back(quint32(m_minuteLookups));
        } else {
            m_inMinute[size_t(f)].forEach([&](quint32 v, qint64 n) {
                m_values.push_back(v);
                m_counts.push_back(quint32(n));
            });
            m_inMinute[size_t(f)].clear();
        }
        for (size_t i = 0; i < m_values.size(); ++i)
            m_totals[size_t(f)].add(m_values[i], m_counts[i]);
        qsizetype &entries = m_dayEntries[size_t(f)];
        if (entries >= 0 && entries + qsizetype(m_values.size()) > kMaxDayEntries) {
            entries = -1; // too many for a rollup: the day is read from the lookups
            m_dayBlob[size_t(f)] = QByteArray();
        }
        if (entries >= 0) {
            RollupCodec::appendMinute(m_dayBlob[size_t(f)], minuteOfDay, m_previousMinute[size_t(f)], m_values.data(),
                                      m_counts.data(), qsizetype(m_values.size()));
            entries += qsizetype(m_values.size());
        }
    }
    m_dayLookups += m_minuteLookups;
    m_minuteLookups = 0;
}

void RollupBuilder::endDay()
{
    if (m_dayLookups == 0)
        return;
    const qint64 worthIt = std::max<qint64>(RollupCodec::kMinutesPerDay, m_dayLookups / 4);
    for (int f = 0; f < kFields; ++f) {
        const qsizetype entries = m_dayEntries[size_t(f)];
        if (entries < 0 || entries > worthIt)
            m_dayFn(f, m_day, std::nullopt);
        else
            m_dayFn(f, m_day, m_dayBlob[size_t(f)]);
        m_dayBlob[size_t(f)].clear();
        m_dayEntries[size_t(f)] = 0;
        m_previousMinute[size_t(f)] = -1;
    }
    m_dayLookups = 0;
}

void RollupBuilder::finish()
{
    endMinute();
    endDay();
}
