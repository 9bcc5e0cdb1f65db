// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

// The encoding of one row of lookup_rollups: one dataset's lookups of one UTC day counted per
// minute and per value of one field. Minutes in ascending order, each as a LEB128 varint:
// the minute of the day's delta from the previous one (the first from 0), the number of
// values, then per value its id and its count − 1. Values within a minute are in no order.
// Decoding validates every bound and returns false on a damaged blob instead of reading past
// it. Stateless; safe from any thread. Cost: linear in the entries; about 2–4 bytes each.
namespace RollupCodec {
inline constexpr qint64 kMinuteUs = 60'000'000;
inline constexpr qint64 kDayUs = 1440 * kMinuteUs;
inline constexpr int kMinutesPerDay = 1440;

// Appends one minute's entries (values[i] counted counts[i] times, counts ≥ 1) to a day blob;
// minutes must come in ascending order. previousMinute: the last minute appended (-1: none),
// updated.
void appendMinute(QByteArray &blob, int minuteOfDay, int &previousMinute, const quint32 *values, const quint32 *counts,
                  qsizetype n);
// Calls visit(minuteOfDay, value, count) for every entry. False if the blob is damaged (some
// entries may have been visited).
bool decodeDay(QByteArrayView blob, const std::function<void(int, quint32, qint64)> &visit);
} // namespace RollupCodec
