// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_codec.h"

#include "column_codec.h"

void RollupCodec::appendMinute(QByteArray &blob, int minuteOfDay, int &previousMinute, const quint32 *values,
                               const quint32 *counts, qsizetype n)
{
    ColumnCodec::appendVarint(blob, quint64(minuteOfDay - std::max(previousMinute, 0)));
    previousMinute = minuteOfDay;
    ColumnCodec::appendVarint(blob, quint64(n));
    for (qsizetype i = 0; i < n; ++i) {
        ColumnCodec::appendVarint(blob, values[i]);
        ColumnCodec::appendVarint(blob, quint64(counts[i]) - 1);
    }
}

bool RollupCodec::decodeDay(QByteArrayView blob, const std::function<void(int, quint32, qint64)> &visit)
{
    const auto *p = reinterpret_cast<const quint8 *>(blob.data());
    const auto *end = p + blob.size();
    qint64 minute = 0;
    bool first = true;
    while (p != end) {
        quint64 delta = 0, n = 0;
        if (!ColumnCodec::readVarint(p, end, &delta) || !ColumnCodec::readVarint(p, end, &n))
            return false;
        minute += qint64(delta);
        if ((!first && delta == 0) || minute >= kMinutesPerDay || n > quint64(end - p))
            return false;
        first = false;
        for (quint64 i = 0; i < n; ++i) {
            quint64 value = 0, count = 0;
            if (!ColumnCodec::readVarint(p, end, &value) || !ColumnCodec::readVarint(p, end, &count) ||
                value > 0xffffffffu || count >= (quint64(1) << 40))
                return false;
            visit(int(minute), quint32(value), qint64(count) + 1);
        }
    }
    return true;
}
