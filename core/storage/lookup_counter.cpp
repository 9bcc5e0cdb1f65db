// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_counter.h"

#include "query_cancel_scope.h"
#include "rollup_codec.h"
#include "sqlite_db.h"

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

qint64 LookupCounter::floorMinute(qint64 t)
{
    return floorDiv(t, RollupCodec::kMinuteUs) * RollupCodec::kMinuteUs;
}

qint64 LookupCounter::ceilMinute(qint64 t)
{
    return -floorMinute(-t);
}

void LookupCounter::throwIfCancelled()
{
    const std::atomic<bool> *flag = QueryCancelScope::current();
    if (flag && flag->load(std::memory_order_relaxed))
        throw Failure(Failure::Kind::Cancelled, QStringLiteral("cancelled"));
}

TimeRange LookupCounter::clip(const TimeRange &range, qsizetype k) const
{
    const TimeRange &e = m_datasets[k].extent;
    TimeRange r{std::max(range.fromUs, e.fromUs), std::min(range.toUs, e.toUs)};
    if (r.isEmpty())
        return {};
    if (r.fromUs == e.fromUs)
        r.fromUs = floorMinute(r.fromUs);
    if (r.toUs == e.toUs)
        r.toUs = ceilMinute(r.toUs);
    return r;
}

bool LookupCounter::rollupsServe(qsizetype k)
{
    return m_keys.rollupField() >= 0 && m_source.hasRollups(m_datasets[k].id);
}

void LookupCounter::forEachRollupDay(int k, const TimeRange &minutes,
                                     const std::function<void(qint64, quint32, qint64)> &entry,
                                     const std::function<void(const TimeRange &)> &lookups)
{
    const qint64 firstDay = floorDiv(minutes.fromUs, RollupCodec::kDayUs);
    const qint64 lastDay = floorDiv(minutes.toUs - 1, RollupCodec::kDayUs);
    const qint64 id = m_datasets[k].id;
    m_source.forEachDay(
        id, m_keys.rollupField(), firstDay, lastDay, [&](qint64 day, const std::optional<QByteArray> &blob) {
            throwIfCancelled();
            const qint64 dayUs = day * RollupCodec::kDayUs;
            if (!blob) {
                lookups({std::max(dayUs, minutes.fromUs), std::min(dayUs + RollupCodec::kDayUs, minutes.toUs)});
                return;
            }
            const bool whole = dayUs >= minutes.fromUs && dayUs + RollupCodec::kDayUs <= minutes.toUs;
            const bool ok = RollupCodec::decodeDay(*blob, [&](int minute, quint32 value, qint64 n) {
                const qint64 t = dayUs + minute * RollupCodec::kMinuteUs;
                if (whole || (t >= minutes.fromUs && t < minutes.toUs))
                    entry(t, value, n);
            });
            if (!ok)
                throw Failure(Failure::Kind::Corrupt, QStringLiteral("the rollups of dataset %1 are damaged").arg(id));
        });
}
